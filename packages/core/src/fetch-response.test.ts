import { describe, expect, it } from 'vitest';
import { isFetchResponse, readFetchBody } from './fetch-response.js';

describe('fetch Responses', () => {
  it('are read from a clone: the caller can still read the body', async () => {
    const response = new Response('{"error_code":"GES.7000"}', { status: 400, headers: { 'X-Request-Id': 'r' } });
    expect(isFetchResponse(response)).toBe(true);
    const body = await readFetchBody(response);
    expect(body).toEqual({ kind: 'text', text: '{"error_code":"GES.7000"}' });
    expect(await response.text()).toBe('{"error_code":"GES.7000"}');
  });

  it('stop at the byte bound, keeping a prefix', async () => {
    const response = new Response('x'.repeat(100_000));
    const body = await readFetchBody(response, { maxBytes: 1000 });
    expect(body.kind).toBe('over');
    expect((await response.text()).length).toBe(100_000);
  });

  it('stop at the time bound on a body that never ends', async () => {
    const stream = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode('{"code":')) });
    const body = await readFetchBody(new Response(stream), { timeoutMs: 20 });
    expect(body).toEqual({ kind: 'over', prefix: '{"code":' });
  });

  it('give "incomplete" for a used body, a truncated stream, or a broken implementation', async () => {
    const used = new Response('abc');
    await used.text();
    expect((await readFetchBody(used)).kind).toBe('over');
    const broken = new ReadableStream({ pull: (c) => c.error(new TypeError('terminated')) });
    expect((await readFetchBody(new Response(broken))).kind).toBe('over');
    const fake = { status: 500, ok: false, headers: {}, text: () => Promise.reject(new Error('x')) };
    expect((await readFetchBody(fake)).kind).toBe('over');
  });
});
