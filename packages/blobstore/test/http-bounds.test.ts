// Bodies past fromResponse's bounds, sent by a loopback blobstore and read by real clients: 20 MB
// error and success bodies (over the 8 MiB default), bodies cut short (content-length larger than
// what is sent, then the socket closes) and bodies that never end. The contract: fromResponse
// settles (never rejects), falls back to the status and headers, never gives a wrong class or an
// error for a success, and leaves a fetch Response's body readable. For blobstore the status is
// the code (611 CodeDiskNotFound), except where a status is shared (404: CodeShardNotFound or the
// generic "Not Found"), which only the message can settle.
import axios from 'axios';
import { request, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Loopback, hanging, send, startLoopback, truncated } from '../../../tooling/src/loopback/server.js';
import { BlobstoreDiskNotFoundError, BlobstoreError, BlobstoreShardNotFoundError, fromError, fromResponse } from '../src/index.js';

const BOUND = 4_000;
// 20 MB bodies cross a socket and JSON.parse on two shared cores: a wider, still fixed, bound.
const HUGE_BOUND = 10_000;
const MB = 1024 * 1024;
const TRACE = { 'Blobstore-Tracer-Traceid': 'trace-huge' };

// The padding comes first, so a reader that stops early cannot have seen `error`.
const hugeDiskError = JSON.stringify({ padding: 'x'.repeat(20 * MB), error: 'disk not found' });
const hugeGeneric404 = JSON.stringify({ padding: 'x'.repeat(20 * MB), error: 'Not Found' });
const hugeSuccess = JSON.stringify({ location: { cluster_id: 1 }, padding: 'x'.repeat(20 * MB) });

let server: Loopback;

beforeAll(async () => {
  const jsonType = { 'content-type': 'application/json' };
  server = await startLoopback({
    '/huge-611': send(611, hugeDiskError, { ...jsonType, ...TRACE }),
    '/huge-404': send(404, hugeGeneric404, { ...jsonType, ...TRACE }),
    '/huge-success': send(200, hugeSuccess, jsonType),
    '/truncated-611': truncated(611, '{"error":"disk no', 1000, { 'Blobstore-Tracer-Traceid': 'trace-cut' }),
    '/truncated-404': truncated(404, '{"error":"shard no', 1000, { 'Blobstore-Tracer-Traceid': 'trace-cut' }),
    '/truncated-success': truncated(200, '{"location":{"clus', 1000),
    '/never-ends-611': hanging(611, '{"error":', { 'Blobstore-Tracer-Traceid': 'trace-hang' }),
    '/never-ends-404': hanging(404, '{"error":'),
    '/never-ends-success': hanging(200, '{"location":'),
  });
});

afterAll(async () => {
  await server?.close();
});

describe('bodies over maxBytes', { timeout: HUGE_BOUND }, () => {
  it.each([
    ['global fetch', fetch],
    ['undici fetch', undiciFetch as unknown as typeof fetch],
  ])('%s: a 20 MB error with status 611 is that code, and the body stays readable', async (_name, f) => {
    const res = await f(server.url('/huge-611'));
    const err = await fromResponse(res);
    expect(err).toBeInstanceOf(BlobstoreDiskNotFoundError);
    expect(err?.requestId).toBe('trace-huge');
    expect((await res.text()).length).toBe(hugeDiskError.length);
  });

  it('a 20 MB 404 whose message ("Not Found") is past the bound is not the shard code', async () => {
    const res = await fetch(server.url('/huge-404'));
    const err = await fromResponse(res);
    expect(err?.constructor).toBe(BlobstoreError);
    expect(err?.httpStatus).toBe(404);
    expect(err?.retryable).toBe(false);
    expect((await res.text()).length).toBe(hugeGeneric404.length);
  });

  it('a 20 MB error as undici.request\'s body stream', async () => {
    const { statusCode, headers, body } = await request(server.url('/huge-611'));
    expect(await fromResponse({ statusCode, headers, body })).toBeInstanceOf(BlobstoreDiskNotFoundError);
  });

  it('a 20 MB error through axios (parsed in full by axios)', async () => {
    const err = fromError(await axios.get(server.url('/huge-611')).catch((e: unknown) => e));
    expect(err).toBeInstanceOf(BlobstoreDiskNotFoundError);
    expect(err.requestId).toBe('trace-huge');
  });

  it('a 20 MB success is a success, whatever the client, and stays readable', async () => {
    const res = await fetch(server.url('/huge-success'));
    expect(await fromResponse(res)).toBeUndefined();
    expect((await res.text()).length).toBe(hugeSuccess.length);

    expect(await fromResponse(await undiciFetch(server.url('/huge-success')))).toBeUndefined();

    const { statusCode, headers, body } = await request(server.url('/huge-success'));
    expect(await fromResponse({ statusCode, headers, body })).toBeUndefined();
  });
});

