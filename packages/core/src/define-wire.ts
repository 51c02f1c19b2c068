// The one wire pipeline of every system: from what an application holds (a response value, a
// fetch Response, whatever a client threw) to the system's typed error, or undefined for a
// success. A system supplies only pure readers of what it alone knows; the core owns the
// never-throws boundary, the HTTP shapes, bounded reads, transport failures, passthrough and
// wrapping, the cause, the retry answer of a bare status, and the stack trace.
import { DEFAULT_MAX_BYTES, shortText } from './body.js';
import { isCodedError } from './coded-error.js';
import type { CodedError } from './coded-error.js';
import type { Body } from './body.js';
import { type InvalidStatus, type WireExchange, attachedExchange, exchangeOf, fetchHeadersOnly, isInvalid, partsOf, toExchange } from './exchange.js';
import { type FetchResponseLike, type ReadBounds, isBodyStream, isFetchResponse, readFetchBody, readStreamBody } from './fetch-response.js';
import { isHttpStatus, isRetryableStatus, isThrottlingStatus } from './http-status.js';
import { isRetryable, isThrottling } from './retryable.js';
import { read } from './safe.js';
import { type StackHooks, buildWithStackPaused, headerName, stackHolder } from './stack.js';
import type { ErrorClass, MakeInit, SystemFactories } from './system.js';
import { describeValue } from './text.js';
import { findTransport } from './transport.js';
import type { Locale } from './types.js';

/** What a reader found: the facts of an error. Every field is optional. */
export interface WireFacts {
  /** The system code, in any natural form; a value that is not one is kept in `details.errorCode`. */
  readonly code?: unknown;
  /** The server's message; it wins over the catalog's. */
  readonly message?: string | undefined;
  readonly requestId?: string | undefined;
  /** The status to report, where it is not the exchange's. */
  readonly httpStatus?: number | undefined;
  readonly details?: Readonly<Record<string, unknown>> | undefined;
  /** For a code outside the catalog: what the wire says of it. A catalog code's own flags win. */
  readonly symbol?: string | undefined;
  readonly retryable?: boolean | undefined;
  readonly throttling?: boolean | undefined;
  /** The request got no system answer: the transport failure, as the client named it (no code then). */
  readonly transport?: string | undefined;
  /** Keep the code on a base instance even when it is a catalog code (a status shared with generic errors). */
  readonly asBase?: boolean | undefined;
  /** A class the reader chose itself (a body the system's own client cannot decode, say). */
  readonly errorClass?: ErrorClass | undefined;
}

/** A reader's answer: the facts of an error, a success, or "not a shape I know". */
export type WireReading = WireFacts | 'success' | 'unrecognized';

export interface WireReaders {
  /** What an exchange (HTTP, or a bare message or body) says. Pure; may assume nothing of its input. */
  readonly response: (exchange: WireExchange) => WireReading;
  /** Thrown shapes only this system knows (its client's errors); 'unrecognized' lets the core go on. */
  readonly thrown?: ((err: object, maxBytes: number) => WireReading) | undefined;
  /** The error a client's event payload carries (`{ sender, error }`), to read instead; the payload stays the cause. */
  readonly unwrap?: ((err: object) => unknown) | undefined;
  /** Response headers that carry the request id, the first found wins. */
  readonly requestIdHeaders?: readonly string[] | undefined;
  /** What `fromResponse` takes, for the message of input it cannot read. */
  readonly expected: string;
}

/** Options of `fromResponse`: the catalog language and the read bounds. */
export interface ResponseOptions extends ReadBounds {
  readonly locale?: Locale | undefined;
}

/** Options of `fromError`. */
export interface ErrorOptions {
  readonly locale?: Locale | undefined;
  readonly maxBytes?: number | undefined;
}

type IsAny<T> = 0 extends 1 & T ? true : false;
type Either<E> = E | undefined | Promise<E | undefined>;

/** A body's part in the result: a stream is read later. An `any` body (axios' `data`) is taken as a value. */
type BodyResult<B, E> = IsAny<B> extends true ? E | undefined : B extends BodyStreamLike ? Promise<E | undefined> : E | undefined;

/**
 * `fromResponse`'s result for an argument type: a promise exactly for a fetch Response or an
 * exchange whose body is a stream; both for `unknown` and `any`, which may be either.
 */
export type ResponseResult<T, E> =
  IsAny<T> extends true
    ? Either<E>
    : unknown extends T
      ? Either<E>
      : T extends FetchResponseLike
        ? Promise<E | undefined>
        : T extends { readonly body: infer B }
          ? BodyResult<B, E>
          : T extends { readonly data: infer D }
            ? BodyResult<D, E>
            : E | undefined;

