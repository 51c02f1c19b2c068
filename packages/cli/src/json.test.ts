import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORBIDDEN_IN_LINE, hostile, unsafe } from '../test/hostile.js';
import { toJson } from './json.js';

describe('toJson', () => {
  it('escapes bidi and C1 characters and parses back to the same value', () => {
    const value = { note: 'a\u202eb\u0085c\u2066d\u200be\ufefff\u0007' };
    const text = toJson(value);
    expect(text).toContain('\\u202e');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('property: never prints an unsafe character, always round-trips', () => {
    fc.assert(
      fc.property(fc.dictionary(hostile, hostile, { maxKeys: 4 }), (value) => {
        const text = toJson(value);
        for (const line of text.split('\n')) expect(unsafe(line, FORBIDDEN_IN_LINE)).toBeUndefined();
        expect(JSON.parse(text)).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });
});
