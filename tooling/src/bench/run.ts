// `pnpm bench`: every operation timed against its baseline in adjacent pairs (paired.ts), for errs
// and for the libraries users would otherwise pick, reported as the median ratio over the rounds
// with its spread. Errors are made at two stated stack depths (depth.ts); `instanceof` runs over
// many distinct values of mixed kinds (values.ts). Ratios, not seconds, compare across machines.
import { join } from 'node:path';
import { ServiceException } from '@smithy/smithy-client';
import createError from 'http-errors';
import ModernError from 'modern-errors';
import { loadBuilds } from '../../configs/load-builds.js';
import { packagesDir } from '../catalog/load.js';
import { atDepth, stackDepth } from './depth.js';
import { type PairedOptions, type PairedResult, type Spread, type Task, paired } from './paired.js';
import { PlainError } from './plain-error.mjs';
import { BLOCK, HITS, mixedValues } from './values.js';

// The built package is loaded by path (tooling does not depend on the packages it measures).
type Nebula = Record<string, any>;
const { esm, cjs } = await loadBuilds<Nebula>(join(packagesDir, 'nebula', 'dist'));

const options: PairedOptions = {
  rounds: Number(process.env.BENCH_ROUNDS ?? 41),
  batchMs: Number(process.env.BENCH_BATCH_MS ?? 2),
  warmupMs: Number(process.env.BENCH_WARMUP_MS ?? 60),
};
const DEEP = Number(process.env.BENCH_DEPTH ?? 30);

// ---- construction: each loop written out (a shared helper would time a megamorphic call), each
// result kept in a ring (so it escapes) and counted by its message (so it is read).
const message = 'SyntaxError: syntax error near `MATC`';
const response = { error_code: -1004, error_msg: message };
const made = esm.fromCode(-1004, { message });
const ModernBase = ModernError.subclass('BenchError');
const ring: { message?: string }[] = new Array(256);
const all = (count: number): number => count;

const construction: Task[] = [
  { name: 'baseline: new Error(message)', expect: all, run: (n) => { let k = 0; for (let i = 0; i < n; i++) { const e = new Error(message); ring[i & 255] = e; if (e.message === message) k++; } return k; } },
  { name: 'context: new PlainError(message) (class extends Error {})', expect: all, run: (n) => { let k = 0; for (let i = 0; i < n; i++) { const e = new PlainError(message); ring[i & 255] = e; if (e.message === message) k++; } return k; } },
  { name: 'errs: new NebulaSyntaxError(message)', expect: all, run: (n) => { let k = 0; for (let i = 0; i < n; i++) { const e = new esm.NebulaSyntaxError(message); ring[i & 255] = e; if (e.message === message) k++; } return k; } },
  { name: 'errs: fromCode(-1004, { message })', expect: all, run: (n) => { let k = 0; for (let i = 0; i < n; i++) { const e = esm.fromCode(-1004, { message }); ring[i & 255] = e; if (e.message === message) k++; } return k; } },
  { name: 'errs: fromResponse({ error_code, error_msg })', expect: all, run: (n) => { let k = 0; for (let i = 0; i < n; i++) { const e = esm.fromResponse(response); ring[i & 255] = e; if (e.message === message) k++; } return k; } },
  { name: 'errs: toJSON + fromJSON', expect: all, run: (n) => { let k = 0; for (let i = 0; i < n; i++) { const e = esm.fromJSON(made.toJSON()); ring[i & 255] = e; if (e.message === message) k++; } return k; } },
  { name: 'errs: JSON.stringify + JSON.parse + fromJSON', expect: all, run: (n) => { let k = 0; for (let i = 0; i < n; i++) { const e = esm.fromJSON(JSON.parse(JSON.stringify(made))); ring[i & 255] = e; if (e.message === message) k++; } return k; } },
  { name: 'http-errors: createError(404, message)', expect: all, run: (n) => { let k = 0; for (let i = 0; i < n; i++) { const e = createError(404, message); ring[i & 255] = e; if (e.message === message) k++; } return k; } },
  { name: 'smithy: new ServiceException(...)', expect: all, run: (n) => { let k = 0; for (let i = 0; i < n; i++) { const e = new ServiceException({ name: 'SyntaxError', $fault: 'client', $metadata: {}, message }); ring[i & 255] = e; if (e.message === message) k++; } return k; } },
  { name: 'modern-errors: new BaseError(message)', expect: all, run: (n) => { let k = 0; for (let i = 0; i < n; i++) { const e = new ModernBase(message); ring[i & 255] = e; if (e.message === message) k++; } return k; } },
];