/** A body stream: a web ReadableStream or a Node Readable (undici.request's body). */
export type BodyStreamLike = { getReader(): unknown } | { pipe(...args: never[]): unknown; [Symbol.asyncIterator](): unknown };

export interface FromResponse<E> {
  <T>(response: T, options?: ResponseOptions): ResponseResult<T, E>;
}

export interface WireFactories<Base extends CodedError> {
  /**
   * The error a response carries, or undefined when it succeeded. Synchronous for values; a
   * fetch `Response`, or an exchange whose body is a stream (undici.request), gives a promise
   * that never rejects (a fetch body is read from a clone within the bounds, so the caller can
   * still read it). Never throws.
   */
  readonly fromResponse: FromResponse<Base>;
  /** A typed error for anything a client of the system throws; the original is the cause. Never throws. */
  readonly fromError: (err: unknown, options?: ErrorOptions) => Base;
}

interface Context {
  readonly raw: unknown;
  readonly locale: Locale | undefined;
  /** The thrown original, when there is one. */
  readonly cause?: { readonly value: unknown };
}

function localeOf(options: unknown): Locale | undefined {
  const locale = read(options, 'locale');
  return locale === 'zh' || locale === 'en' ? locale : undefined;
}

function maxBytesOf(options: unknown): number {
  const value = read(options, 'maxBytes');
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_MAX_BYTES;
}

function messageOf(value: unknown): string | undefined {
  const message = typeof value === 'string' ? value : read(value, 'message');
  return typeof message === 'string' && message.trim() !== '' ? message : undefined;
}

