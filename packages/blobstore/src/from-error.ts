// What clients of CubeFS blobstore throw, as typed errors. There is no official JavaScript client,
// so this reads the shapes HTTP clients give: axios-style errors (`response.{status, data,
// headers}`, also superagent's `response.body` and got's `response.statusCode`), and the Go rpc
// client's error `rpc.Error{Status, Code, Err}` as it looks once marshalled or mirrored in JS
// (`{ status|Status, code|Code, error|Err }`). The original is kept as `cause` and in `raw`.
import { describeValue, integerCode, isCodedError, isFetchResponse, isRecord, read } from '@errs/core';
import { BlobstoreError } from './generated/base.js';
import { isBlobstoreError } from './generated/factories.js';
import { fromExchange } from './from-response.js';

function messageOf(value: unknown): string | undefined {
  const message = read(value, 'message');
  return typeof message === 'string' && message !== '' ? message : undefined;
}

/** An HTTP client's error that carries the response: axios, superagent, got, ky (no body then). */
function fromHttpClientError(err: Record<string, unknown>): BlobstoreError | undefined {
  const response = read(err, 'response');
  if (!isRecord(response)) return undefined;
  const status = read(response, 'status') ?? read(response, 'statusCode');
  if (status === undefined) return undefined;
  // A fetch Response (ky's HTTPError) cannot be read synchronously: the status decides alone.
  const body = isFetchResponse(response) ? undefined : (read(response, 'data') ?? read(response, 'body'));
  return fromExchange(status, read(response, 'headers'), body, { raw: err, cause: err }) ?? undefined;
}

/** The Go rpc client's error shape: an integer status plus an error text or error code. */
function fromRpcError(err: Record<string, unknown>): BlobstoreError | undefined {
  const status = read(err, 'status') ?? read(err, 'Status');
  if (integerCode(status) === undefined) return undefined;
  const error = read(err, 'error') ?? read(err, 'Err');
  const code = read(err, 'code') ?? read(err, 'Code');
  if (error === undefined && code === undefined) return undefined;
  // A JavaScript error mirroring the shape keeps its text in `message`.
  const message = typeof error === 'string' && error.trim() !== '' ? error : (messageOf(err) ?? error);
  return fromExchange(status, undefined, { error: message, code }, { raw: err, cause: err }) ?? undefined;
}

function wrap(err: unknown): BlobstoreError {
  if (isBlobstoreError(err)) return err;
  if (isCodedError(err)) return new BlobstoreError(err.message, { cause: err, raw: err });
  if (isRecord(err)) {
    const mapped = fromHttpClientError(err) ?? fromRpcError(err);
    if (mapped !== undefined) return mapped;
    const message = messageOf(err);
    if (message !== undefined) return new BlobstoreError(message, { cause: err, raw: err });
  }
  if (typeof err === 'string' && err.trim() !== '') return new BlobstoreError(err, { cause: err, raw: err });
  return new BlobstoreError(`CubeFS blobstore: ${describeValue(err)} was thrown`, { cause: err, raw: err });
}

/**
 * A typed error for anything a CubeFS blobstore client throws: our own errors as they are, HTTP
 * responses through `fromResponse`'s rules, anything else as a `BlobstoreError` with its message.
 * The original is the `cause`. A response that turns out to be a success (an HTTP client set to
 * throw on 2xx) is not read as a code. Never throws.
 */
export function fromError(err: unknown): BlobstoreError {
  try {
    return wrap(err);
  } catch {
    // Only hostile input gets here (a revoked Proxy, a getter that throws).
    return new BlobstoreError('CubeFS blobstore: an unreadable value was thrown', { cause: err, raw: err });
  }
}
