// The contract every system package is held to, run by each package's own test file: the public
// functions are total over hostile values, every error they make serializes, bodies read the
// same as objects, JSON text and bytes, transport failures and bare statuses get one retry answer
// in every package, wrapping keeps a retryable answer, reads are bounded, secrets never reach
// JSON, and traces start at the caller. The oracle is the contract (DESIGN.md), not the code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { denseGraph, hostile, hostileInit, hugeSparseArray } from './hostile.js';

/** What a system package exports, as the kit uses it. */
export interface SystemModule {
  // `any` parameters: each package's own signatures are narrower than what the kit throws at them.
  readonly fromResponse: (response: any, options?: any) => unknown;
  readonly fromError: (err: any, options?: any) => unknown;
  readonly fromCode: (code: any, init?: any) => unknown;
  readonly fromJSON: (json: unknown) => unknown;
  readonly isCodedError: (value: unknown) => boolean;
  readonly isRetryable: (value: unknown) => boolean;
  readonly isThrottling: (value: unknown) => boolean;
  readonly catalog: readonly {
    readonly code: number | string;
    readonly retryable: boolean;
    readonly retryableWhy?: string;
    readonly throttling?: true;
    readonly beforeRetry?: string;
    readonly success?: true;
  }[];
}

export interface SystemSpec {
  /** The system base class (`NebulaError`). */
  readonly base: abstract new (...args: never[]) => Error;
  /** The package's own guard (`isNebulaError`). */
  readonly isError: (value: unknown) => boolean;
  /** A catalog code and its class, from the seed documents. */
  readonly sample: { readonly code: number | string; readonly className: string };
  /** Bodies (as objects) that the system's docs say carry an error, each with its expected code. */
  readonly errorBodies: readonly { readonly body: object; readonly code: number | string; readonly status?: number }[];
  /** Bodies (as objects) that are successes. */
  readonly successBodies: readonly { readonly body: object; readonly status?: number }[];
  /** Whether the system speaks HTTP (`{ status, headers, body }` and fetch Responses). */
  readonly http: boolean;
}

type Err = Error & Record<string, unknown>;

const RETRYABLE_STATUSES = [408, 429, 500, 502, 503, 504];
const PERMANENT_STATUSES = [400, 401, 403, 404, 405, 409, 413, 422, 501, 505];

