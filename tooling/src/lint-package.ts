// `errs-lint-package`: publint and @arethetypeswrong/cli on the package in the current directory,
// both strict. Packs the package first, as users would get it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const pkgDir = process.cwd();
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { name: string };
const { messages } = await publint({ pkgDir, level: 'suggestion', strict: true, pack: 'pnpm' });
let failed = false;
for (const message of messages) {
  failed = true;
  console.error(`publint ${pkg.name}: ${formatMessage(message, JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'))) ?? message.code}`);
}

const out = mkdtempSync(join(tmpdir(), 'errs-attw-'));
try {
  // pnpm pack rewrites workspace: ranges as users will see them; npm pack is the fallback.
  const pnpm = process.env.npm_execpath;
  const [command, args] = pnpm?.includes('pnpm') ? [process.execPath, [pnpm, 'pack']] : ['npm', ['pack', '--silent']];
  const packed = execFileSync(command, [...args, '--pack-destination', out], { cwd: pkgDir, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop() as string;
  const attw = join(import.meta.dirname, '..', 'node_modules', '.bin', 'attw');
  try {
    execFileSync(attw, [packed.startsWith('/') ? packed : join(out, packed), '--format', 'ascii', '--profile', 'strict'], { stdio: 'inherit' });
  } catch {
    failed = true;
    console.error(`attw ${pkg.name}: problems above`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
if (failed) process.exit(1);
console.log(`${pkg.name}: publint and attw clean`);
