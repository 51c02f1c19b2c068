// `errs-import [--check] <system...>`: read the vendored upstream files of each system, print the
// review report and apply it to data/errors.json; with --check, change nothing and fail when the
// data and the sources disagree.
import { parseArgs } from 'node:util';
import { plan, write } from './apply.js';
import { importers } from './importers.js';
import { renderReport } from './report.js';

const { values, positionals } = parseArgs({
  options: { check: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const systems = positionals.length > 0 ? positionals : Object.keys(importers);
const unknown = systems.filter((s) => !(s in importers));
if (unknown.length > 0) {
  console.error(`Unknown system(s): ${unknown.join(', ')}. Known: ${Object.keys(importers).join(', ')}.`);
  process.exit(2);
}
let disagree = false;
for (const system of systems) {
  const p = plan(importers[system]!());
  process.stdout.write(renderReport(p, values.check ? 'check' : 'apply'));
  if (values.check) disagree ||= p.changes.length + p.decisions.length > 0;
  else if (p.changes.length > 0) write(p);
}
if (disagree) {
  console.error('The data and the vendored sources disagree: run `pnpm catalog:import <system>` and review the result.');
  process.exit(1);
}
