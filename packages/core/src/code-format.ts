// How a system writes its codes, declared as data in its data file: plain integers in a range
// (NebulaGraph, Polaris, blobstore) or a prefix plus digits (GES `GES.7005`). The normalizer and
// the range key of every system come from here, so the packages, the CLI and the generator all
// read a code the same way.

/** A system's code format, as its data file states it. */
export type CodeFormatSpec =
  | {
      readonly kind: 'integer';
      /** Lowest code of the system's shape (inclusive); none: unbounded. */
      readonly min?: number;
      /** Highest code of the system's shape (inclusive); none: unbounded. */
      readonly max?: number;
    }
  | {
      readonly kind: 'prefixed';
      /** The text before the digits, as the catalog writes it: 'GES.' (matched in any case). */
      readonly prefix: string;
      /** How many digits the catalog writes, zero-padded: 4 for 'GES.0001'. */
      readonly digits: number;
    };

export interface CodeFormat<C extends number | string = number | string> {
  readonly spec: CodeFormatSpec;
  /** The canonical code for any of its natural forms, or undefined when the input is not a code. Never throws. */
  readonly normalize: (input: unknown) => C | undefined;
  /** The integer a canonical code is ranged by (the code itself; 'GES.7005' -> 7005). */
  readonly rangeKey: (code: number | string) => number | undefined;
  /** Whether a canonical code has the shape of the system's codes (inside min/max). */
  readonly fits: (code: number | string) => boolean;
}

/**
 * Normalizer for integer code systems: accepts a safe integer or its decimal string form
 * ("-1004", " 611 "); anything else is not a code.
 */
export function integerCode(input: unknown): number | undefined {
  // -0 is 0: a code survives JSON the same.
  if (typeof input === 'number') return Number.isSafeInteger(input) ? input + 0 : undefined;
  if (typeof input === 'bigint') {
    return input >= BigInt(Number.MIN_SAFE_INTEGER) && input <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(input) : undefined;
  }
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  if (!/^[+-]?\d{1,16}$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Up to 8 digits: servers and people write codes outside the catalog too (GES.8012), and a
// longer run of digits is not a code of any system.
const MAX_DIGITS = 8;

/** The normalizer, range key and shape check of a code format. */
export function codeFormat(spec: Extract<CodeFormatSpec, { kind: 'integer' }>): CodeFormat<number>;
export function codeFormat(spec: Extract<CodeFormatSpec, { kind: 'prefixed' }>): CodeFormat<string>;
export function codeFormat(spec: CodeFormatSpec): CodeFormat;
export function codeFormat(spec: CodeFormatSpec): CodeFormat {
  if (spec.kind === 'integer') {
    const { min, max } = spec;
    return {
      spec,
      normalize: integerCode,
      rangeKey: (code) => (typeof code === 'number' ? code : undefined),
      fits: (code) => typeof code === 'number' && (min === undefined || code >= min) && (max === undefined || code <= max),
    };
  }
  const { prefix, digits } = spec;
  const pattern = new RegExp(`^${escape(prefix)}(\\d{1,${MAX_DIGITS}})$`, 'i');
  // People and servers write 'ges.7000 ' and 'GES.1': all of them are the catalog's 'GES.7000', 'GES.0001'.
  const normalize = (input: unknown): string | undefined => {
    if (typeof input !== 'string') return undefined;
    const match = pattern.exec(input.trim());
    return match === null ? undefined : `${prefix}${String(Number(match[1])).padStart(digits, '0')}`;
  };
  const rangeKey = (code: number | string): number | undefined => {
    if (typeof code !== 'string') return undefined;
    const match = pattern.exec(code);
    return match === null ? undefined : Number(match[1]);
  };
  return { spec, normalize, rangeKey, fits: (code) => rangeKey(code) !== undefined };
}
