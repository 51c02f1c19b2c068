// Bodies past fromResponse's bounds, sent by a loopback Polaris and read by real clients: 20 MB
// error and success bodies (over the 8 MiB default), bodies cut short (content-length larger than
// what is sent, then the socket closes) and bodies that never end. The contract: fromResponse
// settles (never rejects), falls back to the status and headers, never gives a wrong class or an
// error for a success, and leaves a fetch Response's body readable.
import axios from 'axios';
import { request, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Loopback, hanging, json, send, startLoopback, truncated } from '../../../tooling/src/loopback/server.js';
import { PolarisError, PolarisNotFoundServiceError, PolarisRequestError, fromError, fromResponse } from '../src/index.js';

const BOUND = 4_000;
// 20 MB bodies cross a socket and JSON.parse on two shared cores: a wider, still fixed, bound.
const HUGE_BOUND = 10_000;
const MB = 1024 * 1024;
const HEADERS = { 'X-Polaris-Code': '400301', 'Request-Id': 'req-huge' };

// The padding comes first, so a reader that stops early cannot have seen `code`.
const hugeError = JSON.stringify({ padding: 'x'.repeat(20 * MB), code: 400301, info: 'not found service' });
const hugeSuccess = JSON.stringify({ code: 200000, info: 'execute success', padding: 'x'.repeat(20 * MB) });
const partial = '{"code":400301,"info":"not f';

/** Without a code to go on, only the status is left: the base or the 400 category, never another code's class. */
const statusOnly = (err: unknown): boolean => err !== undefined && [PolarisError, PolarisRequestError].includes((err as object).constructor as never);

let server: Loopback;

beforeAll(async () => {
  server = await startLoopback({
    '/huge-error': send(400, hugeError, { 'content-type': 'application/json', ...HEADERS }),
    '/huge-error-no-header': send(400, hugeError, { 'content-type': 'application/json', 'Request-Id': 'req-huge' }),
    '/huge-success': send(200, hugeSuccess, { 'content-type': 'application/json' }),
    '/small-padded': json(400, { padding: 'x'.repeat(4096), code: 400301, info: 'not found service' }, HEADERS),
    '/truncated': truncated(400, partial, 1000, { 'Request-Id': 'req-cut' }),
    '/truncated-with-code': truncated(400, partial, 1000, { 'X-Polaris-Code': '400301', 'Request-Id': 'req-cut' }),
    '/truncated-success': truncated(200, '{"code":200000,"info":"exec', 1000),
    '/never-ends': hanging(400, '{"code":', { 'Request-Id': 'req-hang' }),
    '/never-ends-with-code': hanging(400, '{"code":', { 'X-Polaris-Code': '400301' }),
    '/never-ends-success': hanging(200, '{"code":200000,"instances":['),
  });
});

afterAll(async () => {
  await server?.close();
});

describe('bodies over maxBytes', { timeout: HUGE_BOUND }, () => {
  it('a 20 MB error with X-Polaris-Code (fetch): the header\'s class, and the body stays readable', async () => {
    const res = await fetch(server.url('/huge-error'));
    const err = await fromResponse(res);
    expect(err).toBeInstanceOf(PolarisNotFoundServiceError);
    expect(err?.httpStatus).toBe(400);
    expect(err?.requestId).toBe('req-huge');
    expect((await res.text()).length).toBe(hugeError.length);
  });

  it('a 20 MB error without the header (undici fetch): the status alone, never a wrong class', async () => {
    const res = await undiciFetch(server.url('/huge-error-no-header'));
    const err = await fromResponse(res);
    expect(statusOnly(err) || err instanceof PolarisNotFoundServiceError).toBe(true);
    expect(err?.httpStatus).toBe(400);
    expect(err?.requestId).toBe('req-huge');
    expect(err?.retryable).toBe(false);
    expect((await res.text()).length).toBe(hugeError.length);
  });

  it('a 20 MB error as undici.request\'s body stream', async () => {
    const { statusCode, headers, body } = await request(server.url('/huge-error'));
    const err = await fromResponse({ statusCode, headers, body });
    expect(err).toBeInstanceOf(PolarisNotFoundServiceError);
    expect(err?.httpStatus).toBe(400);
  });

  it('a 20 MB error through axios (parsed in full by axios)', async () => {
    const thrown = await axios.get(server.url('/huge-error')).catch((e: unknown) => e);
    const err = fromError(thrown);
    expect(err).toBeInstanceOf(PolarisNotFoundServiceError);
    expect(err.httpStatus).toBe(400);
  });

  it('a 20 MB success is a success, whatever the client, and stays readable', async () => {
    const res = await fetch(server.url('/huge-success'));
    expect(await fromResponse(res)).toBeUndefined();
    expect((await res.text()).length).toBe(hugeSuccess.length);

    const viaUndici = await undiciFetch(server.url('/huge-success'));
    expect(await fromResponse(viaUndici)).toBeUndefined();

    const { statusCode, headers, body } = await request(server.url('/huge-success'));
    expect(await fromResponse({ statusCode, headers, body })).toBeUndefined();
  });

  it('maxBytes is honoured: a 4 KB body over { maxBytes: 1024 } falls back to the headers', async () => {
    const res = await fetch(server.url('/small-padded'));
    const err = await fromResponse(res, { maxBytes: 1024 });
    expect(err).toBeInstanceOf(PolarisNotFoundServiceError);
    expect(JSON.parse(await res.text()).code).toBe(400301);
  });
});