function socketError(code: string, errno: number): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:9669`), { code, errno, syscall: 'connect', address: '127.0.0.1', port: 9669 });
}

/** Transport failures as Node, undici, fetch and axios throw them. */
export function transportFailures(): { readonly label: string; readonly err: unknown; readonly retryable: boolean }[] {
  const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
  const undiciSocket = Object.assign(new Error('other side closed'), { name: 'SocketError', code: 'UND_ERR_SOCKET' });
  const aggregate = Object.assign(new AggregateError([socketError('ECONNREFUSED', -111), socketError('ECONNREFUSED', -111)], ''), { code: 'ECONNREFUSED' });
  return [
    { label: 'ECONNREFUSED (errno -111)', err: socketError('ECONNREFUSED', -111), retryable: true },
    { label: 'ECONNRESET', err: socketError('ECONNRESET', -104), retryable: true },
    { label: 'EPIPE (errno -32)', err: socketError('EPIPE', -32), retryable: true },
    { label: 'ETIMEDOUT', err: socketError('ETIMEDOUT', -110), retryable: true },
    { label: 'EHOSTUNREACH', err: socketError('EHOSTUNREACH', -113), retryable: true },
    { label: 'ENETUNREACH', err: socketError('ENETUNREACH', -101), retryable: true },
    { label: 'EAI_AGAIN', err: socketError('EAI_AGAIN', -3001), retryable: true },
    { label: 'EINTR-like errno -4 with a socket code', err: socketError('ECONNRESET', -4), retryable: true },
    { label: 'ENOTFOUND (errno -3008), not transient', err: socketError('ENOTFOUND', -3008), retryable: false },
    { label: 'happy-eyeballs AggregateError', err: aggregate, retryable: true },
    { label: 'fetch failed caused by ECONNREFUSED', err: new TypeError('fetch failed', { cause: socketError('ECONNREFUSED', -111) }), retryable: true },
    { label: 'fetch failed caused by an undici socket error', err: new TypeError('fetch failed', { cause: undiciSocket }), retryable: true },
    { label: 'fetch failed alone', err: new TypeError('fetch failed'), retryable: true },
    { label: 'AbortSignal.timeout TimeoutError', err: timeout, retryable: true },
    { label: 'undici headers timeout', err: Object.assign(new Error('Headers Timeout Error'), { name: 'HeadersTimeoutError', code: 'UND_ERR_HEADERS_TIMEOUT' }), retryable: true },
    { label: 'undici connect timeout', err: Object.assign(new Error('Connect Timeout Error'), { name: 'ConnectTimeoutError', code: 'UND_ERR_CONNECT_TIMEOUT' }), retryable: true },
    { label: 'undici body timeout', err: Object.assign(new Error('Body Timeout Error'), { name: 'BodyTimeoutError', code: 'UND_ERR_BODY_TIMEOUT' }), retryable: true },
    { label: 'axios timeout', err: Object.assign(new Error('timeout of 100ms exceeded'), { name: 'AxiosError', isAxiosError: true, code: 'ECONNABORTED' }), retryable: true },
    { label: 'axios refused', err: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { name: 'AxiosError', isAxiosError: true, code: 'ECONNREFUSED', cause: socketError('ECONNREFUSED', -111) }), retryable: true },
  ];
}

/** An HTTP client's error for a bare status, shaped as axios throws it. */
function httpClientError(status: number): Error {
  return Object.assign(new Error(`Request failed with status code ${status}`), {
    name: 'AxiosError',
    isAxiosError: true,
    code: status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST',
    status,
    response: { status, statusText: '', headers: { 'content-type': 'text/plain' }, data: '' },
  });
}

async function settle(value: unknown): Promise<unknown> {
  return value instanceof Promise ? await value : value;
}

/** Holds an error to the serialization contract. */
function expectSerializable(pkg: SystemModule, spec: SystemSpec, err: unknown): void {
  expect(spec.isError(err)).toBe(true);
  const json = (err as { toJSON(): unknown }).toJSON();
  const text = JSON.stringify(err);
  expect(typeof text).toBe('string');
  expect(text.length).toBeLessThan(1 << 20);
  structuredClone(json);
  const back = pkg.fromJSON(JSON.parse(text));
  expect(spec.isError(back)).toBe(true);
  expect((back as Err).code).toEqual((err as Err).code);
  expect((back as Err).retryable).toBe((err as Err).retryable);
}

/** Whether a value is an event payload `{ sender, error }`; false for values that refuse to say. */
function hasSender(value: object): boolean {
  try {
    return 'sender' in value;
  } catch {
    return false;
  }
}

function firstFrame(err: unknown): string {
  const stack = (err as Error).stack ?? '';
  return stack.split('\n').find((line) => line.trimStart().startsWith('at ')) ?? '';
}

export function contractSuite(pkg: SystemModule, spec: SystemSpec): void {
  const runs = { numRuns: 150 };

  describe('contract: total over hostile values', () => {
    it('fromResponse and fromError never throw, and every error they make serializes', async () => {
      await fc.assert(
        fc.asyncProperty(hostile, hostileInit, async ({ value }, { value: options }) => {
          const response = await settle(pkg.fromResponse(value, options as Record<string, unknown>));
          if (response !== undefined) expectSerializable(pkg, spec, response);
          const thrown = pkg.fromError(value, options as Record<string, unknown>) as Err;
          expectSerializable(pkg, spec, thrown);
          // The original is never lost: it is the error itself, or its cause (a client's event
          // payload `{ sender, error }` gives the error inside, which keeps what it wraps).
          const payload = typeof value === 'object' && value !== null && hasSender(value);
          if (!payload) expect(Object.is(thrown, value) || Object.is(thrown.cause, value)).toBe(true);
        }),
        runs,
      );
    });

    it('fromCode, fromJSON and the guards never throw, whatever the code and init', () => {
      fc.assert(
        fc.property(fc.oneof(hostile, fc.constant({ value: spec.sample.code })), hostileInit, ({ value: code }, { value: init }) => {
          let made: unknown;
          try {
            made = pkg.fromCode(code, init);
          } catch (error) {
            // Only a success code may be refused, with a RangeError.
            expect(error).toBeInstanceOf(RangeError);
            return;
          }
          expectSerializable(pkg, spec, made);
          expectSerializable(pkg, spec, pkg.fromJSON(code));
          for (const guard of [spec.isError, pkg.isCodedError, pkg.isRetryable, pkg.isThrottling]) expect(typeof guard(code)).toBe('boolean');
        }),
        runs,
      );
    });

    it('fromCode takes a server message as the second argument, and ignores null', () => {
      const withText = pkg.fromCode(spec.sample.code, 'server message') as Err;
      expect(withText.message).toBe('server message');
      expect((withText as Error).name).toBe(spec.sample.className);
      expect((pkg.fromCode(spec.sample.code, null) as Error).name).toBe(spec.sample.className);
    });

    it('values JSON and structuredClone reject never reach an error', () => {
      const err = pkg.fromCode(spec.sample.code, { requestId: 10n, httpStatus: Symbol('s'), details: { big: 10n, f: () => 1, s: Symbol('x') } } as never) as Err;
      expect(err.requestId === undefined || typeof err.requestId === 'string').toBe(true);
      expect(err.httpStatus === undefined || typeof err.httpStatus === 'number').toBe(true);
      expectSerializable(pkg, spec, err);
    });

    it('shared references and huge sparse arrays are walked within bounds', () => {
      const graph = denseGraph();
      const err = pkg.fromError(Object.assign(new Error('dense'), { cause: graph, details: graph }));
      expectSerializable(pkg, spec, err);
      const dense = pkg.fromCode(spec.sample.code, { details: graph as Record<string, unknown>, cause: graph }) as Err;
      expect(JSON.stringify(dense).length).toBeLessThan(1 << 20);
      const headers = hugeSparseArray();
      expectSerializable(pkg, spec, pkg.fromError({ response: { status: 503, headers, data: '' } }));
      if (spec.http) expectSerializable(pkg, spec, pkg.fromResponse({ status: 503, headers, body: '' }));
    });
  });

  describe('contract: the same answer for the same body', () => {
    it('object, JSON text, and UTF-8 bytes of every kind give the same error', () => {
      for (const { body, code, status } of spec.errorBodies) {
        const text = JSON.stringify(body);
        const bytes = new TextEncoder().encode(text);
        const forms = [body, text, bytes, Buffer.from(text), bytes.buffer, new DataView(bytes.buffer)];
        const answers = forms.map((form) => pkg.fromResponse(status === undefined ? form : { status, headers: {}, body: form }) as Err);
        for (const answer of answers) {
          expect(answer?.constructor).toBe(answers[0]?.constructor);
          expect(answer?.code).toEqual(code);
          expect(answer?.message).toBe(answers[0]?.message);
        }
      }
    });

    it('successes are undefined in every form', () => {
      for (const { body, status } of spec.successBodies) {
        const text = JSON.stringify(body);
        for (const form of [body, text, new TextEncoder().encode(text)]) {
          expect(pkg.fromResponse(status === undefined ? form : { status, headers: {}, body: form })).toBeUndefined();
        }
      }
    });
  });

  describe('contract: one retry answer', () => {
    it('every retryable code says why, citing the upstream behaviour (owner/repo:path)', () => {
      const cites = /[\w.-]+\/[\w.-]+:\S+/;
      const uncited = pkg.catalog.filter((e) => e.retryable && !cites.test(e.retryableWhy ?? '')).map((e) => e.code);
      expect(uncited).toEqual([]);
      // Throttling and a step before the retry are kinds of retryable, never of permanent.
      expect(pkg.catalog.filter((e) => (e.throttling === true || e.beforeRetry !== undefined) && !e.retryable).map((e) => e.code)).toEqual([]);
    });

    // Only where the status is not itself the code (blobstore's is: there the rule says nothing).
    const apart = spec.errorBodies.filter((b) => b.status !== b.code);
    if (apart.length > 0) it("a code's own flag wins over a retryable status it came with", () => {
      for (const { body, code } of apart) {
        const flag = pkg.catalog.find((e) => e.code === code)?.retryable;
        const thrown = Object.assign(new Error('Request failed with status code 503'), { response: { status: 503, headers: {}, data: body } });
        const made = pkg.fromError(thrown) as Err;
        expect([code, made.code, made.retryable, made.httpStatus]).toEqual([code, code, flag, 503]);
      }
    });

    for (const { label, err, retryable } of transportFailures()) {
      it(`a transport failure is the base class with no code: ${label}`, () => {
        const made = pkg.fromError(err) as Err;
        expect(made.constructor).toBe(spec.base);
        expect(made.code).toBeUndefined();
        expect(typeof made.transport).toBe('string');
        expect(made.retryable).toBe(retryable);
        expect(pkg.isRetryable(err)).toBe(retryable);
        expect(pkg.isRetryable(made)).toBe(retryable);
        expect(made.cause).toBe(err);
        expectSerializable(pkg, spec, made);
      });
    }

    it('a bare status without a system code gets the one answer: 408/429/5xx (not 501/505) retry, 429 throttles', () => {
      for (const status of [...RETRYABLE_STATUSES, ...PERMANENT_STATUSES]) {
        const expected = RETRYABLE_STATUSES.includes(status);
        const made = pkg.fromError(httpClientError(status)) as Err;
        expect([status, made.retryable]).toEqual([status, expected]);
        expect([status, made.throttling]).toEqual([status, status === 429]);
        expect(made.httpStatus).toBe(status);
        if (spec.http) {
          const answered = pkg.fromResponse({ status, headers: {}, body: '' }) as Err;
          expect([status, answered.retryable, answered.throttling]).toEqual([status, expected, status === 429]);
        }
      }
    });

    it('wrapping never turns a retryable answer into a non-retryable one', () => {
      const inner = pkg.fromError(socketError('ECONNRESET', -104)) as Err;
      expect(inner.retryable).toBe(true);
      const wrapped = pkg.fromError(new Error('query failed', { cause: inner })) as Err;
      expect(wrapped.retryable).toBe(true);
      expect(pkg.isRetryable(new Error('outer', { cause: new Error('middle', { cause: inner }) }))).toBe(true);
      expect(pkg.isRetryable(new Error('outer', { cause: socketError('ECONNREFUSED', -111) }))).toBe(true);
      const throttled = pkg.fromError(httpClientError(429));
      expect(pkg.isThrottling(new Error('outer', { cause: throttled }))).toBe(true);
      expect((pkg.fromError(new Error('outer', { cause: throttled })) as Err).throttling).toBe(true);
      // A user's abort is not a failure to retry.
      expect(pkg.isRetryable(new DOMException('This operation was aborted', 'AbortError'))).toBe(false);
    });

    it('our own error passes through as it is', () => {
      const own = pkg.fromCode(spec.sample.code);
      expect(pkg.fromError(own)).toBe(own);
    });
  });

  describe('contract: secrets never reach JSON', () => {
    it('a thrown value wrapping a request, its headers and a body serializes without them', () => {
      class IncomingMessage {
        headers = { authorization: 'Bearer SECRET-1' };
        rawHeaders = ['Authorization', 'Bearer SECRET-2'];
        req = { _header: 'GET / HTTP/1.1\r\nAuthorization: Bearer SECRET-3\r\n\r\n' };
      }
      const thrown = {
        message: 'request failed',
        response: new IncomingMessage(),
        req: { _header: 'Authorization: Bearer SECRET-4' },
        config: { headers: { Authorization: 'Bearer SECRET-5' }, auth: { password: 'SECRET-6' } },
        body: 'SECRET-7 raw body',
      };
      for (const err of [pkg.fromError(thrown), pkg.fromError(Object.assign(new Error('x'), thrown)), pkg.fromCode(spec.sample.code, { cause: thrown, details: thrown as never })]) {
        expect(JSON.stringify(err)).not.toMatch(/SECRET/);
      }
    });
  });

  describe('contract: traces start at the caller', () => {
    it('fromCode, fromError and fromResponse', async () => {
      const made = [pkg.fromCode(spec.sample.code), pkg.fromError(new Error('x')), pkg.fromError(socketError('ECONNRESET', -104))];
      if (spec.http) {
        made.push(pkg.fromResponse({ status: 503, headers: {}, body: '' }));
        made.push(await settle(pkg.fromResponse(new Response('', { status: 503 }))));
      } else {
        made.push(pkg.fromResponse(spec.errorBodies[0]!.body));
      }
      // The caller here is this kit's file.
      for (const err of made) expect(firstFrame(err)).toContain('contract/suite.ts');
    });
  });

  if (spec.http) {
    describe('contract: bounded reads of fetch Responses', () => {
      it('a body that never ends settles within timeoutMs, falling back to the status; the caller can still read', async () => {
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"error'));
          },
        });
        const response = new Response(stream, { status: 503 });
        const err = (await pkg.fromResponse(response, { timeoutMs: 50 })) as Err;
        expect(spec.isError(err)).toBe(true);
        expect(err.retryable).toBe(true);
        expect(response.bodyUsed).toBe(false);
      });

      it('a body past maxBytes falls back to the status; a success stays undefined; the body stays readable', async () => {
        const big = `{"pad":"${'x'.repeat(2 * 1024 * 1024)}"}`;
        const success = new Response(big, { status: 200 });
        expect(await pkg.fromResponse(success, { maxBytes: 1024 * 1024 })).toBeUndefined();
        expect((await success.text()).length).toBe(big.length);
        const failed = (await pkg.fromResponse(new Response(big, { status: 502 }), { maxBytes: 1024 })) as Err;
        expect([failed.httpStatus, failed.retryable]).toEqual([502, true]);
        expect(pkg.fromResponse({ status: 200, headers: {}, body: new TextEncoder().encode(big) }, { maxBytes: 1024 })).toBeUndefined();
      });

      it('each error body through a fetch Response gives what the value gives', async () => {
        for (const { body, status } of spec.errorBodies) {
          const plain = pkg.fromResponse({ status: status ?? 400, headers: {}, body }) as Err;
          const fetched = (await pkg.fromResponse(new Response(JSON.stringify(body), { status: Math.min(status ?? 400, 599) }))) as Err;
          if ((status ?? 400) <= 599) expect([fetched.constructor, fetched.code]).toEqual([plain.constructor, plain.code]);
        }
      });

      it("a network-error Response (status 0) is no success, and statuses that are not statuses are not either", async () => {
        expect(spec.isError(await pkg.fromResponse(Response.error()))).toBe(true);
        for (const status of [0, -1, 399.5, 1000, Number.NaN]) expect(spec.isError(pkg.fromResponse({ status, headers: {}, body: '' }))).toBe(true);
      });

      it('a thrown fetch Response keeps its status and request id', () => {
        const response = new Response('', { status: 503, headers: { 'X-Request-Id': 'r-1', 'Request-Id': 'r-1', 'Blobstore-Tracer-Traceid': 'r-1' } });
        const err = pkg.fromError(response) as Err;
        expect([err.httpStatus, err.requestId, err.retryable]).toEqual([503, 'r-1', true]);
        const wrapped = pkg.fromError({ message: 'HTTPError', response }) as Err;
        expect(wrapped.httpStatus).toBe(503);
      });
    });
  }
}
