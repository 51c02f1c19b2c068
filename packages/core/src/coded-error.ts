// The base of every error class of every errs package.
import { isHttpStatus } from './http-status.js';
import { LINEAGE, ROOT_KEY, hasKeyedInstance, hasRootLineage, stampLineage } from './identity.js';
import { has, isRecord, read } from './safe.js';
import { serializeCause, toPlain } from './serialize.js';
import { type StackHooks, pauseCapture, resumeCapture, stackHolder } from './stack.js';
import type { CodedErrorJSON, CodedErrorOptions, CodeOptions, Locale, LocalizedText, SystemId } from './types.js';

/**
 * Static facts a class declares; subclasses inherit what they don't redeclare (a per-code class
 * declares code, symbol, messages, retryable; its category class declares category; the system
 * base declares system and displayName).
 */
export interface ClassFacts {
  readonly key?: string | undefined;
  readonly system?: SystemId | undefined;
  readonly displayName?: string | undefined;
  readonly category?: string | undefined;
  readonly code?: number | string | undefined;
  readonly symbol?: string | undefined;
  readonly httpStatus?: number | undefined;
  readonly retryable?: boolean | undefined;
  readonly throttling?: boolean | undefined;
  readonly messages?: LocalizedText | undefined;
}

/** Picks the catalog text in `locale`, falling back to the other language. */
export function pickText(text: LocalizedText | undefined, locale: Locale | undefined): string | undefined {
  if (text === undefined) return undefined;
  return locale === 'zh' ? (text.zh ?? text.en) : (text.en ?? text.zh);
}

/**
 * The catalog message, or the system's name. The factories word an unknown code or input
 * themselves: a class alone need not carry the code that renders outside values.
 */
function defaultMessage(facts: ClassFacts, locale: Locale | undefined): string {
  return pickText(facts.messages, locale) ?? `${facts.displayName ?? 'errs'} error`;
}

// The raw wire value of each error, off the object so that no log or spread can show it.
const RAW = new WeakMap<object, unknown>();
// Base and category instances the wire told are throttled (per-code classes say it statically).
const THROTTLED = new WeakSet<object>();
// The language an error was made in, where one was asked for: its remedy and docs link follow it.
const LOCALES = new WeakMap<object, Locale>();

const MAX_TEXT = 1024;

/** A request id as the wire gives it: a non-blank string (bounded) or a finite number. */
function requestIdOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return value.length > MAX_TEXT ? value.slice(0, MAX_TEXT) : value;
}

/** A code kept on a base or category instance: a finite number or a bounded string. */
function codeOf(value: unknown): number | string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return value.length > MAX_TEXT ? value.slice(0, MAX_TEXT) : value;
  return undefined;
}

type Checked = {
  -readonly [K in keyof CodeOptions<number | string>]?: Exclude<CodeOptions<number | string>[K], undefined>;
} & { hasCause: boolean };

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isLocale = (value: unknown): value is Locale => value === 'zh' || value === 'en';

// What each option may be; anything else is dropped, so a hostile options object cannot break
// construction nor give an error that JSON or structuredClone rejects.
const CHECKS: readonly [keyof CodeOptions<number | string>, (value: unknown) => unknown][] = [
  ['code', codeOf],
  ['symbol', (v) => (isString(v) ? v.slice(0, MAX_TEXT) : undefined)],
  ['retryable', (v) => (isBoolean(v) ? v : undefined)],
  ['throttling', (v) => (isBoolean(v) ? v : undefined)],
  ['transport', (v) => (isString(v) ? v.slice(0, 64) : undefined)],
  ['httpStatus', (v) => (isHttpStatus(v) ? v : undefined)],
  ['requestId', requestIdOf],
  ['details', (v) => (isRecord(v) ? v : undefined)],
  ['locale', (v) => (isLocale(v) ? v : undefined)],
  ['raw', (v) => v],
];

