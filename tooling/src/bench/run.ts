// `pnpm bench`: one run, every operation timed with tinybench and reported as a ratio to
// `new Error(message)` measured in the same round (instanceof: to a plain class's native check),
// for errs and for the libraries users would otherwise pick. Ratios, not seconds, are what
// compare across machines.
import { join } from 'node:path';
import { ServiceException } from '@smithy/smithy-client';
import createError from 'http-errors';
import ModernError from 'modern-errors';
import { Bench } from 'tinybench';
import { loadBuilds } from '../../configs/load-builds.js';
import { packagesDir } from '../catalog/load.js';
import { PlainError } from './plain-error.mjs';

// The built package is loaded by path (tooling does not depend on the packages it measures).
type Nebula = Record<string, any>;
const { esm, cjs } = await loadBuilds<Nebula>(join(packagesDir, 'nebula', 'dist'));

const message = 'SyntaxError: syntax error near `MATC`';
const response = { error_code: -1004, error_msg: message };
const plain = new PlainError(message);
const ours = esm.fromCode(-1004, { message });
const theirs = cjs.fromCode(-1004, { message });
const ModernBase = ModernError.subclass('BenchError');
const modern = new ModernBase(message);
const smithy = new ServiceException({ name: 'SyntaxError', $fault: 'client', $metadata: {}, message });
const httpError = createError(404, message);
let sink: unknown;
const REPEAT = 1000;

// Each instanceof task is its own loop literal: a shared loop helper would make its call site
// megamorphic and time the call, not the check. A task runs REPEAT checks per call (one check
// costs less than tinybench's own per-call overhead) and reports the time of one check.
const tasks: [string, () => void][] = [
  ['baseline: new Error(message)', () => { sink = new Error(message); }],
  ['context: new PlainError(message) (class extends Error {})', () => { sink = new PlainError(message); }],
  ['errs: new NebulaSyntaxError(message)', () => { sink = new esm.NebulaSyntaxError(message); }],
  ['errs: fromCode(-1004, { message })', () => { sink = esm.fromCode(-1004, { message }); }],
  ['errs: fromResponse({ error_code, error_msg })', () => { sink = esm.fromResponse(response); }],
  ['errs: toJSON + fromJSON', () => { sink = esm.fromJSON(ours.toJSON()); }],
  ['errs: JSON.stringify + JSON.parse + fromJSON', () => { sink = esm.fromJSON(JSON.parse(JSON.stringify(ours))); }],
  ['http-errors: createError(404, message)', () => { sink = createError(404, message); }],
  ['smithy: new ServiceException(...)', () => { sink = new ServiceException({ name: 'SyntaxError', $fault: 'client', $metadata: {}, message }); }],
  ['modern-errors: new BaseError(message)', () => { sink = new ModernBase(message); }],
  ['instanceof baseline: plain class (native)', () => { let n = 0; for (let i = 0; i < REPEAT; i++) if (plain instanceof PlainError) n++; sink = n; }],
  ['errs: instanceof, same copy', () => { let n = 0; for (let i = 0; i < REPEAT; i++) if (ours instanceof esm.NebulaSyntaxError) n++; sink = n; }],
  ['errs: instanceof, across copies (CJS error, ESM class)', () => { let n = 0; for (let i = 0; i < REPEAT; i++) if (theirs instanceof esm.NebulaSyntaxError) n++; sink = n; }],
  ['errs: instanceof CodedError, across copies', () => { let n = 0; for (let i = 0; i < REPEAT; i++) if (theirs instanceof esm.CodedError) n++; sink = n; }],
  ['errs: instanceof, miss (other class)', () => { let n = 0; for (let i = 0; i < REPEAT; i++) if (ours instanceof esm.NebulaSemanticError) n++; sink = n; }],
  ['http-errors: instanceof createError.HttpError', () => { let n = 0; for (let i = 0; i < REPEAT; i++) if (httpError instanceof createError.HttpError) n++; sink = n; }],
  ['smithy: instanceof ServiceException', () => { let n = 0; for (let i = 0; i < REPEAT; i++) if (smithy instanceof ServiceException) n++; sink = n; }],
  ['modern-errors: instanceof BaseError', () => { let n = 0; for (let i = 0; i < REPEAT; i++) if (modern instanceof ModernBase) n++; sink = n; }],
];
const isCheck = (name: string): boolean => name.includes('instanceof');

// Several rounds, each timing every task once; a task's figure is its median over the rounds, and
// each round's ratios use that round's own baselines (so drift between rounds cancels out).
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const times = new Map<string, number[]>(tasks.map(([name]) => [name, []]));
const ratios = new Map<string, number[]>(tasks.map(([name]) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ time: Number(process.env.BENCH_TIME_MS ?? 400), warmupTime: 100 });
  for (const [name, fn] of tasks) bench.add(name, fn);
  await bench.run();
  // The median sample of each task (robust to a stray GC pause), in ms per call.
  const p50 = (name: string): number => bench.tasks.find((t) => t.name === name)?.result?.latency?.p50 ?? Number.NaN;
  const errorBase = p50('baseline: new Error(message)');
  const nativeBase = p50('instanceof baseline: plain class (native)');
  for (const [name] of tasks) {
    times.get(name)!.push(isCheck(name) ? p50(name) / REPEAT : p50(name));
    ratios.get(name)!.push(p50(name) / (isCheck(name) ? nativeBase : errorBase));
  }
}
void sink;

const formatTime = (ms: number): string => {
  const ns = ms * 1e6;
  return ns < 1000 ? `${ns.toFixed(1)} ns` : `${(ns / 1000).toFixed(2)} µs`;
};
const ratioOf = (name: string): number => median(ratios.get(name)!);
const rows = [`| operation | median time | ratio (median of ${ROUNDS} rounds) |`, '|---|---:|---:|'];
for (const [name] of tasks) rows.push(`| ${name} | ${formatTime(median(times.get(name)!))} | ${ratioOf(name).toFixed(2)}× |`);
console.log(rows.join('\n'));
const verdict = (ratio: number, target: number): string => `${ratio <= target ? 'yes' : 'no'} (${ratio.toFixed(2)}×)`;
console.log(`\nfromCode within 1.3× of new Error(message): ${verdict(ratioOf('errs: fromCode(-1004, { message })'), 1.3)}`);
console.log(`instanceof within 2× of native, same copy: ${verdict(ratioOf('errs: instanceof, same copy'), 2)}`);
console.log(`instanceof within 2× of native, across copies: ${verdict(ratioOf('errs: instanceof, across copies (CJS error, ESM class)'), 2)}`);
