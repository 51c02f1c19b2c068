// `errs-generate [--check] [package...]`: validate every data file, then write (or check) the
// generated files of the named package directories ('nebula', 'cli'; default: all).
import { parseArgs } from 'node:util';
import { generate } from './generate.js';

const { values, positionals } = parseArgs({
  options: { check: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const result = generate({ check: values.check ?? false, only: positionals.length > 0 ? positionals : undefined });
if (result.problems.length > 0) {
  console.error(`The data files have ${result.problems.length} problem(s):`);
  for (const problem of result.problems) console.error(`  ${problem}`);
  process.exit(1);
}
if (values.check && result.changed.length > 0) {
  console.error('Generated files are stale; run `pnpm generate`:');
  for (const file of result.changed) console.error(`  ${file}`);
  process.exit(1);
}
for (const file of result.changed) console.log(`wrote ${file}`);