const CHECK_OF: Readonly<Record<string, (value: unknown) => unknown>> = /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(null) as object, /* @__PURE__ */ Object.fromEntries(CHECKS));
const NO_OPTIONS: Checked = /* @__PURE__ */ Object.freeze({ hasCause: false });

/** The options as plain, checked values. */
function optionsOf(options: unknown): Checked {
  if (options === undefined || options === null) return NO_OPTIONS;
  const checked: Record<string, unknown> = { hasCause: has(options, 'cause') };
  if (typeof options !== 'object') return checked as Checked;
  try {
    // The usual options object names a few keys: visit those (own and inherited) only.
    for (const key in options) {
      const check = CHECK_OF[key];
      const value = check === undefined ? undefined : check(read(options, key));
      if (value !== undefined) checked[key] = value;
    }
  } catch {
    // A proxy that refuses to list its keys: ask for each option by name.
    for (const [key, check] of CHECKS) {
      const value = check(read(options, key));
      if (value !== undefined) checked[key] = value;
    }
  }
  if (checked.hasCause) checked.cause = read(options, 'cause');
  return checked as Checked;
}

/**
 * A coded error of one of the errs systems. `instanceof` works across copies of the package
 * (ESM and CJS builds, two installed versions, `vm` realms): classes are matched by key.
 */
export class CodedError extends Error {
  static readonly key: string = ROOT_KEY;
  /** The class name, as a literal: minifiers rename classes, and nothing reads `constructor.name`. */
  static readonly errorName: string = 'CodedError';
  // Facts a subclass declares (see ClassFacts); declared here so subclasses can `override`.
  declare static readonly system: SystemId | undefined;
  declare static readonly displayName: string | undefined;
  declare static readonly category: string | undefined;
  declare static readonly code: number | string | undefined;
  declare static readonly symbol: string | undefined;
  declare static readonly httpStatus: number | undefined;
  declare static readonly retryable: boolean | undefined;
  declare static readonly throttling: boolean | undefined;
  declare static readonly messages: LocalizedText | undefined;
  declare static readonly remedy: LocalizedText | undefined;
  declare static readonly docText: LocalizedText | undefined;
  declare static readonly retryableWhy: string | undefined;
  declare static readonly docs: LocalizedText | undefined;

  /** The class name ('NebulaSyntaxError'): a literal per class, so minifiers cannot change it. */
  declare readonly name: string;
  /** Which system the error comes from. */
  declare readonly system: SystemId;
  /** The catalog category ('graphd', '409', 'blobnode'), when the code has one. */
  declare readonly category: string | undefined;
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
  /**
   * The transport failure this error stands for ('ECONNREFUSED', 'UND_ERR_SOCKET',
   * 'TimeoutError'), when the request never got a system answer; `code` is then undefined.
   */
  declare readonly transport: string | undefined;
  /**
   * The error this one wraps (the thrown original, for `fromError`), when there is one. Declared
   * here as well as by ES2022's `Error`, so that it type-checks with an older `lib` too.
   */
  declare cause?: unknown;

