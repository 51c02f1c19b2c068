// Huawei Cloud GES HTTP responses. Management-plane error bodies come in two shapes:
// v2 APIs send { error_code, error_msg }, v1.0 APIs { errorCode, errorMessage } (sometimes with
// "result": "failed"); Huawei gateways and SDK fallbacks add { error: { code, message } } and
// { code, message }. The request id is the X-Request-Id header (TraceID is kept in details).
// A response is { status, headers?, body } (body parsed JSON, JSON text or bytes), an axios-style
// { status, headers, data }, or a fetch Response. Success gives undefined.
import {
  type FetchResponseLike,
  type HttpResponseLike,
  decodeText,
  describeValue,
  getHeader,
  isFetchResponse,
  isRecord,
  parseBody,
  read,
  readFetchResponse,
} from '@errs/core';
import { GesError } from './generated/base.js';
import { fromCode } from './generated/factories.js';
import { normalizeCode } from './normalize-code.js';

/** What an error body says. `code` is the code as sent, which may not be a GES code. */
export interface BodyFacts {
  readonly code?: string;
  readonly message?: string;
  readonly requestId?: string;
  readonly encodedAuthorizationMessage?: string;
  /** v1.0 APIs: "result": "failed". */
  readonly failed: boolean;
}

const MAX_DEPTH = 4;
const MAX_KEYS = 64;
const SHORT_TEXT = 200;

/** A non-empty string, as given. */
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** An explicit error-code field: a non-empty string (trimmed) or a finite number. */
const codeField = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
};

const first = (record: unknown, keys: readonly string[]): string | undefined => {
  for (const key of keys) {
    const value = text(read(record, key));
    if (value !== undefined) return value;
  }
  return undefined;
};

const MESSAGE_KEYS = ['error_msg', 'errorMessage', 'errorMsg', 'error_message', 'message'] as const;

/**
 * The code and message of one object, in the order the Huawei Cloud SDKs look: `error_code` +
 * `error_msg` (v2), `errorCode` + `errorMessage` (v1.0), then `code` + `message`. A bare `code`
 * counts only with a message beside it (the Go and Python SDK rule) or when it is a GES code;
 * `generic: false` (thrown errors, whose `code` is 'ECONNREFUSED' and the like) takes GES codes only.
 */
function pairOf(record: Record<string, unknown>, generic: boolean): { code?: string; message?: string } {
  const snake = codeField(read(record, 'error_code'));
  if (snake !== undefined) return { code: snake, message: first(record, ['error_msg', 'error_message', ...MESSAGE_KEYS]) };
  const camel = codeField(read(record, 'errorCode'));
  if (camel !== undefined) return { code: camel, message: first(record, ['errorMessage', 'errorMsg', ...MESSAGE_KEYS]) };
  const bare = text(read(record, 'code'))?.trim();
  const message = first(record, ['message', ...MESSAGE_KEYS]);
  if (bare !== undefined && (normalizeCode(bare) !== undefined || (generic && message !== undefined))) return { code: bare, message };
  return { message };
}

/**
 * Looks for a code in nested objects: `error` first (the Node SDK), then, when `generic`, the
 * others (the Go and Python SDKs recurse into every nested object).
 */
function nestedPair(record: Record<string, unknown>, generic: boolean, depth: number): { code?: string; message?: string } | undefined {
  if (depth >= MAX_DEPTH) return undefined;
  let keys: string[];
  try {
    keys = Object.keys(record).slice(0, MAX_KEYS);
  } catch {
    return undefined;
  }
  const ordered = generic ? (keys.includes('error') ? ['error', ...keys.filter((k) => k !== 'error')] : keys) : keys.filter((k) => k === 'error');
  for (const key of ordered) {
    const value = read(record, key);
    if (!isRecord(value)) continue;
    const pair = pairOf(value, generic);
    if (pair.code !== undefined) return pair;
    const deeper = nestedPair(value, generic, depth + 1);
    if (deeper !== undefined) return deeper;
  }
  return undefined;
}

/**
 * The facts of a parsed error body (an object). `generic: false` is for objects that are not
 * known to be error bodies (a 2xx body, a thrown error): there only the explicit error fields
 * count (`error_code`, `errorCode`, `error: {...}`, a GES code in `code`). Never throws.
 */
export function readBody(record: Record<string, unknown>, generic = true): BodyFacts {
  const top = pairOf(record, generic);
  const found = top.code !== undefined ? top : (nestedPair(record, generic, 0) ?? top);
  const error = read(record, 'error');
  const result = read(record, 'result');
  return {
    code: found.code,
    message: found.message ?? top.message ?? text(error),
    requestId: first(record, ['request_id', 'requestId']),
    encodedAuthorizationMessage:
      first(record, ['encoded_authorization_message', 'encodedAuthorizationMessage']) ??
      (isRecord(error) ? first(error, ['encoded_authorization_message', 'encodedAuthorizationMessage']) : undefined),
    failed: typeof result === 'string' && result.trim().toLowerCase() === 'failed',
  };
}

/** An HTTP status from a number or a numeric string, 100–599; else undefined. */
export function httpStatusOf(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d{3}\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}

