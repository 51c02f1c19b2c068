// Cold import cost: how long the first `import` (ESM) and `require` (CJS) of each package take in
// a fresh Node process, module loading, parsing and evaluation included, in wall time and in CPU
// time (process.cpuUsage: CPU the process spent, so waiting for a loaded machine does not count;
// Node 20 has no per-thread figure, and V8's helper threads add a little). The first import of
// any module also starts the loader itself: an empty module, measured the same way, shows that
// fixed part, and the "net" columns are a package's CPU time less the empty module's.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { discoverPackages } from '../consumers/discover.js';

const tooling = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runs = Number(process.env.COLD_IMPORT_RUNS ?? 31);

interface Sample {
  readonly wall: number;
  readonly cpu: number;
}

/** One cold load of `specifier`, resolved from `cwd` (a package resolves its own name), in ms. */
function once(specifier: string, cwd: string, kind: 'import' | 'require'): Sample {
  const load = kind === 'import' ? `await import(${JSON.stringify(specifier)})` : `createRequire(process.cwd() + '/')(${JSON.stringify(specifier)})`;
  const script = [
    `import { createRequire } from 'node:module';`,
    'const cpu0 = process.cpuUsage(); const t0 = performance.now();',
    `${load};`,
    'const t = performance.now() - t0; const cpu = process.cpuUsage(cpu0);',
    'console.log(JSON.stringify({ wall: t, cpu: (cpu.user + cpu.system) / 1000 }));',
  ].join(' ');
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' }).trim()) as Sample;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

function medians(kind: 'import' | 'require', specifier: string, cwd: string): Sample {
  const samples = Array.from({ length: runs }, () => once(specifier, cwd, kind));
  return { wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)) };
}

const empty = mkdtempSync(join(tmpdir(), 'errs-cold-'));
writeFileSync(join(empty, 'index.mjs'), 'export {};\n');
writeFileSync(join(empty, 'index.cjs'), 'module.exports = {};\n');

const targets: { name: string; specifier: string; cjs?: string; cwd: string }[] = [
  { name: 'empty module (the loader alone)', specifier: pathToFileURL(join(empty, 'index.mjs')).href, cjs: join(empty, 'index.cjs'), cwd: empty },
  // Packages with a library entry (the cli is a bin only).
  ...discoverPackages()
    .usable.filter((p) => p.name !== '@errs/cli')
    .sort((a, b) => Number(b.name === '@errs/core') - Number(a.name === '@errs/core'))
    .map((p) => ({ name: p.name, specifier: p.name, cwd: p.dir })),
  { name: 'http-errors', specifier: 'http-errors', cwd: tooling },
  { name: '@smithy/smithy-client', specifier: '@smithy/smithy-client', cwd: tooling },
  { name: 'modern-errors', specifier: 'modern-errors', cwd: tooling },
];
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const rows = [
  '| package | `import`: wall | CPU | CPU net | `require`: wall | CPU | CPU net |',
  '|---|---:|---:|---:|---:|---:|---:|',
];
let base: { import: Sample; require: Sample } | undefined;
try {
  for (const { name, specifier, cjs: cjsSpecifier, cwd } of targets) {
    const esm = medians('import', specifier, cwd);
    let cjs: Sample | undefined;
    try {
      cjs = medians('require', cjsSpecifier ?? specifier, cwd);
    } catch {
      cjs = undefined;
    }
    base ??= { import: esm, require: cjs! };
    const net = (s: Sample, b: Sample): string => (s === b ? '—' : ms(s.cpu - b.cpu));
    const cjsCells = cjs === undefined ? ['ESM only', '', ''] : [ms(cjs.wall), ms(cjs.cpu), net(cjs, base.require)];
    rows.push(`| ${name} | ${[ms(esm.wall), ms(esm.cpu), net(esm, base.import), ...cjsCells].join(' | ')} |`);
  }
} finally {
  rmSync(empty, { recursive: true, force: true });
}
console.log(`\nCold import, median of ${runs} fresh Node ${process.version} processes (a system package's figures include loading @errs/core):\n`);
console.log(rows.join('\n'));
