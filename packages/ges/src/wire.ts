// fromResponse and fromError of Huawei Cloud GES: the core's wire pipeline over this system's readers.
import { type ErrorOptions, type FromResponse, defineWire } from '@errs/core';
import type { GesError } from './generated/base.js';
import { system } from './generated/factories.js';
import { readResponse } from './read-response.js';
import { readThrown } from './read-thrown.js';

const wire = /* @__PURE__ */ defineWire<GesError>(system, {
  response: readResponse,
  thrown: readThrown,
  requestIdHeaders: ['X-Request-Id'],
  expected: '{ status, headers?, body }, a GES error body, or a fetch Response',
});

/**
 * The error a GES response carries, or undefined when it succeeded. Takes `{ status | statusCode
 * | httpStatusCode, headers?, body | data }` (what the Huawei Cloud SDK resolves with, too), a
 * bare error body, or a fetch `Response` (a promise; read from a clone within 8 MiB and 5 s). The
 * server's message wins; the status received is `httpStatus`; `X-Request-Id` is `requestId`,
 * `TraceID` is `details.traceId`. A code outside the catalog is kept ('GES.8012' gives its
 * category class); a code that is not a GES code is `details.errorCode`. Never throws.
 */
export const fromResponse: FromResponse<GesError> = /* @__PURE__ */ (() => wire.fromResponse)();

/**
 * A typed error for anything a GES client throws: Huawei Cloud SDK exceptions by `errorCode`
 * (recovering the code from an attached response or the message where the SDK lost it), HTTP
 * client errors (axios, got, undici, a thrown fetch Response), thrown bodies, and transport
 * failures (a `GesError` with `transport` set and no code). Our own errors come back as they are;
 * the original is the `cause`. Never throws.
 */
export const fromError: (err: unknown, options?: ErrorOptions) => GesError = /* @__PURE__ */ (() => wire.fromError)();
