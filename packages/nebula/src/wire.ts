// fromResponse and fromError of NebulaGraph: the core's wire pipeline over this system's readers.
import { type ErrorOptions, type FromResponse, defineWire } from '@errs/core';
import type { NebulaError } from './generated/base.js';
import { system } from './generated/factories.js';
import { readResponse } from './read-response.js';
import { readThrown, unwrapEvent } from './read-thrown.js';

const wire = /* @__PURE__ */ defineWire<NebulaError>(system, {
  response: readResponse,
  thrown: readThrown,
  unwrap: unwrapEvent,
  expected: '{ error_code, error_msg }, executeJson output, or an HTTP gateway response carrying it',
});

/**
 * The error a NebulaGraph response carries, or undefined when it succeeded: a thrift
 * ExecutionResponse / AuthResponse (`error_code`, `error_msg` as bytes or text) or executeJson
 * output (object, JSON text or bytes; every result is checked), bare or as the body of an HTTP
 * response. The server's message wins over the catalog's. A fetch `Response` gives a promise.
 * Bodies are read within 8 MiB (`maxBytes`); past it only executeJson's leading top-level code
 * is read. Never throws.
 */
export const fromResponse: FromResponse<NebulaError> = /* @__PURE__ */ (() => wire.fromResponse)();

/**
 * A typed error for anything a NebulaGraph client throws: the Node client's `ERR_NEBULA` errors by
 * `errno`, thrown responses, HTTP client errors carrying executeJson output, and transport
 * failures (a `NebulaError` with `transport` set and no code; retryable when transient). Our own
 * errors come back as they are; the original is the `cause`. Never throws.
 */
export const fromError: (err: unknown, options?: ErrorOptions) => NebulaError = /* @__PURE__ */ (() => wire.fromError)();
