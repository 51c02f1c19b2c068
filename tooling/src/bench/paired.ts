// Paired timing: a task and its baseline are timed back to back, in alternating order, in many
// rounds, so that what drifts on a shared machine (load, frequency, GC state) hits both alike.
// Each round gives one ratio; the report is the median ratio with its spread over the rounds.

export interface Task {
  readonly name: string;
  /** Runs `count` units of work and returns a checksum of what it made. */
  readonly run: (count: number) => number;
  /** The checksum `run(count)` must return: proves the work was done and its results consumed. */
  readonly expect: (count: number) => number;
  /** Operations in one unit of `count` (a pass over an array of values); 1 by default. */
  readonly unit?: number;
}

export interface Spread {
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
  readonly min: number;
  readonly max: number;
}

export interface PairedResult {
  /** Time of one operation of the task (ns), over the rounds. */
  readonly time: Spread;
  /** Time of one operation of the baseline (ns), over the rounds. */
  readonly baseTime: Spread;
  /** Task time / baseline time of the same round. */
  readonly ratio: Spread;
  /** Task time minus the control's time of the same round (ns), when a control was timed. */
  readonly net?: Spread;
}

export interface PairedOptions {
  readonly rounds: number;
  /** Wall time one batch should take (ms); the operation count is calibrated to it. */
  readonly batchMs: number;
  /** Warm-up per task before the rounds (ms), so that both sides run optimized code. */
  readonly warmupMs: number;
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

/** Nanoseconds per operation of one checked batch. */
function timeBatch(task: Task, count: number): number {
  const start = process.hrtime.bigint();
  const sum = task.run(count);
  const ns = Number(process.hrtime.bigint() - start);
  const expected = task.expect(count);
  if (sum !== expected) throw new Error(`${task.name}: checksum ${sum}, expected ${expected}: the work was not done as asked`);
  return ns / (count * (task.unit ?? 1));
}

/** Runs the task for `ms` in doubling batches; returns the time of one unit of `count` (ns). */
function warm(task: Task, ms: number): number {
  const unit = task.unit ?? 1;
  let count = 1;
  let perUnit = timeBatch(task, count) * unit;
  const until = performance.now() + ms;
  while (performance.now() < until) {
    perUnit = timeBatch(task, count) * unit;
    if (perUnit * count < 1e6) count *= 2;
  }
  return perUnit;
}

const calibrate = (perOpNs: number, batchMs: number): number => Math.max(1, Math.round((batchMs * 1e6) / perOpNs));

/**
 * Times `task` against `baseline` in adjacent pairs over `rounds` rounds, the order alternating.
 * With a `control` (the bare loop), each round times the three back to back, in rotating order.
 */
export function paired(baseline: Task, task: Task, options: PairedOptions, control?: Task): PairedResult {
  const sides = control === undefined ? [baseline, task] : [baseline, task, control];
  const counts = sides.map((side) => calibrate(warm(side, options.warmupMs), options.batchMs));
  const times: number[] = [];
  const baseTimes: number[] = [];
  const ratios: number[] = [];
  const nets: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const perOp: number[] = new Array(sides.length);
    for (let k = 0; k < sides.length; k++) {
      // Rotating, and reversed every other round: no side always runs first or last.
      const step = round % 2 === 0 ? k : sides.length - 1 - k;
      const i = (step + round) % sides.length;
      perOp[i] = timeBatch(sides[i]!, counts[i]!);
    }
    baseTimes.push(perOp[0]!);
    times.push(perOp[1]!);
    ratios.push(perOp[1]! / perOp[0]!);
    if (control !== undefined) nets.push(perOp[1]! - perOp[2]!);
  }
  return {
    time: spread(times),
    baseTime: spread(baseTimes),
    ratio: spread(ratios),
    ...(control === undefined ? {} : { net: spread(nets) }),
  };
}
