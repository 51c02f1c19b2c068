// fromResponse and fromError of CubeFS blobstore: the core's wire pipeline over this system's readers.
import { type ErrorOptions, type FromResponse, defineWire } from '@errs/core';
import type { BlobstoreError } from './generated/base.js';
import { system } from './generated/factories.js';
import { readResponse } from './read-response.js';
import { readThrown } from './read-thrown.js';

const wire = /* @__PURE__ */ defineWire<BlobstoreError>(system, {
  response: readResponse,
  thrown: readThrown,
  // Blobstore servers set Blobstore-Tracer-Traceid on every response (the request's X-Reqid when sent).
  requestIdHeaders: ['Blobstore-Tracer-Traceid', 'X-Reqid', 'X-Request-Id'],
  expected: '{ status, headers?, body } or a fetch Response',
});

/**
 * The error a CubeFS blobstore HTTP response carries, or undefined when it succeeded. Takes
 * `{ status | statusCode, headers?, body | data }` (body as parsed JSON, JSON text or bytes) or a
 * fetch `Response` (a promise; the body is read from a clone within 8 MiB and 5 s). Never throws.
 */
export const fromResponse: FromResponse<BlobstoreError> = /* @__PURE__ */ (() => wire.fromResponse)();

/**
 * A typed error for anything a blobstore client throws: HTTP client errors (axios, got, undici, a
 * thrown fetch Response), the Go rpc client's error shape, and transport failures (a
 * `BlobstoreError` with `transport` set and no code). Our own errors come back as they are; the
 * original is the `cause`. Never throws.
 */
export const fromError: (err: unknown, options?: ErrorOptions) => BlobstoreError = /* @__PURE__ */ (() => wire.fromError)();
