// Bundle size as users pay it: minified + gzipped bytes of what an import pulls in, next to
// http-errors measured the same way. Budgets (budgets.json) are checked. `--update` sets budgets
// for new bundles and tightens the others to this run + 10%; raising a budget also needs
// `--loosen` and is printed, so a budget is never loosened silently.
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

const budgets: Record<string, number> = JSON.parse(readFileSync(budgetsFile, 'utf8'));
const update = process.argv.includes('--update');
const loosen = process.argv.includes('--loosen');
const rows: string[] = ['| bundle | minified | min + gzip | budget (gzip) |', '|---|---:|---:|---:|'];
const problems: string[] = [];
const next: Record<string, number> = { ...budgets };
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
  const budget = budgets[c.name];
  if (!c.peer) {
    const proposed = Math.ceil(gzip * 1.1);
    if (budget === undefined) {
      if (update) next[c.name] = proposed;
      else problems.push(`${c.name}: no budget in budgets.json (run \`node tooling/bin/size.mjs --update\` and review)`);
    } else if (update && proposed < budget) {
      next[c.name] = proposed;
    } else if (gzip > budget) {
      if (update && loosen) {
        next[c.name] = proposed;
        console.log(`LOOSENED ${c.name}: ${budget} B -> ${proposed} B`);
      } else {
        problems.push(`${c.name}: ${gzip} B gzipped is over its budget of ${budget} B`);
      }
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
