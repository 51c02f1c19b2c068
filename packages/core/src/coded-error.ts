// The base of every error class of every errs package.
import { LINEAGE, ROOT_KEY, hasKeyedInstance, stampLineage } from './identity.js';
import { serializeCause, toPlain } from './serialize.js';
import { describeValue } from './text.js';
import type { CodedErrorJSON, CodedErrorOptions, CodeOptions, Locale, LocalizedText, SystemId } from './types.js';

/**
 * Static facts a class declares; subclasses inherit what they don't redeclare (a per-code class
 * declares code, symbol, messages, retryable; its category class declares category; the system
 * base declares system and displayName).
 */
export interface ClassFacts {
  readonly key?: string;
  readonly system?: SystemId;
  readonly displayName?: string;
  readonly category?: string;
  readonly code?: number | string;
  readonly symbol?: string;
  readonly httpStatus?: number;
  readonly retryable?: boolean;
  readonly messages?: LocalizedText;
}

/** Picks the catalog text in `locale`, falling back to the other language. */
export function pickText(text: LocalizedText | undefined, locale: Locale | undefined): string | undefined {
  if (text === undefined) return undefined;
  return locale === 'zh' ? (text.zh ?? text.en) : (text.en ?? text.zh);
}

function defaultMessage(facts: ClassFacts, code: unknown, raw: unknown, locale: Locale | undefined): string {
  const catalog = pickText(facts.messages, locale);
  if (catalog !== undefined) return catalog;
  const system = facts.displayName ?? 'errs';
  if (code !== undefined) return `${system} error ${describeValue(code)} is not in the catalog`;
  if (raw !== undefined) return `${system} error with an unrecognized code: ${describeValue(raw)}`;
  return `${system} error`;
}

// The raw wire value of each error, off the object so that no log or spread can show it.
const RAW = new WeakMap<object, unknown>();

/**
 * A coded error of one of the errs systems. `instanceof` works across copies of the package
 * (ESM and CJS builds, two installed versions, `vm` realms): classes are matched by key.
 */
export class CodedError extends Error {
  static readonly key: string = ROOT_KEY;
  // Facts a subclass declares (see ClassFacts); declared here so subclasses can `override`.
  declare static readonly system: SystemId | undefined;
  declare static readonly displayName: string | undefined;
  declare static readonly category: string | undefined;
  declare static readonly code: number | string | undefined;
  declare static readonly symbol: string | undefined;
  declare static readonly httpStatus: number | undefined;
  declare static readonly retryable: boolean | undefined;
  declare static readonly messages: LocalizedText | undefined;

  /** The system's error code: a literal on per-code classes; undefined when none was known. */
  declare readonly code: number | string | undefined;
  /** The upstream symbolic name of the code ('E_SYNTAX_ERROR'), when the code is in the catalog. */
  declare readonly symbol: string | undefined;
  /** HTTP status the system uses for this code (or the one actually received). */
  declare readonly httpStatus: number | undefined;
  /** Whether retrying the same request can succeed, per the docs and upstream clients. */
  declare readonly retryable: boolean;
  /** The server's request id. */
  declare readonly requestId: string | undefined;
  /** Extra structured facts. */
  declare readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(message?: string, options?: CodeOptions<number | string>) {
    const ctor = new.target as typeof CodedError;
    const code = ctor.code !== undefined ? ctor.code : options?.code;
    const text = typeof message === 'string' ? message : defaultMessage(ctor, code, options?.raw, options?.locale);
    if (options !== undefined && 'cause' in options) super(text, { cause: options.cause });
    else super(text);
    stampLineage(ctor);
    this.code = code;
    // A per-code class states its own facts; base and category instances may carry wire-known ones.
    const perCode = ctor.code !== undefined;
    this.symbol = perCode ? ctor.symbol : (options?.symbol ?? ctor.symbol);
    this.retryable = (perCode ? ctor.retryable : (options?.retryable ?? ctor.retryable)) === true;
    // Facts only the wire can tell are own properties only when known: logs show no undefined noise.
    const httpStatus = options?.httpStatus ?? ctor.httpStatus;
    if (httpStatus !== undefined) this.httpStatus = httpStatus;
    if (options?.requestId !== undefined) this.requestId = options.requestId;
    if (options?.details !== undefined) this.details = options.details;
    if (options?.raw !== undefined) RAW.set(this, options.raw);
  }

  /** The class name; a literal on every class so minifiers cannot change it. */
  override get name(): string {
    return 'CodedError';
  }

  // `system` and `category` are facts of the class, read through getters like `name`: each own
  // property makes every error dearer to build, and the class name in a log line tells the system.
  /** Which system the error comes from. */
  get system(): SystemId {
    return (this.constructor as typeof CodedError).system as SystemId;
  }

  /** The catalog category ('graphd', '409', 'blobnode'), when the code has one. */
  get category(): string | undefined {
    return (this.constructor as typeof CodedError).category;
  }

  /** The raw wire value (response, body, thrown object, or bad input) this error was made from. */
  get raw(): unknown {
    return RAW.get(this);
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasKeyedInstance(this, value, CodedError);
  }

  /** Plain, stable data: survives JSON.stringify and structuredClone; `fromJSON` restores the class. */
  toJSON(seen?: unknown, depth?: number): CodedErrorJSON {
    // JSON.stringify passes a key string as the first argument; only a WeakSet is a cycle guard.
    const guard = seen instanceof WeakSet ? (seen as WeakSet<object>) : new WeakSet<object>();
    guard.add(this);
    const entries: [string, unknown][] = [
      ['name', this.name],
      ['system', this.system],
      ['code', toPlain(this.code)],
      ['symbol', this.symbol],
      ['message', this.message],
      ['category', this.category],
      ['httpStatus', this.httpStatus],
      ['retryable', this.retryable],
      ['requestId', this.requestId],
      ['details', this.details === undefined ? undefined : toPlain(this.details, guard)],
      ['cause', 'cause' in this ? serializeCause(this.cause, guard, typeof depth === 'number' ? depth : 0) : undefined],
    ];
    return Object.fromEntries(entries.filter(([, value]) => value !== undefined)) as unknown as CodedErrorJSON;
  }
}

/** True for an error of any errs package, from any copy or realm. */
export function isCodedError(value: unknown): value is CodedError {
  return hasKeyedInstance(CodedError, value, CodedError);
}

export { LINEAGE };
export type { CodedErrorOptions };
