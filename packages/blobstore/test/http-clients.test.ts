// CubeFS blobstore answers read by real HTTP clients (global fetch, undici's fetch and request,
// axios) from a loopback server. Wire facts from data/sources/upstream-notes.md and
// upstream-codes.tsv: the status is the code (611 CodeDiskNotFound), the body is
// {"error": "<message>"}, 404 is shared by CodeShardNotFound ("shard not found") and the generic
// ErrNotFound ("Not Found") and only the message tells them apart, the request id is in
// Blobstore-Tracer-Traceid (or X-Reqid). Retry answers for bare statuses from the contract.
import axios from 'axios';
import { request, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientCases } from '../../../tooling/src/loopback/clients.js';
import { type Loopback, json, send, startLoopback } from '../../../tooling/src/loopback/server.js';
import {
  BlobstoreDiskNotFoundError,
  BlobstoreError,
  BlobstoreShardNotFoundError,
  fromError,
  fromResponse,
  isBlobstoreError,
  isThrottling,
} from '../src/index.js';

const BOUND = 4_000;
const HTML_PAGE = (status: number) => `<html><head><title>${status}</title></head><body><h1>${status}</h1><hr><center>nginx</center></body></html>`;

let server: Loopback;

beforeAll(async () => {
  server = await startLoopback({
    '/disk-not-found': json(611, { error: 'disk not found' }, { 'Blobstore-Tracer-Traceid': 'trace-611' }),
    '/disk-not-found-reqid': json(611, { error: 'disk not found' }, { 'X-Reqid': 'reqid-611' }),
    '/shard-not-found': json(404, { error: 'shard not found' }, { 'Blobstore-Tracer-Traceid': 'trace-shard' }),
    '/generic-not-found': json(404, { error: 'Not Found' }, { 'Blobstore-Tracer-Traceid': 'trace-404' }),
    '/html-502': send(502, HTML_PAGE(502), { 'content-type': 'text/html' }),
    '/html-400': send(400, HTML_PAGE(400), { 'content-type': 'text/html' }),
    '/html-598': send(598, HTML_PAGE(598), { 'content-type': 'text/html' }),
    '/ok': json(200, { location: { cluster_id: 1, size: 0, blobs: [] } }),
    ...Object.fromEntries([408, 429, 502, 503, 504].map((s) => [`/bare-${s}`, send(s, '')])),
  });
});

afterAll(async () => {
  await server?.close();
});

type Result = BlobstoreError | undefined;

const clients = clientCases<Result>({ fromResponse, fromError }, { undiciFetch, request, axiosGet: axios.get });

describe.each(clients)('%s', { timeout: BOUND }, (_client, read) => {
  it('HTTP 611 {"error": "disk not found"}: the catalog class, Blobstore-Tracer-Traceid', async () => {
    const err = await read(server.url('/disk-not-found'));
    expect(err).toBeInstanceOf(BlobstoreDiskNotFoundError);
    expect(err?.code).toBe(611);
    expect(err?.httpStatus).toBe(611);
    expect(err?.requestId).toBe('trace-611');
  });

  it('X-Reqid is a request id too', async () => {
    expect((await read(server.url('/disk-not-found-reqid')))?.requestId).toBe('reqid-611');
  });

  it('404 "shard not found" is the catalog code; 404 "Not Found" is the generic error, not that code', async () => {
    const shard = await read(server.url('/shard-not-found'));
    expect(shard).toBeInstanceOf(BlobstoreShardNotFoundError);
    expect(shard?.requestId).toBe('trace-shard');

    const generic = await read(server.url('/generic-not-found'));
    expect(isBlobstoreError(generic)).toBe(true);
    expect(generic).not.toBeInstanceOf(BlobstoreShardNotFoundError);
    expect(generic?.httpStatus).toBe(404);
    expect(generic?.requestId).toBe('trace-404');
    expect(generic?.retryable).toBe(false);
  });

  it('a non-JSON (HTML) body: an error, and the status received decides the retry answer', async () => {
    const bad = await read(server.url('/html-502'));
    expect(isBlobstoreError(bad)).toBe(true);
    expect(bad?.httpStatus).toBe(502);
    expect(bad?.retryable).toBe(true);

    const rejected = await read(server.url('/html-400'));
    expect(isBlobstoreError(rejected)).toBe(true);
    expect(rejected?.httpStatus).toBe(400);
    expect(rejected?.retryable).toBe(false);

    // 598 is the status the Go rpc client makes up for an undecodable body (JSONDecode); sent
    // by a server it is still an error with the status received.
    const decode = await read(server.url('/html-598'));
    expect(isBlobstoreError(decode)).toBe(true);
    expect(decode?.httpStatus).toBe(598);
  });

  it.each([408, 429, 502, 503, 504])('a bare %i without a message is retryable', async (status) => {
    const err = await read(server.url(`/bare-${status}`));
    expect(isBlobstoreError(err)).toBe(true);
    expect(err?.httpStatus).toBe(status);
    expect(err?.retryable).toBe(true);
    expect(err?.throttling === true).toBe(status === 429);
    expect(isThrottling(err)).toBe(status === 429);
  });

  it('a 200 is a success', async () => {
    expect(await read(server.url('/ok'))).toBeUndefined();
  });
});

describe('fetch Responses', { timeout: BOUND }, () => {
  it.each([
    ['global fetch', fetch],
    ['undici fetch', undiciFetch as unknown as typeof fetch],
  ])('%s: the body stays readable after fromResponse', async (_name, f) => {
    const res = await f(server.url('/disk-not-found'));
    expect(await fromResponse(res)).toBeInstanceOf(BlobstoreDiskNotFoundError);
    expect(await res.json()).toEqual({ error: 'disk not found' });
  });

  it.each([
    ['global fetch', fetch],
    ['undici fetch', undiciFetch as unknown as typeof fetch],
  ])('%s: a thrown Response (`if (!res.ok) throw res`): the status is the code, with the trace id', async (_name, f) => {
    const thrown = await f(server.url('/disk-not-found')).then((res) => {
      if (!res.ok) throw res;
      return res;
    }).catch((err: unknown) => err);
    const err = fromError(thrown);
    expect(err).toBeInstanceOf(BlobstoreDiskNotFoundError);
    expect(err.httpStatus).toBe(611);
    expect(err.requestId).toBe('trace-611');

    const bare = fromError(await f(server.url('/bare-503')));
    expect(bare.httpStatus).toBe(503);
    expect(bare.retryable).toBe(true);
  });

  it('Response.error() (status 0) is not a success', async () => {
    expect(isBlobstoreError(await fromResponse(Response.error()))).toBe(true);
  });
});

describe('axios errors', { timeout: BOUND }, () => {
  it('err.response carries the status, the trace id and the parsed body', async () => {
    const thrown = await axios.get(server.url('/shard-not-found')).catch((err: unknown) => err);
    expect(axios.isAxiosError(thrown)).toBe(true);
    const err = fromError(thrown);
    expect(err).toBeInstanceOf(BlobstoreShardNotFoundError);
    expect(err.httpStatus).toBe(404);
    expect(err.requestId).toBe('trace-shard');
    expect(err.cause).toBe(thrown);
  });
});
