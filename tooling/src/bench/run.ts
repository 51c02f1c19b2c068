// `pnpm bench`: one run, every operation timed with tinybench and reported as a ratio to
// `new Error(message)` measured in the same run (instanceof: to a plain class's native check),
// for errs and for the libraries users would otherwise pick. Ratios, not seconds, are what
// compare across machines.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ServiceException } from '@smithy/smithy-client';
import createError from 'http-errors';
import ModernError from 'modern-errors';
import { Bench } from 'tinybench';
import { packagesDir } from '../catalog/load.js';

// The built package is loaded by path (tooling does not depend on the packages it measures).
type Nebula = Record<string, any>;
const nebulaDist = join(packagesDir, 'nebula', 'dist');
const esm: Nebula = await import(pathToFileURL(join(nebulaDist, 'index.js')).href);
const cjs: Nebula = createRequire(import.meta.url)(join(nebulaDist, 'index.cjs'));

const message = 'SyntaxError: syntax error near `MATC`';
const response = { error_code: -1004, error_msg: message };
class PlainError extends Error {}
const plain = new PlainError(message);
const ours = esm.fromCode(-1004, { message });
const theirs = cjs.fromCode(-1004, { message });
const ModernBase = ModernError.subclass('BenchError');
const modern = new ModernBase(message);
const smithy = new ServiceException({ name: 'SyntaxError', $fault: 'client', $metadata: {}, message });
const httpError = createError(404, message);
const json = ours.toJSON();
let sink: unknown;
const REPEAT = 1000;
/** Runs a check REPEAT times per task call: tinybench's own overhead per call is larger than one instanceof. */
const many = (check: () => boolean) => () => {
  let hits = 0;
  for (let i = 0; i < REPEAT; i++) if (check()) hits++;
  sink = hits;
};

const bench = new Bench({ time: Number(process.env.BENCH_TIME_MS ?? 400), warmupTime: 100 });
bench
  .add('baseline: new Error(message)', () => { sink = new Error(message); })
  .add('context: new PlainError(message) (class extends Error {})', () => { sink = new PlainError(message); })
  .add('errs: new NebulaSyntaxError(message)', () => { sink = new esm.NebulaSyntaxError(message); })
  .add('errs: fromCode(-1004, { message })', () => { sink = esm.fromCode(-1004, { message }); })
  .add('errs: fromResponse({ error_code, error_msg })', () => { sink = esm.fromResponse(response); })
  .add('errs: toJSON + fromJSON', () => { sink = esm.fromJSON(ours.toJSON()); })
  .add('errs: JSON.stringify + JSON.parse + fromJSON', () => { sink = esm.fromJSON(JSON.parse(JSON.stringify(ours))); })
  .add('http-errors: createError(404, message)', () => { sink = createError(404, message); })
  .add('smithy: new ServiceException(...)', () => { sink = new ServiceException({ name: 'SyntaxError', $fault: 'client', $metadata: {}, message }); })
  .add('modern-errors: new BaseError(message)', () => { sink = new ModernBase(message); })
  .add('instanceof baseline: plain class (native)', many(() => plain instanceof PlainError))
  .add('errs: instanceof, same copy', many(() => ours instanceof esm.NebulaSyntaxError))
  .add('errs: instanceof, across copies (CJS error, ESM class)', many(() => theirs instanceof esm.NebulaSyntaxError))
  .add('errs: instanceof, miss (other class)', many(() => ours instanceof esm.NebulaSemanticError))
  .add('http-errors: instanceof createError.HttpError', many(() => httpError instanceof createError.HttpError))
  .add('smithy: instanceof ServiceException', many(() => smithy instanceof ServiceException))
  .add('modern-errors: instanceof BaseError', many(() => modern instanceof ModernBase));

await bench.run();
void sink;
void json;

const mean = (name: string): number => {
  const task = bench.tasks.find((t) => t.name === name);
  const latency = (task?.result as { latency?: { mean?: number }; mean?: number } | undefined);
  return latency?.latency?.mean ?? latency?.mean ?? Number.NaN;
};
const errorBase = mean('baseline: new Error(message)');
const nativeBase = mean('instanceof baseline: plain class (native)');
const rows = ['| operation | mean | ratio |', '|---|---:|---:|'];
for (const task of bench.tasks) {
  const m = mean(task.name);
  const base = task.name.includes('instanceof') ? nativeBase : errorBase;
  const ns = (task.name.includes('instanceof') ? m / REPEAT : m) * 1e6;
  rows.push(`| ${task.name} | ${ns < 1000 ? `${ns.toFixed(1)} ns` : `${(ns / 1000).toFixed(2)} µs`} | ${(m / base).toFixed(2)}× |`);
}
console.log(rows.join('\n'));
const fromCodeRatio = mean('errs: fromCode(-1004, { message })') / errorBase;
const instanceofRatio = Math.max(mean('errs: instanceof, same copy'), mean('errs: instanceof, across copies (CJS error, ESM class)')) / nativeBase;
console.log(`\nfromCode within 1.3× of new Error(message): ${fromCodeRatio <= 1.3 ? 'yes' : 'no'} (${fromCodeRatio.toFixed(2)}×)`);
console.log(`instanceof within 2× of native: ${instanceofRatio <= 2 ? 'yes' : 'no'} (${instanceofRatio.toFixed(2)}×, worst of same copy and across copies)`);
