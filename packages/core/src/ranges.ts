// Integer code ranges, declared as data by each system (NebulaGraph -1xxx graphd, Polaris by
// code / 1000, blobstore 600-699 blobnode, ...).

/** An inclusive integer range. `low <= high`. */
export interface CodeRange {
  readonly low: number;
  readonly high: number;
}

export function codeRange(low: number, high: number): CodeRange {
  if (!Number.isSafeInteger(low) || !Number.isSafeInteger(high) || low > high) {
    throw new RangeError(`invalid code range [${low}, ${high}]`);
  }
  return Object.freeze({ low, high });
}

export function inRange(code: number, range: CodeRange): boolean {
  return code >= range.low && code <= range.high;
}

/**
 * The narrowest of `items` whose range holds `code` (a nested range such as NebulaGraph raft
 * -35xx wins over the storage -3xxx range around it), or undefined.
 */
export function findRange<T extends { readonly range: CodeRange }>(
  items: readonly T[],
  code: number,
): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    if (!inRange(code, item.range)) continue;
    if (best === undefined || item.range.high - item.range.low < best.range.high - best.range.low) best = item;
  }
  return best;
}
