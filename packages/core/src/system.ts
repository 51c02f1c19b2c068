// The factories every system package shares: code lookup with category fallback, JSON restore,
// and the type guard. A system package declares its classes as data and gets these for free.
import { CodedError } from './coded-error.js';
import { hasKeyedInstance } from './identity.js';
import { type CodeRange, findRange } from './ranges.js';
import { type StackHooks, buildWithStackPaused, stackHolder } from './stack.js';
import { hasOwn, isRecord, read, readOwn } from './safe.js';
import { describeValue } from './text.js';

export { integerCode } from './code-format.js';
import type { CodeOptions, Locale, SystemId } from './types.js';

/** A concrete error class of a system: `new (message?, options?)`. */
export interface ErrorClass<E extends CodedError = CodedError> {
  new (message?: string, options?: CodeOptions<any>): E;
  readonly prototype: E;
}

export interface CategoryDef {
  readonly name: string;
  readonly range: CodeRange;
  readonly errorClass: ErrorClass;
}

export interface SystemDef<Base extends CodedError> {
  readonly system: SystemId;
  readonly displayName: string;
  readonly base: ErrorClass<Base>;
  readonly categories: readonly CategoryDef[];
  /** Catalog code -> class (renumbered old codes map to their current class). */
  readonly classes: ReadonlyMap<number | string, ErrorClass<Base>>;
  readonly successCodes: ReadonlySet<number | string>;
  /** The canonical code for any of its natural forms, or undefined when the input is not a code. */
  readonly normalize: (input: unknown) => number | string | undefined;
  /** The integer a canonical code is ranged by (GES 'GES.7005' -> 7005). Default: the code itself. */
  readonly rangeKey?: (code: number | string) => number | undefined;
}

/** The second argument of `fromCode`: a server message wins over the catalog message. */
export interface FromCodeInit {
  readonly message?: string | undefined;
  readonly cause?: unknown;
  readonly requestId?: string | undefined;
  readonly details?: Readonly<Record<string, unknown>> | undefined;
  readonly locale?: Locale | undefined;
  readonly httpStatus?: number | undefined;
  readonly raw?: unknown;
}

/** What the wire pipeline knows besides the code: facts for a code outside the catalog too. */
export interface MakeInit extends FromCodeInit {
  readonly symbol?: string | undefined;
  readonly retryable?: boolean | undefined;
  readonly throttling?: boolean | undefined;
  readonly transport?: string | undefined;
}

export interface SystemFactories<Base extends CodedError> {
  /**
   * Code -> most specific error. Throws RangeError only for a success code. The stack trace
   * starts at the caller, so export this function itself rather than wrapping it.
   */
  fromCode(input: unknown, init?: FromCodeInit | string | null): Base;
  /**
   * The error for a code without capturing a stack (the caller captures): the wire pipeline
   * builds with capture paused and captures once, at its own entry point.
   */
  make(input: unknown, init?: MakeInit | string | null): Base;
  /** The system's display name, for messages ('NebulaGraph'). */
  readonly displayName: string;
  /** The system's base class. */
  readonly base: ErrorClass<Base>;
  /** The canonical code for any natural form, or undefined. */
  normalize(input: unknown): number | string | undefined;
  /**
   * `toJSON()` output -> the same class again. Never throws. The stack starts at the caller;
   * restored causes carry none (the original traces are not serialized).
   */
  fromJSON(json: unknown): Base;
  /** Type guard that works across copies of the package. */
  isError(value: unknown): value is Base;
  /** The class a code resolves to (its own, its category's, or the base). */
  classFor(code: unknown): ErrorClass<Base>;
  /** Whether the code (any natural form) is one of the system's success codes. */
  isSuccessCode(code: unknown): boolean;
}

const MAX_CAUSE_DEPTH = 8;


