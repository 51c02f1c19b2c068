import { describe, expect, it } from 'vitest';
import { findTransport } from './transport.js';

const socket = (code: string, errno: number) => Object.assign(new Error(`connect ${code}`), { code, errno });

describe('findTransport', () => {
  it('finds the code on the value, along the cause chain and in AggregateErrors', () => {
    expect(findTransport(socket('ECONNREFUSED', -111))).toEqual({ code: 'ECONNREFUSED', retryable: true });
    expect(findTransport(new TypeError('fetch failed', { cause: socket('ECONNRESET', -104) }))).toEqual({ code: 'ECONNRESET', retryable: true });
    expect(findTransport(new AggregateError([socket('ETIMEDOUT', -110)]))).toEqual({ code: 'ETIMEDOUT', retryable: true });
    expect(findTransport(new TypeError('fetch failed'))).toEqual({ code: 'FETCH_FAILED', retryable: true });
    expect(findTransport(new DOMException('timeout', 'TimeoutError'))).toEqual({ code: 'TimeoutError', retryable: true });
    expect(findTransport(new Error('read ECONNRESET'))).toEqual({ code: 'ECONNRESET', retryable: true });
  });

  it('tells permanent failures and non-transport errors apart', () => {
    expect(findTransport(socket('ENOTFOUND', -3008))).toEqual({ code: 'ENOTFOUND', retryable: false });
    expect(findTransport(new DOMException('aborted', 'AbortError'))).toBeUndefined();
    expect(findTransport(Object.assign(new Error('x'), { code: 'ERR_NEBULA', errno: -4 }))).toBeUndefined();
    expect(findTransport({ errno: -111 })).toBeUndefined();
  });

  it('is bounded and total on cycles and hostile values', () => {
    const a: Record<string, unknown> = {};
    a.cause = a;
    expect(findTransport(a)).toBeUndefined();
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(findTransport(proxy)).toBeUndefined();
    expect(findTransport(new Error('x', { cause: proxy }))).toBeUndefined();
  });
});