/** Drops undefined values; undefined when nothing is left. */
function compact(record: Record<string, unknown>): Record<string, unknown> | undefined {
  const entries = Object.entries(record).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

/** What the caller knows besides the body: kept on the error. */
export interface ErrorContext {
  readonly raw: unknown;
  readonly cause?: unknown;
  readonly hasCause?: boolean;
  readonly requestId?: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * The error for a code found in a response or thrown error: its catalog class when it is a GES
 * code (unknown GES codes keep the code in their category class), else `GesError` with the code
 * in `details.errorCode` (an API gateway 'APIGW.0301', say).
 */
export function errorFor(
  code: string | undefined,
  message: string | undefined,
  status: number | undefined,
  context: ErrorContext & { readonly encodedAuthorizationMessage?: string; readonly traceId?: string },
): GesError {
  const normalized = normalizeCode(code);
  const details = compact({
    ...context.details,
    errorCode: normalized === undefined ? code : undefined,
    traceId: context.traceId,
    encodedAuthorizationMessage: context.encodedAuthorizationMessage,
  });
  const options = {
    requestId: context.requestId,
    details,
    raw: context.raw,
    ...(status !== undefined && status >= 400 ? { httpStatus: status } : {}),
    ...(context.hasCause ? { cause: context.cause } : {}),
  };
  if (normalized !== undefined) return fromCode(normalized, { ...options, message });
  const fallback =
    message ??
    (code === undefined
      ? `Huawei Cloud GES: ${status === undefined ? 'error' : `HTTP ${status}`} without an error code`
      : `Huawei Cloud GES: error code ${describeValue(code)} is not a GES code`);
  // Without a GES code only the status speaks: a gateway overload (429) or a server-side failure
  // (5xx, e.g. APIG's 502/503/504) is worth retrying; a 4xx is not.
  const retryable = status !== undefined && (status === 429 || status >= 500);
  return new GesError(fallback, { ...options, retryable });
}

/** Short, non-HTML body text, usable as a message. */
function shortText(body: unknown): string | undefined {
  const decoded = decodeText(body)?.trim();
  if (decoded === undefined || decoded === '' || decoded.length > SHORT_TEXT || decoded.startsWith('<')) return undefined;
  return decoded;
}

/**
 * The error of one HTTP exchange, or undefined when it succeeded (status below 400 and no error
 * code in the body). `status` undefined: only a code in the body makes an error.
 */
export function fromExchange(
  status: number | undefined,
  headers: unknown,
  body: unknown,
  context: ErrorContext,
): GesError | undefined | 'no-status' {
  const parsed = parseBody(body);
  const facts = isRecord(parsed) ? readBody(parsed, status === undefined || status >= 400) : undefined;
  const requestId = getHeader(headers, 'X-Request-Id') ?? facts?.requestId ?? context.requestId;
  const traceId = getHeader(headers, 'TraceID');
  const isError = facts !== undefined && (facts.code !== undefined || facts.failed);
  if (!isError) {
    if (status === undefined) return 'no-status';
    if (status < 400) return undefined;
  }
  const message = facts?.message ?? (facts?.code === undefined ? shortText(parsed) : undefined);
  return errorFor(facts?.code, message, status, {
    ...context,
    requestId,
    traceId,
    encodedAuthorizationMessage: facts?.encodedAuthorizationMessage,
  });
}

const NOT_A_RESPONSE = 'Huawei Cloud GES: not a response (expected { status, headers?, body }, a GES error body, or a fetch Response)';

function fromPlain(response: unknown): GesError | undefined {
  if (isRecord(response)) {
    const status = httpStatusOf(read(response, 'status') ?? read(response, 'statusCode'));
    if (status !== undefined || 'body' in response) {
      const body = 'body' in response ? read(response, 'body') : read(response, 'data');
      const result = fromExchange(status, read(response, 'headers'), body, { raw: response });
      return result === 'no-status' ? new GesError(NOT_A_RESPONSE, { raw: response }) : result;
    }
  }
  // A bare error body (object, JSON text or bytes): only a code or "result": "failed" counts.
  const result = fromExchange(undefined, undefined, response, { raw: response });
  return result === 'no-status' ? new GesError(NOT_A_RESPONSE, { raw: response }) : result;
}

function safely(response: unknown): GesError | undefined {
  try {
    return fromPlain(response);
  } catch {
    return new GesError(NOT_A_RESPONSE, { raw: response });
  }
}

/**
 * The error a GES response carries, or undefined when it succeeded. A fetch `Response` gives a
 * promise (its body is read from a clone; `raw` is then `{ status, headers, body }` as read).
 * The server's message wins over the catalog's; the status actually received is `httpStatus`;
 * `X-Request-Id` is `requestId`, `TraceID` is `details.traceId`. A code outside the catalog is
 * kept (`'GES.8012'` gives a `GesServicePlaneError` with that code); a status of 400 or more
 * without a code gives a `GesError` with the status. Never throws (nor rejects).
 */
export function fromResponse(response: FetchResponseLike): Promise<GesError | undefined>;
export function fromResponse(
  response: HttpResponseLike | { readonly status: number; readonly headers?: unknown; readonly data?: unknown },
): GesError | undefined;
export function fromResponse(response: unknown): GesError | undefined | Promise<GesError | undefined>;
export function fromResponse(response: unknown): GesError | undefined | Promise<GesError | undefined> {
  let fetched = false;
  try {
    fetched = isFetchResponse(response);
  } catch {
    fetched = false;
  }
  if (!fetched) return safely(response);
  return readFetchResponse(response as FetchResponseLike).then(
    (exchange) => safely(exchange),
    () => new GesError(NOT_A_RESPONSE, { raw: response }),
  );
}