// ---- instanceof: one unit is a pass over an array of distinct values; the hits are counted and
// checked against the array's known make-up. `local` holds errs errors of the ESM copy, `foreign`
// the same make-up from the CJS copy (checked against the ESM classes: two copies in one process).
const BLOCKS = 64;
const makers = {
  httpError: () => createError(404, 'not found'),
  smithy: () => new ServiceException({ name: 'SyntaxError', $fault: 'client', $metadata: {}, message }),
  modern: () => new ModernBase(message),
};
const local = mixedValues({ errs: esm as never, ...makers }, BLOCKS);
const foreign = mixedValues({ errs: cjs as never, ...makers }, BLOCKS);
const LENGTH = local.length;
const hits = (perBlock: number) => (passes: number): number => passes * perBlock * BLOCKS;
const { NebulaSyntaxError, CodedError, isNebulaError } = esm;
const HttpError = createError.HttpError;

const loopOf = (values: unknown[]): Task => ({ name: 'loop alone: read each value, count it', unit: LENGTH, expect: hits(BLOCK), run: (p) => { let n = 0; for (let j = 0; j < p; j++) for (let i = 0; i < LENGTH; i++) if (values[i] !== undefined) n++; return n; } });
const nativeOf = (values: unknown[]): Task => ({ name: 'baseline: instanceof a plain class (native)', unit: LENGTH, expect: hits(HITS.plainError), run: (p) => { let n = 0; for (let j = 0; j < p; j++) for (let i = 0; i < LENGTH; i++) if (values[i] instanceof PlainError) n++; return n; } });

const checks: { values: unknown[]; task: Task }[] = [
  { values: local, task: { name: 'errs: instanceof NebulaSyntaxError, same copy', unit: LENGTH, expect: hits(HITS.nebulaSyntaxError), run: (p) => { let n = 0; for (let j = 0; j < p; j++) for (let i = 0; i < LENGTH; i++) if (local[i] instanceof NebulaSyntaxError) n++; return n; } } },
  { values: local, task: { name: 'errs: instanceof CodedError, same copy', unit: LENGTH, expect: hits(HITS.codedError), run: (p) => { let n = 0; for (let j = 0; j < p; j++) for (let i = 0; i < LENGTH; i++) if (local[i] instanceof CodedError) n++; return n; } } },
  { values: foreign, task: { name: 'errs: instanceof NebulaSyntaxError, across copies', unit: LENGTH, expect: hits(HITS.nebulaSyntaxError), run: (p) => { let n = 0; for (let j = 0; j < p; j++) for (let i = 0; i < LENGTH; i++) if (foreign[i] instanceof NebulaSyntaxError) n++; return n; } } },
  { values: foreign, task: { name: 'errs: instanceof CodedError, across copies', unit: LENGTH, expect: hits(HITS.codedError), run: (p) => { let n = 0; for (let j = 0; j < p; j++) for (let i = 0; i < LENGTH; i++) if (foreign[i] instanceof CodedError) n++; return n; } } },
  // The guard reads the base class key's flag (no class in hand): every errs value here is a NebulaGraph error.
  { values: local, task: { name: 'errs: isNebulaError(value), same copy', unit: LENGTH, expect: hits(HITS.codedError), run: (p) => { let n = 0; for (let j = 0; j < p; j++) for (let i = 0; i < LENGTH; i++) if (isNebulaError(local[i])) n++; return n; } } },
  { values: foreign, task: { name: 'errs: isNebulaError(value), across copies', unit: LENGTH, expect: hits(HITS.codedError), run: (p) => { let n = 0; for (let j = 0; j < p; j++) for (let i = 0; i < LENGTH; i++) if (isNebulaError(foreign[i])) n++; return n; } } },
  { values: local, task: { name: 'http-errors: instanceof createError.HttpError', unit: LENGTH, expect: hits(HITS.httpError), run: (p) => { let n = 0; for (let j = 0; j < p; j++) for (let i = 0; i < LENGTH; i++) if (local[i] instanceof HttpError) n++; return n; } } },
  { values: local, task: { name: 'smithy: instanceof ServiceException', unit: LENGTH, expect: hits(HITS.smithy), run: (p) => { let n = 0; for (let j = 0; j < p; j++) for (let i = 0; i < LENGTH; i++) if (local[i] instanceof ServiceException) n++; return n; } } },
  { values: local, task: { name: 'modern-errors: instanceof BaseError', unit: LENGTH, expect: hits(HITS.modern), run: (p) => { let n = 0; for (let j = 0; j < p; j++) for (let i = 0; i < LENGTH; i++) if (local[i] instanceof ModernBase) n++; return n; } } },
];

// ---- report
const ns = (value: number): string => (value < 1000 ? `${value.toFixed(1)} ns` : `${(value / 1000).toFixed(2)} µs`);
const ratio = (s: Spread): string => `${s.median.toFixed(2)}×`;
const iqr = (s: Spread): string => `${s.p25.toFixed(2)}–${s.p75.toFixed(2)}`;
const range = (s: Spread): string => `${s.min.toFixed(2)}–${s.max.toFixed(2)}`;

interface Row {
  readonly name: string;
  readonly result?: PairedResult;
}

