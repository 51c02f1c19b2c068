import { describe, expect, it } from 'vitest';
import { makeFixture } from '../test/fixture.js';
import * as core from './index.js';

const f = makeFixture(core);

describe('isRetryable', () => {
  it('reads the flag of a coded error', () => {
    expect(core.isRetryable(new f.DemoRaftTooManyRequestsError())).toBe(true);
    expect(core.isRetryable(new f.DemoKeyHasExistsError())).toBe(false);
  });

  it('follows the cause chain through non-coded wrappers', () => {
    const wrapped = new Error('query failed', { cause: new Error('layer', { cause: new f.DemoRaftTooManyRequestsError() }) });
    expect(core.isRetryable(wrapped)).toBe(true);
  });

  it('never lets a wrapper turn a retryable answer into a non-retryable one', () => {
    const outer = new f.DemoKeyHasExistsError(undefined, { cause: new f.DemoRaftTooManyRequestsError() });
    expect(outer.retryable).toBe(false);
    expect(core.isRetryable(outer)).toBe(true);
    expect(core.isRetryable(new f.DemoKeyHasExistsError())).toBe(false);
  });

  it('says yes for raw transient transport failures, no for permanent ones and for a user abort', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:80'), { code: 'ECONNREFUSED', errno: -111 });
    expect(core.isRetryable(refused)).toBe(true);
    expect(core.isRetryable(new TypeError('fetch failed', { cause: refused }))).toBe(true);
    expect(core.isRetryable(Object.assign(new Error('getaddrinfo ENOTFOUND x.invalid'), { code: 'ENOTFOUND' }))).toBe(false);
    expect(core.isRetryable(new DOMException('aborted', 'AbortError'))).toBe(false);
    expect(core.isRetryable(new DOMException('timed out', 'TimeoutError'))).toBe(true);
  });

  it('is false for anything without a coded error, and survives cycles and hostile objects', () => {
    const a: { cause?: unknown } = {};
    a.cause = { cause: a };
    const hostile = new Proxy({}, { get() { throw new Error('no'); } });
    for (const value of [undefined, null, 'x', new Error('x'), { retryable: true }, a, hostile]) {
      expect(core.isRetryable(value)).toBe(false);
    }
  });
});