  constructor(message?: string, options?: CodeOptions<number | string>) {
    const ctor = new.target as typeof CodedError;
    const given = optionsOf(options);
    const code = ctor.code !== undefined ? ctor.code : given.code;
    const text = typeof message === 'string' ? message : defaultMessage(ctor, given.locale);
    // Built with capture paused, then captured once on a holder that puts the code in the trace's
    // first line (stack.ts); a factory that paused capture itself captures when the error is made.
    const limit = pauseCapture();
    try {
      if (given.hasCause) super(text, { cause: given.cause });
      else super(text);
    } finally {
      resumeCapture(limit);
    }
    stampLineage(ctor);
    // The class facts are own, enumerable fields first: structured loggers (pino, winston) and
    // spreads copy enumerable fields only, and a log must say which system and category it is.
    this.name = ctor.errorName;
    this.system = ctor.system as SystemId;
    if (ctor.category !== undefined) this.category = ctor.category;
    if (code !== undefined) this.code = code;
    // A per-code class states its own facts; base and category instances may carry wire-known ones.
    const perCode = ctor.code !== undefined;
    const symbol = perCode ? ctor.symbol : (given.symbol ?? ctor.symbol);
    if (symbol !== undefined) this.symbol = symbol;
    this.retryable = (perCode ? ctor.retryable : (given.retryable ?? ctor.retryable)) === true;
    if (!perCode && given.throttling === true) THROTTLED.add(this);
    // Facts only the wire can tell are own properties only when known: logs show no undefined noise.
    const httpStatus = given.httpStatus ?? ctor.httpStatus;
    if (httpStatus !== undefined) this.httpStatus = httpStatus;
    if (given.requestId !== undefined) this.requestId = given.requestId;
    if (given.details !== undefined) this.details = given.details;
    if (given.transport !== undefined) this.transport = given.transport;
    if (given.raw !== undefined) RAW.set(this, given.raw);
    if (given.locale !== undefined) LOCALES.set(this, given.locale);
    if (limit !== undefined) (Error as StackHooks).captureStackTrace?.(stackHolder(this) ?? this, ctor);
  }

  /** Whether the system is throttling the caller (429, rate or access limits): back off longer. */
  get throttling(): boolean {
    return (this.constructor as typeof CodedError).throttling === true || THROTTLED.has(this);
  }

  /** What to do about it, from the system's docs, in the error's language (where the docs give one). */
  get remedy(): string | undefined {
    return pickText((this.constructor as typeof CodedError).remedy, LOCALES.get(this));
  }

  /** Why the code is (or is not) worth retrying, citing the upstream behaviour. */
  get retryableWhy(): string | undefined {
    return (this.constructor as typeof CodedError).retryableWhy;
  }

  /** The system's official error-code page, in the error's language: where to read more. */
  get docs(): string | undefined {
    return pickText((this.constructor as typeof CodedError).docs, LOCALES.get(this));
  }

  /** The raw wire value (response, body, thrown object, or bad input) this error was made from. */
  get raw(): unknown {
    return RAW.get(this);
  }

  /** `Name [code]: message`, as Node prints its own coded errors: what an operator greps for. */
  override toString(): string {
    const code = this.code === undefined ? '' : ` [${String(this.code)}]`;
    return `${this.name}${code}: ${this.message}`;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasKeyedInstance(this, value, CodedError);
  }

  /** Plain, stable data: survives JSON.stringify and structuredClone; `fromJSON` restores the class. Never throws. */
  toJSON(seen?: unknown, depth?: number): CodedErrorJSON {
    // JSON.stringify passes a key string as the first argument; only a WeakSet is a cycle guard.
    const guard = seen instanceof WeakSet ? (seen as WeakSet<object>) : new WeakSet<object>();
    guard.add(this);
    const level = typeof depth === 'number' ? depth : 0;
    try {
      const entries: [string, unknown][] = [
        ['name', this.name],
        ['system', this.system],
        ['code', toPlain(this.code)],
        ['symbol', this.symbol],
        ['message', this.message],
        ['category', this.category],
        ['httpStatus', this.httpStatus],
        ['retryable', this.retryable],
        ['throttling', this.throttling ? true : undefined],
        ['transport', this.transport],
        ['requestId', this.requestId],
        ['details', this.details === undefined ? undefined : toPlain(this.details, guard, level)],
        ['cause', 'cause' in this ? serializeCause(this.cause, guard, level) : undefined],
      ];
      return Object.fromEntries(entries.filter(([, value]) => value !== undefined)) as unknown as CodedErrorJSON;
    } catch {
      // A subclass whose getters throw, say: the facts that cannot fail.
      return { name: 'CodedError', system: this.system, message: typeof this.message === 'string' ? this.message : '', retryable: this.retryable === true };
    }
  }
}

/** True for an error of any errs package, from any copy or realm. Needs no class: see keyGuard. */
export function isCodedError(value: unknown): value is CodedError {
  return hasRootLineage(value);
}

export { LINEAGE };
export type { CodedErrorOptions };
