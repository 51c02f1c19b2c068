// Every public function of the core that takes an outside value is total: it never throws, in
// bounded time and memory, whatever it is given (revoked proxies, throwing traps and getters,
// cycles, huge sparse arrays, values JSON rejects), and what it returns is plain, safe data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostile, hostileInit } from '../../../tooling/src/contract/hostile.js';
import * as core from './index.js';

describe('the core is total over hostile values', () => {
  it('guards, retry answers, transport detection, headers, bodies and serialization', () => {
    fc.assert(
      fc.property(hostile, hostileInit, ({ value }, { value: other }) => {
        for (const answer of [core.isCodedError(value), core.isRetryable(value), core.isThrottling(value), core.isFetchResponse(value), core.isBodyStream(value)]) {
          expect(typeof answer).toBe('boolean');
        }
        const transport = core.findTransport(value);
        expect(transport === undefined || typeof transport.code === 'string').toBe(true);
        const header = core.getHeader(value, typeof other === 'string' ? other : 'x-request-id');
        expect(header === undefined || typeof header === 'string').toBe(true);
        expect(['none', 'data', 'text', 'over']).toContain(core.readBody(value, 1024).kind);
        core.parseBody(value);
        core.decodeText(value);
        expect(typeof core.describeValue(value)).toBe('string');
        for (const plain of [core.toPlain(value), core.serializeCause(value)]) {
          const text = JSON.stringify(plain) ?? '';
          expect(text.length).toBeLessThan(1 << 20);
          structuredClone(plain);
        }
        const exchange = core.toExchange(value, 'response', 1024);
        expect(typeof exchange).toBe('object');
      }),
      { numRuns: 200 },
    );
  });

  it('a coded error made from hostile options serializes', () => {
    fc.assert(
      fc.property(hostileInit, ({ value }) => {
        const err = new core.CodedError(undefined, value as never);
        structuredClone(err.toJSON());
        expect(typeof JSON.stringify(err)).toBe('string');
        expect(typeof String(err)).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});