/**
 * The construction rows with the errors made `frames` frames deep (counting the frame that makes
 * them), or as shallow as a fresh event-loop turn allows for 0. Returns the depth measured.
 */
async function constructionAt(frames: number): Promise<{ depth: number; rows: Row[] }> {
  // The harness adds frames between the caller and the timed loop: measure them once, then descend
  // only as far as the rest.
  const measure = (): { outer: number; depth: number } => {
    const outer = stackDepth();
    let depth = 0;
    const probe: Task = { name: 'probe', expect: all, run: (n) => { depth = stackDepth(); return n; } };
    paired(probe, probe, { rounds: 1, batchMs: 0, warmupMs: 0 });
    return { outer, depth };
  };
  // `outer` counts measure() and the callback of atDepth, two frames above descend's own check.
  const harness = await atDepth(0, () => { const m = measure(); return m.depth - m.outer + 2; });
  return atDepth(Math.max(0, frames - harness), () => {
    const { depth } = measure();
    const [baseline, ...rest] = construction;
    const rows: Row[] = [];
    for (const task of rest) rows.push({ name: task.name, result: paired(baseline!, task, options) });
    // The baseline's own row: its times from the first pair.
    const base = rows[0]!.result!;
    const one = { median: 1, p25: 1, p75: 1, min: 1, max: 1 };
    rows.unshift({ name: baseline!.name, result: { time: base.baseTime, baseTime: base.baseTime, ratio: one } });
    return { depth, rows };
  });
}

const started = performance.now();
const shallow = await constructionAt(0);
const deep = await constructionAt(DEEP);

const constructionTable = [
  `| operation | ${shallow.depth} frames: time | ratio | IQR | ${deep.depth} frames: time | ratio | IQR |`,
  '|---|---:|---:|---:|---:|---:|---:|',
];
for (let i = 0; i < construction.length; i++) {
  const a = shallow.rows[i]!.result!;
  const b = deep.rows[i]!.result!;
  const cells = (r: PairedResult, first: boolean) => (first ? [ns(r.time.median), '1.00×', '—'] : [ns(r.time.median), ratio(r.ratio), iqr(r.ratio)]);
  constructionTable.push(`| ${construction[i]!.name} | ${[...cells(a, i === 0), ...cells(b, i === 0)].join(' | ')} |`);
}

const checkTable = [
  '| check (one value of the array) | time | ratio to native | IQR | min–max | check alone (minus the loop) | check alone, to native |',
  '|---|---:|---:|---:|---:|---:|---:|',
];
const loop = paired(nativeOf(local), loopOf(local), options);
checkTable.push(`| loop alone: read each value, count it | ${ns(loop.time.median)} | ${ratio(loop.ratio)} | ${iqr(loop.ratio)} | ${range(loop.ratio)} | — | — |`);
const nativeNet = paired(nativeOf(local), nativeOf(local), options, loopOf(local));
checkTable.push(`| baseline: instanceof a plain class (native) | ${ns(nativeNet.time.median)} | 1.00× | — | — | ${ns(nativeNet.net!.median)} | 1.00× |`);
const folded: string[] = [];
for (const { values, task } of checks) {
  const r = paired(nativeOf(values), task, options, loopOf(values));
  const alone = r.net!.median / nativeNet.net!.median;
  checkTable.push(`| ${task.name} | ${ns(r.time.median)} | ${ratio(r.ratio)} | ${iqr(r.ratio)} | ${range(r.ratio)} | ${ns(r.net!.median)} | ${alone.toFixed(1)}× |`);
  // A check cannot cost less than reading the value: if it does, the optimizer removed it.
  if (r.net!.p75 < 0) folded.push(task.name);
}
const seconds = (performance.now() - started) / 1000;

console.log(`Construction, ${options.rounds} rounds of adjacent pairs (task, new Error) at two stack depths; Error.stackTraceLimit ${Error.stackTraceLimit}:\n`);
console.log(constructionTable.join('\n'));
console.log(`\ninstanceof over ${LENGTH} distinct values of ${BLOCK} kinds, ${options.rounds} rounds of (native, task, loop) timed back to back:\n`);
console.log(checkTable.join('\n'));
console.log(`\n(${seconds.toFixed(0)} s; Node ${process.version})`);
const deepRatio = (name: string): number => deep.rows.find((r) => r.name === name)!.result!.ratio.median;
const verdict = (value: number, target: number): string => `${value <= target ? 'yes' : 'no'} (${value.toFixed(2)}×)`;
console.log(`fromCode within 1.3× of new Error(message) at ${deep.depth} frames: ${verdict(deepRatio('errs: fromCode(-1004, { message })'), 1.3)}`);
if (folded.length > 0) {
  console.error(`folded by the optimizer (cheaper than the bare loop): ${folded.join(', ')}`);
  process.exitCode = 1;
}
