// Bundle size as users pay it: minified + gzipped bytes of what an import pulls in, next to
// http-errors measured the same way. Budgets (budgets.json) are checked; `--update` rewrites them
// from this run (+10%), which shows up in review, so they are never loosened silently.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { packagesDir } from '../catalog/load.js';

const here = dirname(fileURLToPath(import.meta.url));
const budgetsFile = join(here, 'budgets.json');

interface Case {
  readonly name: string;
  readonly code: string;
  /** Resolve imports from here: the CLI package depends on every errs package. */
  readonly from: string;
  /** Text that must not be in the bundle (another code's message: the catalog was pulled in). */
  readonly mustNotContain?: string;
}

const fromErrs = join(packagesDir, 'cli');
const one = (pkg: string, cls: string, other: string): Case => ({
  name: `${pkg}: one class (${cls})`,
  code: `import { ${cls} } from '${pkg}'; console.log(new ${cls}());`,
  from: fromErrs,
  mustNotContain: other,
});
const whole = (pkg: string): Case => ({ name: `${pkg}: whole catalog via fromCode`, code: `import { fromCode } from '${pkg}'; console.log(fromCode(process.argv[2]));`, from: fromErrs });

const cases: Case[] = [
  { name: '@errs/core', code: `import { CodedError, isRetryable } from '@errs/core'; console.log(CodedError, isRetryable);`, from: fromErrs },
  one('@errs/nebula', 'NebulaSyntaxError', 'Graph space does not exist'),
  whole('@errs/nebula'),
  one('@errs/ges', 'GesGraphNotFoundError', 'The graph is not running.'),
  whole('@errs/ges'),
  one('@errs/polaris', 'PolarisNotFoundServiceError', 'not found namespace'),
  whole('@errs/polaris'),
  one('@errs/blobstore', 'BlobstoreDiskNotFoundError', 'vuid not found'),
  whole('@errs/blobstore'),
  { name: 'http-errors (createError)', code: `import createError from 'http-errors'; console.log(createError(404));`, from: join(here, '..', '..') },
];

async function measure(c: Case): Promise<{ min: number; gzip: number; text: string }> {
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
const rows: string[] = ['| bundle | minified | min + gzip | budget (gzip) |', '|---|---:|---:|---:|'];
const problems: string[] = [];
const next: Record<string, number> = {};
for (const c of cases) {
  const { min, gzip, text } = await measure(c);
  if (c.mustNotContain !== undefined && text.includes(c.mustNotContain)) problems.push(`${c.name}: pulls in the catalog ("${c.mustNotContain}" is in the bundle)`);
  const budget = budgets[c.name];
  next[c.name] = Math.ceil(gzip * 1.1);
  if (!c.name.startsWith('http-errors') && !update) {
    if (budget === undefined) problems.push(`${c.name}: no budget in budgets.json (run with --update and review)`);
    else if (gzip > budget) problems.push(`${c.name}: ${gzip} B gzipped is over its budget of ${budget} B`);
  }
  rows.push(`| ${c.name} | ${min} B | ${gzip} B | ${c.name.startsWith('http-errors') ? 'peer' : `${budget ?? '—'} B`} |`);
}
console.log(rows.join('\n'));
if (update) {
  writeFileSync(budgetsFile, `${JSON.stringify(Object.fromEntries(Object.entries(next).filter(([k]) => !k.startsWith('http-errors'))), null, 2)}\n`);
  console.log(`budgets written to ${budgetsFile}`);
} else if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
