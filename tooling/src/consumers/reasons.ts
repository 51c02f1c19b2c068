// What a user reads when fromCode rejects an argument: each fixtures/reasons/<system>.ts call
// under a `// reason: <text>` comment must fail to compile, with <text> in tsc's message for that
// line (the generated parameter types carry the reason); any other error fails the step.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tsc } from './install.js';


/** Line (1-based) -> the reason the comment above it expects. */
export function expectedReasons(source: string): Map<number, string> {
  const expected = new Map<number, string>();
  source.split('\n').forEach((line, index) => {
    const match = /^\s*\/\/ reason: (.+)$/.exec(line);
    if (match) expected.set(index + 2, match[1]!.trim());
  });
  return expected;
}

/** tsc's diagnostics for one file, by line: each diagnostic with its related lines. */
export function diagnosticsByLine(output: string, file: string): Map<number, string> {
  const byLine = new Map<number, string>();
  let current: number | undefined;
  for (const line of output.split('\n')) {
    const head = new RegExp(`^${file.replace(/[.]/g, '\\.')}\\((\\d+),\\d+\\): error`).exec(line);
    if (head) current = Number(head[1]);
    else if (/^\S/.test(line)) current = undefined;
    if (current !== undefined) byLine.set(current, `${byLine.get(current) ?? ''}${line}\n`);
  }
  return byLine;
}

export function rejectionReasons(app: string, systems: string[]): string {
  const dir = join(app, 'ts-reasons');
  mkdirSync(dir, { recursive: true });
  const files = systems.map((s) => `${s.replace('@errs/', '')}.ts`).filter((f) => existsSync(join(app, 'reasons', f)));
  for (const f of files) writeFileSync(join(dir, f), readFileSync(join(app, 'reasons', f), 'utf8'));
  const compilerOptions = { strict: true, noEmit: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', types: [], skipLibCheck: true, pretty: false };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }, null, 2));
  let output = '';
  try {
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? String(error);
  }
  const problems: string[] = [];
  let checked = 0;
  for (const f of files) {
    const expected = expectedReasons(readFileSync(join(dir, f), 'utf8'));
    const found = diagnosticsByLine(output, f);
    for (const [line, reason] of expected) {
      const message = found.get(line);
      if (message === undefined) problems.push(`${f}:${line} compiles, but should fail with "${reason}"`);
      else if (!message.includes(reason)) problems.push(`${f}:${line} fails without "${reason}":\n${message}`);
      checked++;
    }
    for (const [line, message] of found) if (!expected.has(line)) problems.push(`${f}:${line} fails unexpectedly:\n${message}`);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return `${checked} rejected calls, each with its reason`;
}
