// CubeFS blobstore HTTP responses. The status *is* the code (errors.Error implements rpc.HTTPError
// with StatusCode() == code), and the server's body is rpc.errorResponse: {"error": "<message>"},
// plus "code" when the error has an error code (omitempty, so never for catalog codes). Input is
// { status, headers?, body } with body as parsed JSON, JSON text or bytes, or a fetch Response.
//
// Decisions where the wire is ambiguous, each following what the Go client (blobstore/common/rpc)
// or the servers actually do:
// - 1xx, 2xx and 3xx are not errors: undefined. No blobstore code is below 400; a redirect is the
//   HTTP client's business. The one exception is the generic 201 "Data Already Exist" (ErrExist):
//   a server answers it through RespondError, so a 201 whose body is exactly that error is an error
//   (the Go client's ParseData reports any 2xx but 200 as an error too). A 201 with any other body
//   is a success.
// - 400 and 404 are shared by a catalog code (CodeAccessExceedSize, CodeShardNotFound) and generic
//   errors (Illegal Arguments, Request Not Allow; Not Found). The message decides: the catalog
//   class only when the message is the catalog's; a generic message gives a base `BlobstoreError`
//   with `details.generic` = the upstream symbol; any other message (e.g. rpc's 400 "Argument"
//   parse errors, a router's 404) or no message gives a base `BlobstoreError` with code = status.
// - Other generic errors (408, 416, 499, 500 and 201) likewise become a base `BlobstoreError` with
//   `details.generic`, when status and message both match a row of common.go.
// - A body that is not a JSON object (an HTML error page from a proxy, truncated JSON) is what
//   the Go client turns into status 598 "JSONDecode": it gives `BlobstoreJsonDecodeError`, with
//   the status actually received in `httpStatus` and the body in `raw`.
// - The request id: blobstore servers set `Blobstore-Tracer-Traceid` on every response (the
//   auditlog response writer); it is the request's `X-Reqid` when the client sent one. `X-Reqid`
//   and `X-Request-Id` on the response are read as well (gateways, proxies).
import {
  type FetchResponseLike,
  type HttpResponseLike,
  type LocalizedText,
  decodeText,
  describeValue,
  getHeader,
  integerCode,
  isFetchResponse,
  isRecord,
  parseBody,
  read,
  readFetchResponse,
} from '@errs/core';
import { BlobstoreError } from './generated/base.js';
import { BlobstoreJsonDecodeError } from './generated/classes.js';
import { fromCode } from './generated/factories.js';
import { classes } from './generated/registry.js';
import { findGeneric, genericErrors, isGenericStatus, sameMessage } from './generic-errors.js';

const SYSTEM = 'CubeFS blobstore';
const REQUEST_ID_HEADERS = ['Blobstore-Tracer-Traceid', 'X-Reqid', 'X-Request-Id'] as const;

/** Where an error came from: the raw wire value, and the thrown original when there is one. */
export interface Origin {
  readonly raw: unknown;
  readonly cause?: unknown;
}

type Body =
  | { readonly kind: 'empty' }
  | { readonly kind: 'json'; readonly message: string | undefined; readonly errorCode: string | undefined }
  | { readonly kind: 'undecodable' };

const EMPTY: Body = { kind: 'empty' };

/** A non-blank text from a string or bytes. */
const text = (value: unknown): string | undefined => {
  const decoded = decodeText(value);
  return decoded === undefined || decoded.trim() === '' ? undefined : decoded;
};

/** The body as the Go client reads it: nothing, an errorResponse, or something JSON cannot decode. */
function readBody(body: unknown): Body {
  const parsed = parseBody(body);
  if (parsed === undefined || parsed === null) return EMPTY;
  if (typeof parsed === 'string') return parsed.trim() === '' ? EMPTY : { kind: 'undecodable' };
  if (!isRecord(parsed)) return { kind: 'undecodable' };
  // rpc.errorResponse is { error, code }; rpc.ReplyErr marshals rpc.Error itself: { Status, Code, Err }.
  return {
    kind: 'json',
    message: text(read(parsed, 'error') ?? read(parsed, 'Err')),
    errorCode: text(read(parsed, 'code') ?? read(parsed, 'Code')),
  };
}

function requestIdOf(headers: unknown): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = getHeader(headers, name);
    if (value !== undefined) return value;
  }
  return undefined;
}

const causeOf = (origin: Origin): { cause?: unknown } => ('cause' in origin ? { cause: origin.cause } : {});

/** The catalog class's own message matches the server's (so a shared status is the catalog code). */
function isCatalogMessage(code: number, message: string): boolean {
  const messages = (classes.get(code) as { readonly messages?: LocalizedText } | undefined)?.messages;
  return [messages?.en, messages?.zh].some((m) => m !== undefined && sameMessage(m, message));
}

