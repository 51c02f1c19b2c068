// The loopback helper's own promises: requests are counted per path, close() does not wait on a
// response a handler left open, a closed port refuses, and a truncated body ends early.
import { describe, expect, it } from 'vitest';
import { closedPort, hanging, json, startLoopback, truncated } from './server.js';

describe('startLoopback', { timeout: 4_000 }, () => {
  it('serves on 127.0.0.1 and counts requests per path', async () => {
    const server = await startLoopback({ '/a': json(418, { ok: false }, { 'X-Test': '1' }) });
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(server.url('/a?x=1'));
      expect(res.status).toBe(418);
      expect(res.headers.get('x-test')).toBe('1');
      expect(await res.json()).toEqual({ ok: false });
      expect(server.hits('/a')).toBe(1);
      expect((await fetch(server.url('/missing'))).status).toBe(500);
    } finally {
      await server.close();
    }
  });

  it('close() ends a response that never finishes', async () => {
    const server = await startLoopback({ '/hang': hanging(200, '{"a":') });
    const res = await fetch(server.url('/hang'));
    const body = res.text();
    await server.close();
    await expect(body).rejects.toThrow();
  });

  it('a truncated body ends before its content-length', async () => {
    const server = await startLoopback({ '/cut': truncated(400, '{"code":', 1000) });
    try {
      const res = await fetch(server.url('/cut'));
      expect(res.headers.get('content-length')).toBe('1000');
      await expect(res.text()).rejects.toThrow('terminated');
    } finally {
      await server.close();
    }
  });
});

describe('closedPort', { timeout: 4_000 }, () => {
  it('gives a port where connecting is refused', async () => {
    const port = await closedPort();
    const thrown = await fetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    expect((thrown as { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
  });
});
