// Cold import cost: how long the first `import` (ESM) and `require` (CJS) of each package take in
// a fresh Node process, module loading, parsing and evaluation included. Each is the median of
// several processes; the peer libraries are measured the same way.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverPackages } from '../consumers/discover.js';

const tooling = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runs = Number(process.env.COLD_IMPORT_RUNS ?? 11);

/** Milliseconds for one cold load of `specifier`, resolved from `cwd` (a package resolves its own name). */
function once(specifier: string, cwd: string, kind: 'import' | 'require'): number {
  const load = kind === 'import' ? `await import(${JSON.stringify(specifier)})` : `createRequire(process.cwd() + '/')(${JSON.stringify(specifier)})`;
  const script = `import { createRequire } from 'node:module'; const t = performance.now(); ${load}; console.log(performance.now() - t);`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' }).trim());
}

function median(kind: 'import' | 'require', specifier: string, cwd: string): number {
  const times = Array.from({ length: runs }, () => once(specifier, cwd, kind)).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const targets = [
  // Packages with a library entry (the cli is a bin only).
  ...discoverPackages()
    .usable.filter((p) => p.name !== '@errs/cli')
    .sort((a, b) => Number(b.name === '@errs/core') - Number(a.name === '@errs/core'))
    .map((p) => ({ name: p.name, cwd: p.dir })),
  { name: 'http-errors', cwd: tooling },
  { name: '@smithy/smithy-client', cwd: tooling },
  { name: 'modern-errors', cwd: tooling },
];
const rows = ['| package | cold `import` (ESM) | cold `require` (CJS) |', '|---|---:|---:|'];
for (const { name, cwd } of targets) {
  const esm = median('import', name, cwd);
  let cjs: string;
  try {
    cjs = `${median('require', name, cwd).toFixed(1)} ms`;
  } catch {
    cjs = 'ESM only';
  }
  rows.push(`| ${name} | ${esm.toFixed(1)} ms | ${cjs} |`);
}
console.log(`\nCold import, median of ${runs} fresh Node ${process.version} processes (a system package's time includes loading @errs/core):\n`);
console.log(rows.join('\n'));
