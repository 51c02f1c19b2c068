// fromResponse and fromError of Polaris: the core's wire pipeline over this system's reader.
import { type ErrorOptions, type FromResponse, defineWire } from '@errs/core';
import type { PolarisError } from './generated/base.js';
import { system } from './generated/factories.js';
import { readResponse } from './read-response.js';

const wire = /* @__PURE__ */ defineWire<PolarisError>(system, {
  response: readResponse,
  requestIdHeaders: ['Request-Id', 'X-Request-Id'],
  expected: '{ code, info }, { status, headers, body } or a fetch Response',
});

/**
 * The error a Polaris response carries, or undefined when it succeeded (200000-200002, and a
 * batch whose children all succeeded): a response message (`{ code, info }`, wrappers too), an
 * HTTP exchange (`status` / `statusCode`, headers, body; `X-Polaris-Code` counts), or a fetch
 * `Response` (a promise). The server's `info` is the message; text after the catalog message and
 * ': ' is also `details.detail`; a batch keeps its failing children in `details.failures`.
 * Bodies are read within 8 MiB and 5 s (`maxBytes`, `timeoutMs`). Never throws.
 */
export const fromResponse: FromResponse<PolarisError> = /* @__PURE__ */ (() => wire.fromResponse)();

/**
 * A typed error for anything a Polaris client throws: HTTP client errors (axios, got, undici, a
 * thrown fetch Response), thrown response messages, and transport failures (a `PolarisError` with
 * `transport` set and no code). Our own errors come back as they are; the original is the
 * `cause`. Never throws.
 */
export const fromError: (err: unknown, options?: ErrorOptions) => PolarisError = /* @__PURE__ */ (() => wire.fromError)();