describe('bodies cut short', { timeout: BOUND }, () => {
  it.each([
    ['global fetch', fetch],
    ['undici fetch', undiciFetch as unknown as typeof fetch],
  ])('%s: fromResponse resolves; the status decides where it can', async (_name, f) => {
    const disk = await fromResponse(await f(server.url('/truncated-611')));
    expect(disk).toBeInstanceOf(BlobstoreDiskNotFoundError);
    expect(disk?.requestId).toBe('trace-cut');

    // Half a message cannot tell CodeShardNotFound from the generic 404.
    const shared = await fromResponse(await f(server.url('/truncated-404')));
    expect(shared?.constructor).toBe(BlobstoreError);
    expect(shared?.httpStatus).toBe(404);
    expect(shared?.requestId).toBe('trace-cut');
  });

  it('undici.request\'s body stream ending early', async () => {
    const { statusCode, headers, body } = await request(server.url('/truncated-611'));
    const err = await fromResponse({ statusCode, headers, body });
    expect(err).toBeInstanceOf(BlobstoreDiskNotFoundError);
    expect(err?.requestId).toBe('trace-cut');
  });

  it('axios: "stream has been aborted" (ERR_BAD_RESPONSE) with the response kept', async () => {
    const thrown = await axios.get(server.url('/truncated-611')).catch((e: unknown) => e);
    expect(thrown).toMatchObject({ code: 'ERR_BAD_RESPONSE', message: 'stream has been aborted', response: { status: 611 } });
    const err = fromError(thrown);
    expect(err).toBeInstanceOf(BlobstoreDiskNotFoundError);
    expect(err).not.toBeInstanceOf(BlobstoreShardNotFoundError);
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
    const res = await f(server.url('/never-ends-611'));
    const [err, ms] = await timed(() => fromResponse(res, { timeoutMs: 300 }));
    expect(ms).toBeLessThan(2_000);
    expect(err).toBeInstanceOf(BlobstoreDiskNotFoundError);
    expect(err?.requestId).toBe('trace-hang');

    const shared = await fromResponse(await f(server.url('/never-ends-404')), { timeoutMs: 300 });
    expect(shared?.constructor).toBe(BlobstoreError);
    expect(shared?.httpStatus).toBe(404);
  });

  it('undici.request\'s body stream that never ends', async () => {
    const { statusCode, headers, body } = await request(server.url('/never-ends-611'));
    const [err, ms] = await timed(async () => fromResponse({ statusCode, headers, body }, { timeoutMs: 300 }));
    expect(ms).toBeLessThan(2_000);
    expect(err).toBeInstanceOf(BlobstoreDiskNotFoundError);
  });

  it('a 200 that never ends is a success', async () => {
    const res = await fetch(server.url('/never-ends-success'));
    const [err, ms] = await timed(() => fromResponse(res, { timeoutMs: 300 }));
    expect(ms).toBeLessThan(2_000);
    expect(err).toBeUndefined();
  });
});
