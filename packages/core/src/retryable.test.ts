import { describe, expect, it } from 'vitest';
import { makeFixture } from '../test/fixture.js';
import * as core from './index.js';

const f = makeFixture(core);

describe('isRetryable', () => {
  it('reads the flag of a coded error', () => {
    expect(core.isRetryable(new f.DemoTooManyRequestsError())).toBe(true);
    expect(core.isRetryable(new f.DemoKeyExistsError())).toBe(false);
  });

  it('follows the cause chain through non-coded wrappers', () => {
    const wrapped = new Error('query failed', { cause: new Error('layer', { cause: new f.DemoTooManyRequestsError() }) });
    expect(core.isRetryable(wrapped)).toBe(true);
  });

  it('lets an outer coded error override what it wraps', () => {
    const outer = new f.DemoKeyExistsError(undefined, { cause: new f.DemoTooManyRequestsError() });
    expect(core.isRetryable(outer)).toBe(false);
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
