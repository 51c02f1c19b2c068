// Bundle size as users pay it: minified + gzipped bytes of what an import pulls in, next to
// http-errors measured the same way. Budgets (budgets.json) are checked: core's per bundle, the
// system packages' per kind (one class, a guard, the whole catalog as a fixed part plus a part
// per code), so every system package, a new one too, meets the same numbers. `--update` sets
// budgets for new bundles and tightens the others to this run + 10% (a shared budget to its
// largest system); raising a budget also needs `--loosen` and is printed, so a budget is never
// loosened silently.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { type SizeCase, sizeCases } from './cases.js';
import { catalogLeaks } from './catalog-leak.js';

const here = dirname(fileURLToPath(import.meta.url));
const budgetsFile = join(here, 'budgets.json');

async function measure(c: SizeCase): Promise<{ min: number; gzip: number; text: string }> {
  const result = await build({
    stdin: { contents: c.code, resolveDir: c.from, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const text = result.outputFiles[0]!.text;
  return { min: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length, text };
}

/** Whether a minified bundle defines a class (minifiers keep `class … extends` and `class {`). */
const holdsClass = (text: string): boolean => /\bclass(?:\s+[\w$]+)?\s*(?:extends\b|\{)/.test(text);

// The class check must be able to fail: a bundle of CodedError must trip it.
const withClass = await measure({ name: 'self-check', code: `import { CodedError } from '@errs/core'; console.log(new CodedError());`, from: join(here, '..', '..', '..', 'packages', 'core') });
if (!holdsClass(withClass.text)) throw new Error('the class check found no class in a bundle of CodedError; it is broken');

const budgets: Record<string, number> = JSON.parse(readFileSync(budgetsFile, 'utf8'));
const update = process.argv.includes('--update');
const loosen = process.argv.includes('--loosen');
const rows: string[] = ['| bundle | minified | min + gzip | budget (gzip) |', '|---|---:|---:|---:|'];
const problems: string[] = [];
const next: Record<string, number> = { ...budgets };
// Shared budgets written by --update in this run (the largest case of each wins).
const written = new Set<string>();
for (const c of sizeCases(join(here, '..', '..'))) {
  const { min, gzip, text } = await measure(c);
  if (c.oneClassOf) {
    const { dir, cls, pkg } = c.oneClassOf;
    const leaks = await catalogLeaks(text, dir, cls);
    if (leaks.length > 0) problems.push(`${c.name}: pulls in the catalog: ${leaks.join('; ')}`);
    // The check must be able to fail: the whole-catalog bundle of the same package must trip it.
    const whole = await measure({ name: 'self-check', code: `import { fromCode } from '${pkg}'; console.log(fromCode(1));`, from: dir });
    if ((await catalogLeaks(whole.text, dir, cls)).length === 0) problems.push(`${c.name}: the catalog check found nothing in the whole-catalog bundle; it is broken`);
  }
  if (c.classFree && holdsClass(text)) problems.push(`${c.name}: holds a class (CodedError comes with any class); a guard needs none`);
  const key = c.budget?.key ?? c.name;
  const codes = c.budget?.codes;
  const fixedKey = `${key}, fixed`;
  const perCodeKey = `${key}, per code`;
  const budget = codes === undefined ? budgets[key] : budgets[fixedKey] === undefined || budgets[perCodeKey] === undefined ? undefined : budgets[fixedKey]! + budgets[perCodeKey]! * codes;
  if (!c.peer) {
    const proposed = Math.ceil(gzip * 1.1);
    // What to write for this case: a plain budget, or the per-code part (the fixed part stays as set).
    const propose = (): [string, number] =>
      codes === undefined ? [key, proposed] : [perCodeKey, Math.ceil((proposed - (next[fixedKey] ?? 0)) / codes)];
    const [writeKey, value] = propose();
    // A shared budget is tightened to its largest case, never below another system's need.
    const shared = c.budget !== undefined;
    const settle = (v: number) => {
      next[writeKey] = shared && written.has(writeKey) ? Math.max(next[writeKey]!, v) : v;
      written.add(writeKey);
    };
    if (budget === undefined) {
      if (update) {
        if (codes !== undefined && next[fixedKey] === undefined) next[fixedKey] = 0;
        settle(propose()[1]);
      } else problems.push(`${c.name}: no budget in budgets.json (run \`node tooling/bin/size.mjs --update\` and review)`);
    } else if (gzip > budget) {
      if (update && loosen) {
        settle(value);
        console.log(`LOOSENED ${writeKey}: ${budgets[writeKey]} -> ${next[writeKey]}`);
      } else {
        problems.push(`${c.name}: ${gzip} B gzipped is over its budget of ${budget} B (${key})`);
      }
    } else if (update && (value < (budgets[writeKey] ?? Infinity) || (shared && written.has(writeKey)))) {
      settle(value);
    }
  }
  rows.push(`| ${c.name} | ${min} B | ${gzip} B | ${c.peer ? 'peer' : `${budget ?? '—'} B`} |`);
}
console.log(rows.join('\n'));
if (update) {
  writeFileSync(budgetsFile, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`budgets written to ${budgetsFile}`);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