describe('bodies cut short', { timeout: BOUND }, () => {
  it.each([
    ['global fetch', fetch],
    ['undici fetch', undiciFetch as unknown as typeof fetch],
  ])('%s: fromResponse resolves with the status and Request-Id', async (_name, f) => {
    const err = await fromResponse(await f(server.url('/truncated')));
    expect(statusOnly(err)).toBe(true);
    expect(err?.httpStatus).toBe(400);
    expect(err?.requestId).toBe('req-cut');
    expect(err?.retryable).toBe(false);

    expect(await fromResponse(await f(server.url('/truncated-with-code')))).toBeInstanceOf(PolarisNotFoundServiceError);
  });

  it('undici.request\'s body stream ending early', async () => {
    const { statusCode, headers, body } = await request(server.url('/truncated'));
    const err = await fromResponse({ statusCode, headers, body });
    expect(statusOnly(err)).toBe(true);
    expect(err?.httpStatus).toBe(400);
    expect(err?.requestId).toBe('req-cut');
  });

  it('axios: "stream has been aborted" (ERR_BAD_RESPONSE) with the 400 response kept', async () => {
    const thrown = await axios.get(server.url('/truncated-with-code')).catch((e: unknown) => e);
    expect(thrown).toMatchObject({ code: 'ERR_BAD_RESPONSE', message: 'stream has been aborted', response: { status: 400 } });
    const err = fromError(thrown);
    expect(err).toBeInstanceOf(PolarisNotFoundServiceError);
    expect(err.httpStatus).toBe(400);
  });

  it('a 200 cut short is still a success', async () => {
    expect(await fromResponse(await fetch(server.url('/truncated-success')))).toBeUndefined();
  });
});

describe('bodies that never end', { timeout: BOUND }, () => {
  /** Runs `read` and returns its result and how long it took. */
  async function timed<T>(read: () => Promise<T>): Promise<[T, number]> {
    const start = performance.now();
    const value = await read();
    return [value, performance.now() - start];
  }

  it.each([
    ['global fetch', fetch],
    ['undici fetch', undiciFetch as unknown as typeof fetch],
  ])('%s: fromResponse settles within { timeoutMs: 300 }', async (_name, f) => {
    const res = await f(server.url('/never-ends'));
    const [err, ms] = await timed(() => fromResponse(res, { timeoutMs: 300 }));
    expect(ms).toBeLessThan(2_000);
    expect(statusOnly(err)).toBe(true);
    expect(err?.httpStatus).toBe(400);
    expect(err?.requestId).toBe('req-hang');

    const withCode = await f(server.url('/never-ends-with-code'));
    expect(await fromResponse(withCode, { timeoutMs: 300 })).toBeInstanceOf(PolarisNotFoundServiceError);
  });

  it('undici.request\'s body stream that never ends', async () => {
    const { statusCode, headers, body } = await request(server.url('/never-ends'));
    const [err, ms] = await timed(async () => fromResponse({ statusCode, headers, body }, { timeoutMs: 300 }));
    expect(ms).toBeLessThan(2_000);
    expect(statusOnly(err)).toBe(true);
    expect(err?.httpStatus).toBe(400);
  });

  it('a 200 that never ends is a success once the time is up', async () => {
    const res = await fetch(server.url('/never-ends-success'));
    const [err, ms] = await timed(() => fromResponse(res, { timeoutMs: 300 }));
    expect(ms).toBeLessThan(2_000);
    expect(err).toBeUndefined();
  });
});