export function defineWire<Base extends CodedError>(system: SystemFactories<Base>, readers: WireReaders): WireFactories<Base> {
  const { base, displayName } = system;
  const requestIdHeaders = readers.requestIdHeaders ?? ['X-Request-Id'];

  function requestIdOf(exchange: WireExchange): string | undefined {
    for (const name of requestIdHeaders) {
      const value = exchange.header(name);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /**
   * The original as the error's cause: a different failure underneath (an HTTP client's wrapper,
   * a socket error). Where the error is the original read, saying its very message, the original
   * stays at `raw` only: as a cause, every logger that follows causes would print it twice.
   */
  function causeOf(context: Context, message: string | undefined): { cause?: unknown } {
    if (context.cause === undefined) return {};
    if (message !== undefined && messageOf(context.cause.value) === message) return {};
    return { cause: context.cause.value };
  }

  /** The error for a reader's facts. */
  function fromFacts(facts: WireFacts, exchange: WireExchange | undefined, context: Context): Base | undefined {
    // The status actually received wins over the catalog's (a batch failure under a 200 says 200).
    const status = isHttpStatus(facts.httpStatus) ? facts.httpStatus : exchange?.status;
    const code = system.normalize(facts.code);
    if (code !== undefined && system.isSuccessCode(code)) return undefined;
    const foreign = code === undefined && facts.code !== undefined && facts.code !== null ? String(facts.code).slice(0, 64) : undefined;
    const details = foreign === undefined ? facts.details : { ...facts.details, errorCode: foreign };
    const init: MakeInit & { code?: number | string | undefined } = {
      message: facts.message,
      requestId: facts.requestId ?? (exchange === undefined ? undefined : requestIdOf(exchange)),
      httpStatus: status,
      details,
      locale: context.locale,
      raw: context.raw,
      symbol: facts.symbol,
      // For a code outside the catalog (or none), the status speaks where the reader did not.
      // (Undefined leaves a category's own flag in force; either saying yes is a yes.)
      retryable: facts.retryable ?? (isRetryableStatus(status) ? true : undefined),
      throttling: facts.throttling ?? (isThrottlingStatus(status) ? true : undefined),
      transport: facts.transport,
      ...causeOf(context, facts.message),
    };
    const message = facts.message !== undefined && facts.message !== '' ? facts.message : undefined;
    if (facts.errorClass !== undefined) return new (facts.errorClass as ErrorClass<Base>)(message, init);
    if (facts.asBase === true || code === undefined) {
      const fallback =
        status === undefined
          ? undefined
          : foreign === undefined
            ? `${displayName}: HTTP ${status} without a ${displayName} error code`
            : `${displayName}: HTTP ${status} with error code ${describeValue(foreign)}, not a ${displayName} code`;
      return new base(message ?? fallback, { ...init, code });
    }
    return system.make(code, init);
  }

  /** A status without a system code: only the status speaks. */
  function fromStatus(exchange: WireExchange, context: Context): Base | undefined {
    const status = exchange.status;
    if (status === undefined) return undefined;
    if (status < 400) return undefined;
    const text = shortText(exchange.body);
    return new base(text ?? `${displayName}: HTTP ${status} without a ${displayName} error code`, {
      httpStatus: status,
      requestId: requestIdOf(exchange),
      raw: context.raw,
      locale: context.locale,
      retryable: isRetryableStatus(status),
      throttling: isThrottlingStatus(status),
      ...causeOf(context, text),
    });
  }

  function invalidStatus(invalid: InvalidStatus, context: Context): Base {
    const status = invalid.invalid;
    // fetch's network error (Response.error()) has status 0: the request never got an answer.
    const network = status === 0;
    return new base(
      network
        ? `${displayName}: network error (HTTP status 0)`
        : `${displayName}: not an HTTP status: ${describeValue(status)}`,
      { raw: context.raw, locale: context.locale, retryable: network, ...(network ? { transport: 'NETWORK_ERROR' } : {}), ...causeOf(context, undefined) },
    );
  }

  function conclude(reading: WireReading, exchange: WireExchange, context: Context): Base | undefined | 'unrecognized' {
    if (reading === 'success') return undefined;
    if (reading === 'unrecognized') {
      if (exchange.status === undefined) return 'unrecognized';
      return fromStatus(exchange, context);
    }
    return fromFacts(reading, exchange, context);
  }

  function notAResponse(context: Context): Base {
    return new base(`${displayName}: not a response (expected ${readers.expected}), got ${describeValue(context.raw)}`, {
      raw: context.raw,
      locale: context.locale,
    });
  }

  function respond(input: unknown, options: unknown): Base | undefined {
    const context: Context = { raw: input, locale: localeOf(options) };
    try {
      const exchange = toExchange(input, 'response', maxBytesOf(options));
      if (isInvalid(exchange)) return invalidStatus(exchange, context);
      const result = conclude(readers.response(exchange), exchange, context);
      return result === 'unrecognized' ? notAResponse(context) : result;
    } catch {
      return new base(`${displayName}: the response could not be read`, { raw: input, locale: context.locale });
    }
  }

  /** An answer whose body must be read first: a fetch Response, or an exchange with a body stream. */
  async function respondLater(
    input: unknown,
    status: unknown,
    headers: unknown,
    readBodyLater: () => Promise<Body>,
    options: unknown,
    trace: StackTrace,
  ): Promise<Base | undefined> {
    const context: Context = { raw: input, locale: localeOf(options) };
    let result: Base | undefined;
    try {
      if (!isHttpStatus(status)) {
        result = invalidStatus({ invalid: status }, context);
      } else {
        const exchange = exchangeOf(status, headers, await readBodyLater(), 'response');
        const found = conclude(readers.response(exchange), exchange, context);
        result = found === 'unrecognized' ? notAResponse(context) : found;
      }
    } catch {
      result = new base(`${displayName}: the response could not be read`, { raw: input, locale: context.locale });
    }
    if (result !== undefined) trace.apply(result);
    return result;
  }

  function boundsOf(options: unknown): ReadBounds {
    return { maxBytes: maxBytesOf(options), timeoutMs: read(options, 'timeoutMs') as number | undefined };
  }

  /** The HTTP exchange a thrown value is or carries, read synchronously. */
  function thrownExchange(err: object, maxBytes: number): WireExchange | InvalidStatus | undefined {
    if (isFetchResponse(err)) return fetchHeadersOnly(err);
    const attached = attachedExchange(err, maxBytes);
    if (attached !== undefined) return attached;
    // A plain exchange thrown as it is: { status, headers?, body? }.
    const status = read(err, 'status') ?? read(err, 'statusCode');
    if ((typeof status === 'number' || typeof status === 'string') && ['body', 'data', 'headers'].some((k) => read(err, k) !== undefined)) {
      return toExchange(err, 'thrown', maxBytes);
    }
    return undefined;
  }

  /** A wrapper of something that is not one of this system's answers: its retry facts carry over. */
  function wrap(err: unknown, context: Context): Base {
    const coded = isCodedError(err);
    const httpStatus = coded ? read(err, 'httpStatus') : undefined;
    const requestId = coded ? read(err, 'requestId') : undefined;
    const name = read(err, 'name');
    const what = typeof name === 'string' && /^[\w$. -]{1,64}$/.test(name) ? name : 'an error';
    // An error says what it is at this level and its cause the rest (loggers print both, joined).
    const own = messageOf(err);
    const message = own === undefined ? `${displayName}: ${describeValue(err)} was thrown` : typeof err === 'string' ? own : `${displayName}: ${what} was thrown`;
    return new base(message, {
      raw: err,
      locale: context.locale,
      httpStatus: typeof httpStatus === 'number' ? httpStatus : undefined,
      requestId: typeof requestId === 'string' ? requestId : undefined,
      retryable: isRetryable(err),
      throttling: isThrottling(err),
      cause: err,
    });
  }

  function convert(err: unknown, options: unknown): Base {
    if (system.isError(err)) return err;
    const inner = typeof err === 'object' && err !== null ? readers.unwrap?.(err) : undefined;
    // The inner error is what is read; its own cause chain keeps what it wraps.
    if (inner !== undefined && inner !== err) return convert(inner, options);
    const context: Context = { raw: err, locale: localeOf(options), cause: { value: err } };
    const maxBytes = maxBytesOf(options);
    if (typeof err === 'object' && err !== null && !isCodedError(err)) {
      // 1. What only this system's clients throw (its own error shapes).
      const own = readers.thrown?.(err, maxBytes) ?? 'unrecognized';
      if (own !== 'unrecognized' && own !== 'success') {
        const made = fromFacts(own, undefined, context);
        if (made !== undefined) return made;
      }
      // 2. An HTTP response the error carries (axios, got, undici, a thrown fetch Response).
      const exchange = thrownExchange(err, maxBytes);
      if (exchange !== undefined) {
        if (isInvalid(exchange)) return invalidStatus(exchange, context);
        const found = conclude(readers.response(exchange), exchange, context);
        if (found !== undefined && found !== 'unrecognized') return found;
      } else {
        // 3. A transport failure: no system answer at all.
        const transport = findTransport(err);
        if (transport !== undefined) {
          return new base(`${displayName}: no answer (${transport.code})`, {
            raw: err,
            locale: context.locale,
            transport: transport.code,
            retryable: transport.retryable,
            cause: err,
          });
        }
        // 4. A response message or body thrown as it is.
        const reading = readers.response(toExchange(err, 'thrown', maxBytes) as WireExchange);
        if (reading !== 'success' && reading !== 'unrecognized') {
          const made = fromFacts(reading, undefined, context);
          if (made !== undefined) return made;
        }
      }
    } else if (typeof err === 'string') {
      const reading = readers.response(toExchange(err, 'thrown', maxBytes) as WireExchange);
      if (reading !== 'success' && reading !== 'unrecognized') {
        const made = fromFacts(reading, undefined, context);
        if (made !== undefined) return made;
      }
    }
    return wrap(err, context);
  }

  function convertSafely(err: unknown, options: unknown): Base {
    try {
      return convert(err, options);
    } catch {
      try {
        return new base(`${displayName}: an unreadable value was thrown`, { raw: err, cause: err });
      } catch {
        return new base(`${displayName}: an unreadable value was thrown`, { raw: err });
      }
    }
  }

  function fromResponse(response: unknown, options?: ResponseOptions): Base | undefined | Promise<Base | undefined> {
    if (isFetchResponse(response)) {
      const trace = StackTrace.capture(fromResponse);
      return respondLater(response, read(response, 'status'), read(response, 'headers'), () => readFetchBody(response, boundsOf(options)), options, trace);
    }
    const parts = partsOf(response);
    if (parts !== undefined && !('invalid' in parts) && isBodyStream(parts.body)) {
      const trace = StackTrace.capture(fromResponse);
      return respondLater(response, parts.status, parts.headers, () => readStreamBody(parts.body, boundsOf(options)), options, trace);
    }
    const built = buildWithStackPaused(() => respond(response, options));
    if (built.paused && built.value !== undefined) (Error as StackHooks).captureStackTrace?.(stackHolder(built.value) ?? built.value, fromResponse);
    return built.value;
  }

  function fromError(err: unknown, options?: ErrorOptions): Base {
    const built = buildWithStackPaused(() => convertSafely(err, options));
    // Our own error passes through with its own trace.
    if (built.paused && built.value !== err) (Error as StackHooks).captureStackTrace?.(stackHolder(built.value) ?? built.value, fromError);
    return built.value;
  }

  return { fromResponse: fromResponse as FromResponse<Base>, fromError };
}

/** A trace taken when an async factory is called, given to the error it settles with later. */
class StackTrace {
  private constructor(private readonly frames: string | undefined) {}

  static capture(skipTo: Function): StackTrace {
    const holder: { stack?: string } = {};
    try {
      (Error as StackHooks).captureStackTrace?.(holder, skipTo);
    } catch {
      return new StackTrace(undefined);
    }
    const stack = typeof holder.stack === 'string' ? holder.stack : undefined;
    const newline = stack?.indexOf('\n') ?? -1;
    return new StackTrace(stack === undefined || newline < 0 ? undefined : stack.slice(newline));
  }

  apply(error: Error): void {
    if (this.frames === undefined) return;
    try {
      Object.defineProperty(error, 'stack', {
        value: `${headerName(error)}: ${error.message}${this.frames}`,
        writable: true,
        configurable: true,
      });
    } catch {
      // A frozen error keeps its own trace.
    }
  }
}
