// What a CubeFS blobstore answer says. The status *is* the code (errors.Error implements
// rpc.HTTPError with StatusCode() == code), and the body is rpc.errorResponse: {"error":
// "<message>"}, plus "code" when the error has an error code (omitempty, so never for catalog
// codes). Decisions where the wire is ambiguous follow the Go client (blobstore/common/rpc) and
// the servers:
// - Below 400 nothing is an error, except the generic 201 "Data Already Exist" (ErrExist), which
//   servers answer through RespondError: a 201 whose body is exactly that error.
// - 400 and 404 are shared by a catalog code (CodeAccessExceedSize, CodeShardNotFound) and generic
//   errors. The message decides: the catalog class only for the catalog's message; a generic
//   message gives a base `BlobstoreError` with that generic error's symbol and retry flag; any
//   other message, or none, a base `BlobstoreError` with code = status.
// - A body JSON cannot decode under a catalog status (611 with an HTML page) is what the Go client
//   turns into 598 "JSONDecode". Under any other status (a proxy's 502 page, a router's 404 text)
//   only the status speaks, so a bare status gets the same retry answer as in every system.
// - A body past the read bound is not read: the status (the code) and headers speak.
import { type LocalizedText, type WireExchange, type WireFacts, type WireReading, decodeText, isRecord, read } from '@errs/core';
import { BlobstoreJsonDecodeError } from './generated/classes.js';
import { classes } from './generated/registry.js';
import { findGeneric, isGenericStatus, sameMessage } from './generic-errors.js';

/** A non-blank text from a string or bytes. */
const text = (value: unknown): string | undefined => {
  const decoded = decodeText(value);
  return decoded === undefined || decoded.trim() === '' ? undefined : decoded;
};

type Body =
  | { readonly kind: 'none' }
  | { readonly kind: 'json'; readonly message: string | undefined; readonly errorCode: string | undefined }
  | { readonly kind: 'undecodable' };

/** The body as the Go client reads it: nothing, an errorResponse, or something JSON cannot decode. */
function bodyOf(exchange: WireExchange): Body {
  const body = exchange.body;
  if (exchange.truncated || body === undefined || body === null) return { kind: 'none' };
  if (typeof body === 'string') return body.trim() === '' ? { kind: 'none' } : { kind: 'undecodable' };
  if (!isRecord(body)) return { kind: 'undecodable' };
  // rpc.errorResponse is { error, code }; rpc.ReplyErr marshals rpc.Error itself: { Status, Code, Err }.
  return {
    kind: 'json',
    message: text(read(body, 'error') ?? read(body, 'Err')),
    errorCode: text(read(body, 'code') ?? read(body, 'Code')),
  };
}

/** The catalog class's own message matches the server's (so a shared status is the catalog code). */
function isCatalogMessage(code: number, message: string): boolean {
  const messages = (classes.get(code) as { readonly messages?: LocalizedText } | undefined)?.messages;
  return [messages?.en, messages?.zh].some((m) => m !== undefined && sameMessage(m, message));
}

export function readResponse(exchange: WireExchange): WireReading {
  const status = exchange.status;
  if (status === undefined) return 'unrecognized';
  const body = bodyOf(exchange);
  const message = body.kind === 'json' ? body.message : undefined;
  if (status < 400) {
    const generic = isGenericStatus(status) ? findGeneric(status, message) : undefined;
    if (generic === undefined) return 'success';
    return { code: status, message, httpStatus: status, symbol: generic.symbol, retryable: generic.retryable, asBase: true };
  }
  const catalog = classes.has(status);
  if (body.kind === 'undecodable') {
    // Under a status the generic errors share (a router's 404 page, say), or no catalog code, the status speaks.
    if (!catalog || isGenericStatus(status)) return { code: status, asBase: true };
    return { errorClass: BlobstoreJsonDecodeError, message: `${BlobstoreJsonDecodeError.messages.en} (HTTP ${status})` };
  }
  const details = body.kind === 'json' && body.errorCode !== undefined ? { errorCode: body.errorCode } : undefined;
  const facts: WireFacts = { code: status, message, details };
  const generic = findGeneric(status, message);
  if (generic !== undefined) return { ...facts, symbol: generic.symbol, retryable: generic.retryable, asBase: true };
  if (catalog && isGenericStatus(status)) {
    // A status shared by a catalog code and generic errors: only the catalog's message is the code.
    if (message === undefined) {
      return { ...facts, message: `CubeFS blobstore: HTTP ${status} without an error message; the status alone does not tell the catalog code from the generic errors`, asBase: true };
    }
    if (!isCatalogMessage(status, message)) return { ...facts, asBase: true };
  }
  return facts;
}
