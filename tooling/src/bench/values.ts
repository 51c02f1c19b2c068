// What an `instanceof` at a catch site sees: many distinct values of mixed kinds, not one value
// checked over and over (which the optimizer hoists out of the loop). Each block of 16 has a known
// make-up, so the number of hits of every check is known without asking the code under test.
import type { ServiceException as SmithyException } from '@smithy/smithy-client';
import { PlainError } from './plain-error.mjs';

export interface Makers {
  /** The errs package copy whose errors fill the errs slots (the ESM build, or the CJS one). */
  readonly errs: { fromCode(code: number, init?: { message?: string }): object };
  readonly httpError: () => object;
  readonly smithy: () => SmithyException;
  readonly modern: () => object;
}

export const BLOCK = 16;
/** Hits per block of each check (the make-up below). */
export const HITS = {
  plainError: 2,
  nebulaSyntaxError: 3,
  codedError: 6,
  httpError: 1,
  smithy: 1,
  modern: 1,
} as const;

// Catalog codes of other classes (-5 space not found, -4 leader changed, -2001 no hosts), and a
// code outside the catalog (the base class).
const OTHER_CODES = [-5, -4, -2001];
const UNKNOWN_CODE = -999_999;

function block(makers: Makers, index: number): unknown[] {
  const message = `error ${index}`;
  return [
    makers.errs.fromCode(-1004, { message }),
    makers.errs.fromCode(-1004, { message }),
    makers.errs.fromCode(-1004, { message }),
    makers.errs.fromCode(OTHER_CODES[index % OTHER_CODES.length]!, { message }),
    makers.errs.fromCode(OTHER_CODES[(index + 1) % OTHER_CODES.length]!, { message }),
    makers.errs.fromCode(UNKNOWN_CODE, { message }),
    new Error(message),
    new Error(message),
    new PlainError(message),
    new PlainError(message),
    new TypeError(message),
    makers.httpError(),
    makers.smithy(),
    makers.modern(),
    { code: -1004, message },
    message,
  ];
}

/** `blocks` blocks, shuffled with a fixed seed so that kinds do not come in a fixed rhythm. */
export function mixedValues(makers: Makers, blocks: number): unknown[] {
  const values = Array.from({ length: blocks }, (_, i) => block(makers, i)).flat();
  let seed = 0x2545f491;
  for (let i = values.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) >>> 0;
    const j = seed % (i + 1);
    [values[i], values[j]] = [values[j], values[i]];
  }
  return values;
}
