// Polaris answers read by real HTTP clients (global fetch, undici's fetch and request, axios)
// from a loopback server. Wire shapes and codes from data/sources/upstream-notes.md and
// upstream-codes.tsv: body { code, info } with HTTP status = code / 1000, X-Polaris-Code and
// Request-Id headers, batch responses with responses[]; retry answers from the contract.
import axios from 'axios';
import { request, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientCases } from '../../../tooling/src/loopback/clients.js';
import { type Loopback, json, send, startLoopback } from '../../../tooling/src/loopback/server.js';
import { PolarisError, PolarisNotFoundServiceError, fromError, fromResponse, isPolarisError, isThrottling } from '../src/index.js';

const BOUND = 4_000;
const NOT_FOUND_SERVICE = { code: 400301, info: 'not found service' };
const HTML_502 = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>';

/** A batch write of 200 instances whose child at index 150 failed, under a top-level success. */
const batch = {
  code: 200000,
  info: 'execute success',
  size: 200,
  responses: Array.from({ length: 200 }, (_, i) =>
    i === 150 ? { code: 400301, info: 'not found service', instance: { id: `i-${i}` } } : { code: 200000, info: 'execute success', instance: { id: `i-${i}` } },
  ),
};

let server: Loopback;

beforeAll(async () => {
  server = await startLoopback({
    '/not-found-service': json(400, NOT_FOUND_SERVICE, { 'X-Polaris-Code': '400301', 'X-Polaris-Message': 'not found service', 'Request-Id': 'req-400301' }),
    '/batch': json(200, batch, { 'Request-Id': 'req-batch' }),
    '/header-only': send(400, '', { 'X-Polaris-Code': '400301', 'Request-Id': 'req-header' }),
    '/html-502': send(502, HTML_502, { 'content-type': 'text/html', 'Request-Id': 'req-html' }),
    '/ok': json(200, { code: 200000, info: 'execute success', amount: 0, size: 0, instances: [] }, { 'Request-Id': 'req-ok' }),
    '/no-change': json(200, { code: 200001, info: 'discover data is no change' }),
    ...Object.fromEntries([408, 429, 502, 503, 504].map((s) => [`/bare-${s}`, send(s, '')])),
  });
});

afterAll(async () => {
  await server?.close();
});

type Result = PolarisError | undefined;

const clients = clientCases<Result>({ fromResponse, fromError }, { undiciFetch, request, axiosGet: axios.get });

describe.each(clients)('%s', { timeout: BOUND }, (_client, read) => {
  it('{ code: 400301, info } with HTTP 400: the catalog class, status, Request-Id', async () => {
    const err = await read(server.url('/not-found-service'));
    expect(err).toBeInstanceOf(PolarisNotFoundServiceError);
    expect(err?.code).toBe(400301);
    expect(err?.httpStatus).toBe(400);
    expect(err?.requestId).toBe('req-400301');
    expect(err?.retryable).toBe(false);
  });

  it('a batch under code 200000 whose child 150 failed is that child\'s error', async () => {
    const err = await read(server.url('/batch'));
    expect(err).toBeInstanceOf(PolarisNotFoundServiceError);
    expect(err?.httpStatus).toBe(200);
    expect(err?.requestId).toBe('req-batch');
  });

  it('the X-Polaris-Code header alone gives the code', async () => {
    const err = await read(server.url('/header-only'));
    expect(err).toBeInstanceOf(PolarisNotFoundServiceError);
    expect(err?.httpStatus).toBe(400);
    expect(err?.requestId).toBe('req-header');
  });

  it('an HTML error page from a proxy: a retryable PolarisError with the status', async () => {
    const err = await read(server.url('/html-502'));
    expect(isPolarisError(err)).toBe(true);
    expect(err?.httpStatus).toBe(502);
    expect(err?.requestId).toBe('req-html');
    expect(err?.retryable).toBe(true);
  });

  it.each([408, 429, 502, 503, 504])('a bare %i without a code is retryable', async (status) => {
    const err = await read(server.url(`/bare-${status}`));
    expect(isPolarisError(err)).toBe(true);
    expect(err?.httpStatus).toBe(status);
    expect(err?.retryable).toBe(true);
    expect(err?.throttling === true).toBe(status === 429);
    expect(isThrottling(err)).toBe(status === 429);
  });

  it('code 200000 and 200001 (DataNoChange) are successes', async () => {
    expect(await read(server.url('/ok'))).toBeUndefined();
    expect(await read(server.url('/no-change'))).toBeUndefined();
  });
});

describe('fetch Responses', { timeout: BOUND }, () => {
  it.each([
    ['global fetch', fetch],
    ['undici fetch', undiciFetch as unknown as typeof fetch],
  ])('%s: the body stays readable after fromResponse, error or success', async (_name, f) => {
    const failed = await f(server.url('/not-found-service'));
    expect(await fromResponse(failed)).toBeInstanceOf(PolarisNotFoundServiceError);
    expect(JSON.parse(await failed.text())).toEqual(NOT_FOUND_SERVICE);

    const ok = await f(server.url('/batch'));
    await fromResponse(ok);
    expect(JSON.parse(await ok.text())).toEqual(batch);
  });

  it.each([
    ['global fetch', fetch],
    ['undici fetch', undiciFetch as unknown as typeof fetch],
  ])('%s: a thrown Response (`if (!res.ok) throw res`) keeps status, X-Polaris-Code and Request-Id', async (_name, f) => {
    const thrown = await f(server.url('/not-found-service')).then((res) => {
      if (!res.ok) throw res;
      return res;
    }).catch((err: unknown) => err);
    const err = fromError(thrown);
    expect(err).toBeInstanceOf(PolarisNotFoundServiceError);
    expect(err.httpStatus).toBe(400);
    expect(err.requestId).toBe('req-400301');

    const bare = fromError(await f(server.url('/bare-503')));
    expect(bare.httpStatus).toBe(503);
    expect(bare.retryable).toBe(true);
  });

  it('a Response at err.response (ky-style) is read the same way', async () => {
    const res = await fetch(server.url('/header-only'));
    const err = fromError(Object.assign(new Error(`Request failed with status code ${res.status}`), { response: res }));
    expect(err).toBeInstanceOf(PolarisNotFoundServiceError);
    expect(err.httpStatus).toBe(400);
    expect(err.requestId).toBe('req-header');
  });

  it('Response.error() (status 0) is not a success', async () => {
    const err = await fromResponse(Response.error());
    expect(isPolarisError(err)).toBe(true);
  });
});

describe('axios errors', { timeout: BOUND }, () => {
  it('err.response carries status, headers and the parsed body', async () => {
    const thrown = await axios.get(server.url('/not-found-service')).catch((err: unknown) => err);
    expect(axios.isAxiosError(thrown)).toBe(true);
    const err = fromError(thrown);
    expect(err).toBeInstanceOf(PolarisNotFoundServiceError);
    expect(err.httpStatus).toBe(400);
    expect(err.requestId).toBe('req-400301');
    expect(err.cause).toBe(thrown);
  });
});