export function defineSystem<Base extends CodedError>(def: SystemDef<Base>): SystemFactories<Base> {
  const { base, classes, successCodes, normalize, displayName } = def;
  const rangeKey = def.rangeKey ?? ((code: number | string) => (typeof code === 'number' ? code : undefined));

  function categoryFor(code: number | string): ErrorClass<Base> | undefined {
    const key = rangeKey(code);
    return key === undefined ? undefined : (findRange(def.categories, key)?.errorClass as ErrorClass<Base> | undefined);
  }

  function classFor(input: unknown): ErrorClass<Base> {
    const code = normalize(input);
    if (code === undefined) return base;
    return classes.get(code) ?? categoryFor(code) ?? base;
  }

  /** The server's message from `init` (a string is the message itself). */
  function messageOf(init: unknown): string | undefined {
    const message = typeof init === 'string' ? init : read(init, 'message');
    return typeof message === 'string' && message !== '' ? message : undefined;
  }

  function make(input: unknown, init?: MakeInit | string | null): Base {
    let code: number | string | undefined;
    try {
      code = normalize(input);
    } catch {
      code = undefined;
    }
    if (code !== undefined && successCodes.has(code)) {
      throw new RangeError(`${displayName} code ${describeValue(code)} is a success code, not an error`);
    }
    const given = typeof init === 'object' && init !== null ? init : undefined;
    const own = code === undefined ? undefined : classes.get(code);
    if (own !== undefined) return new own(messageOf(init), given);
    // Outside the catalog, the category or base instance keeps the code and the input as given;
    // the other options are read through the prototype, so a hostile `init` is never copied.
    const ctor = (code === undefined ? undefined : categoryFor(code)) ?? base;
    // Defined, not assigned: an assignment would run a setter or trap of `init`.
    const raw = read(given, 'raw') ?? input;
    const options = Object.create(given ?? null, {
      code: { value: code, enumerable: true },
      raw: { value: raw, enumerable: true },
    }) as Record<string, unknown>;
    const message =
      messageOf(init) ??
      (code === undefined ? `${displayName} error with an unrecognized code: ${describeValue(raw)}` : `${displayName} error ${describeValue(code)} is not in the catalog`);
    return new ctor(message, options as CodeOptions<number | string>);
  }

  function fromCode(input: unknown, init?: FromCodeInit | string | null): Base {
    const built = buildWithStackPaused(() => make(input, init));
    // Called right here, not through a helper: every frame between the capture and `fromCode` costs.
    if (built.paused) (Error as StackHooks).captureStackTrace?.(stackHolder(built.value) ?? built.value, fromCode);
    return built.value;
  }

  function restoreCause(json: unknown, depth: number): unknown {
    if (!isRecord(json)) return json;
    if (readOwn(json, 'system') === def.system && depth < MAX_CAUSE_DEPTH) return restore(json, depth + 1);
    const message = readOwn(json, 'message');
    const error = new Error(typeof message === 'string' ? message : describeValue(json));
    const name = readOwn(json, 'name');
    if (typeof name === 'string') Object.defineProperty(error, 'name', { value: name, configurable: true, writable: true });
    for (const key of ['system', 'code', 'symbol'] as const) {
      const value = readOwn(json, key);
      if (value !== undefined) Object.defineProperty(error, key, { value, enumerable: true, configurable: true, writable: true });
    }
    const cause = readOwn(json, 'cause');
    if (cause !== undefined && depth < MAX_CAUSE_DEPTH) {
      Object.defineProperty(error, 'cause', { value: restoreCause(cause, depth + 1), configurable: true, writable: true });
    }
    return error;
  }

  function restore(json: unknown, depth: number): Base {
    if (!isRecord(json)) {
      const text = `${displayName}: fromJSON expects the output of toJSON(), got ${describeValue(json)}`;
      return new base(text, { raw: json });
    }
    const code = normalize(readOwn(json, 'code'));
    const name = readOwn(json, 'name');
    const category = readOwn(json, 'category');
    const candidates: ErrorClass<Base>[] = [];
    if (code !== undefined) {
      const own = classes.get(code);
      if (own !== undefined) candidates.push(own);
      const ranged = categoryFor(code);
      if (ranged !== undefined) candidates.push(ranged);
    }
    if (typeof category === 'string') {
      const named = def.categories.find((c) => c.name === category)?.errorClass as ErrorClass<Base> | undefined;
      if (named !== undefined) candidates.push(named);
    }
    candidates.push(base);
    // The class named in the JSON wins (a base instance made with a catalog code stays a base).
    const cls = candidates.find((c) => (c as unknown as { readonly errorName?: string }).errorName === name) ?? candidates[0] ?? base;
    const message = readOwn(json, 'message');
    const requestId = readOwn(json, 'requestId');
    const details = readOwn(json, 'details');
    const httpStatus = readOwn(json, 'httpStatus');
    const options: { -readonly [K in keyof CodeOptions<number | string>]: CodeOptions<number | string>[K] } = {
      code: code !== undefined && !successCodes.has(code) ? code : undefined,
      requestId: typeof requestId === 'string' ? requestId : undefined,
      details: isRecord(details) ? details : undefined,
      httpStatus: typeof httpStatus === 'number' && Number.isInteger(httpStatus) ? httpStatus : undefined,
      // Per-code classes ignore these; a base or category instance keeps what the wire told it.
      symbol: typeof readOwn(json, 'symbol') === 'string' ? (readOwn(json, 'symbol') as string) : undefined,
      retryable: typeof readOwn(json, 'retryable') === 'boolean' ? (readOwn(json, 'retryable') as boolean) : undefined,
      throttling: readOwn(json, 'throttling') === true ? true : undefined,
      transport: typeof readOwn(json, 'transport') === 'string' ? (readOwn(json, 'transport') as string) : undefined,
    };
    if (hasOwn(json, 'cause')) options.cause = restoreCause(readOwn(json, 'cause'), depth);
    if (options.code === undefined && code === undefined && readOwn(json, 'code') !== undefined) {
      options.raw = readOwn(json, 'code');
    }
    return new cls(typeof message === 'string' ? message : undefined, options);
  }

  function restoreSafely(json: unknown): Base {
    try {
      return restore(json, 0);
    } catch {
      // A revoked proxy or a throwing getter somewhere in the JSON.
      return new base(`${displayName}: fromJSON could not read its input`, { raw: json });
    }
  }

  function fromJSON(json: unknown): Base {
    const built = buildWithStackPaused(() => restoreSafely(json));
    if (built.paused) (Error as StackHooks).captureStackTrace?.(stackHolder(built.value) ?? built.value, fromJSON);
    return built.value;
  }

  return {
    fromCode,
    make,
    displayName,
    base,
    normalize: (input) => {
      try {
        return normalize(input);
      } catch {
        return undefined;
      }
    },
    fromJSON,
    isError: (value): value is Base => hasKeyedInstance(base, value, CodedError),
    classFor,
    isSuccessCode: (input) => {
      try {
        const code = normalize(input);
        return code !== undefined && successCodes.has(code);
      } catch {
        return false;
      }
    },
  };
}
