import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getHeader } from './headers.js';

describe('getHeader', () => {
  it('finds headers in Headers, Maps, pair arrays, flat lists and objects of any case', () => {
    expect(getHeader(new Headers({ 'X-Request-Id': 'a' }), 'x-request-id')).toBe('a');
    expect(getHeader(new Map([['x-request-id', 'b']]), 'X-Request-Id')).toBe('b');
    expect(getHeader([['X-REQUEST-ID', 'c']], 'x-request-id')).toBe('c');
    expect(getHeader(['X-Request-Id', 'f', 'Other', 'g'], 'x-request-id')).toBe('f');
    expect(getHeader({ 'x-request-id': ['d', 'e'] }, 'X-Request-Id')).toBe('d');
    expect(getHeader({ 'x-polaris-code': 400301 }, 'X-Polaris-Code')).toBe('400301');
    expect(getHeader(undefined, 'x')).toBeUndefined();
  });

  it('does not walk the holes of a sparse array, nor throw on hostile headers', () => {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    expect(getHeader(sparse, 'x-request-id')).toBeUndefined();
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(getHeader(proxy, 'x')).toBeUndefined();
    expect(getHeader({ get x(): string { throw new Error('boom'); } }, 'x')).toBeUndefined();
  });

  it('property: never throws', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withNullPrototype: true, withSparseArray: true }), fc.string(), (headers, name) => {
        const value = getHeader(headers, name);
        expect(value === undefined || typeof value === 'string').toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