/**
 * The error of one HTTP exchange: undefined for success, null when `status` is not an HTTP status.
 * Shared by `fromResponse` and `fromError` (which adds the thrown original as `cause`).
 */
export function fromExchange(status: unknown, headers: unknown, body: unknown, origin: Origin): BlobstoreError | undefined | null {
  const code = integerCode(status);
  if (code === undefined || code < 100 || code > 999) return null;
  const requestId = requestIdOf(headers);
  const init = { httpStatus: code, requestId, raw: origin.raw, ...causeOf(origin) };

  if (code < 400) {
    if (!isGenericStatus(code)) return undefined;
    // Only a generic error with a 2xx status (201 "Data Already Exist") is an error below 400.
    const success = readBody(body);
    const message = success.kind === 'json' ? success.message : undefined;
    const generic = findGeneric(code, message);
    if (generic === undefined) return undefined;
    return new BlobstoreError(message, { ...init, code, symbol: generic.symbol, retryable: generic.retryable });
  }

  const parsed = readBody(body);
  if (parsed.kind === 'undecodable') {
    return new BlobstoreJsonDecodeError(`${BlobstoreJsonDecodeError.messages.en} (HTTP ${code})`, init);
  }
  const message = parsed.kind === 'json' ? parsed.message : undefined;
  const errorCode = parsed.kind === 'json' ? parsed.errorCode : undefined;
  const details = errorCode === undefined ? undefined : { errorCode };

  const generic = findGeneric(code, message);
  if (generic !== undefined) {
    return new BlobstoreError(message, { ...init, code, details, symbol: generic.symbol, retryable: generic.retryable });
  }
  if (classes.has(code) && isGenericStatus(code)) {
    // A status shared by a catalog code and generic errors: only the catalog's message is the code.
    if (message === undefined) {
      const candidates = [(classes.get(code) as { readonly symbol?: string }).symbol, ...genericErrors.filter((g) => g.status === code).map((g) => g.symbol)];
      const why = `${SYSTEM}: HTTP ${code} response without an error message; the status alone does not tell ${candidates.join(', ').replace(/, ([^,]*)$/, ' or $1')} apart`;
      return new BlobstoreError(why, { ...init, code, details });
    }
    if (!isCatalogMessage(code, message)) return new BlobstoreError(message, { ...init, code, details });
  }
  return fromCode(code, { ...init, message, details });
}

function notAResponse(input: unknown, why: string): BlobstoreError {
  return new BlobstoreError(`${SYSTEM}: not an HTTP response (${why}), got ${describeValue(input)}`, { raw: input });
}

function fromPlain(response: unknown): BlobstoreError | undefined {
  if (!isRecord(response)) return notAResponse(response, 'expected { status, headers?, body } or a fetch Response');
  const status = read(response, 'status') ?? read(response, 'statusCode');
  const body = read(response, 'body') ?? read(response, 'data');
  const err = fromExchange(status, read(response, 'headers'), body, { raw: response });
  if (err === null) return notAResponse(response, `status ${describeValue(status)} is not an HTTP status code`);
  return err;
}

async function fromFetch(response: FetchResponseLike): Promise<BlobstoreError | undefined> {
  try {
    const exchange = await readFetchResponse(response);
    return fromPlain(exchange);
  } catch (cause) {
    return new BlobstoreError(`${SYSTEM}: the fetch Response could not be read`, { raw: response, cause });
  }
}

/**
 * The error a CubeFS blobstore HTTP response carries, or undefined when it succeeded. Takes
 * `{ status, headers?, body }` (body as parsed JSON, JSON text or bytes; `data` and `statusCode`
 * are read too, as axios and got name them) or a fetch `Response`, for which it returns a
 * promise (the body is read from a clone, so the response stays readable). Input that is not a
 * response gives a `BlobstoreError` saying so, with the input in `raw`. Never throws or rejects.
 *
 * A value typed `unknown` that is in fact a fetch Response also gives a promise; narrow it first.
 */
export function fromResponse(response: FetchResponseLike): Promise<BlobstoreError | undefined>;
export function fromResponse(response: HttpResponseLike | unknown): BlobstoreError | undefined;
export function fromResponse(response: unknown): BlobstoreError | undefined | Promise<BlobstoreError | undefined> {
  try {
    if (isFetchResponse(response)) return fromFetch(response);
    return fromPlain(response);
  } catch (cause) {
    // Only hostile input gets here (a revoked Proxy, a throwing getter the core did not guard).
    return new BlobstoreError(`${SYSTEM}: the response could not be read`, { raw: response, cause });
  }
}
