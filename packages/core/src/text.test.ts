import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeValue, stripControl } from './text.js';

// What must never reach a terminal or log line, from Unicode's own classes rather than a list:
// controls (Cc), line and paragraph separators (Zl, Zp), the bidi marks, embeddings, overrides and
// isolates of UAX #9 (U+061C, U+200E-200F, U+202A-202E, U+2066-2069), the invisible zero-width
// space, word joiner and byte-order mark, and lone surrogates (a broken character on a terminal).
const unsafeCharacter = /[\p{Cc}\p{Zl}\p{Zp}\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u;
const isLoneSurrogate = (c: string): boolean => c.length === 1 && c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff;
const keepSafe = (text: string): string => [...text].filter((c) => !unsafeCharacter.test(c) && !isLoneSurrogate(c)).join('');
const isSafe = (text: string): boolean => [...text].every((c) => !unsafeCharacter.test(c) && !isLoneSurrogate(c));

describe('text for terminals and logs', () => {
  it('strips controls, bidi and zero-width characters, keeping joiners and text', () => {
    expect(stripControl('a\u0000b\u001b[31mc\u202ed\u2066e\u200ef\u061cg\u200bh\ufeffi')).toBe('ab[31mcdefghi');
    expect(stripControl('👨\u200d👩')).toBe('👨\u200d👩');
  });

  it('removes exactly the unsafe characters of the whole BMP, keeping the rest in order', () => {
    // Every UTF-16 code unit once (lone surrogates included): a complete check, not a sample.
    const all = String.fromCharCode(...Array.from({ length: 0x10000 }, (_, unit) => unit));
    const clean = stripControl(all);
    expect(isSafe(clean)).toBe(true);
    expect(clean).toBe(keepSafe(all));
    expect(stripControl(clean)).toBe(clean);
  });

  it('describes any value briefly, never throwing nor splitting a surrogate pair', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const value of [proxy, 10n, Symbol('s'), () => 1, null, undefined, [1, 2], 'x'.repeat(500), '😀'.repeat(100)]) {
      const text = describeValue(value);
      expect(text.length).toBeLessThanOrEqual(60);
      expect(isSafe(text)).toBe(true);
    }
  });

  it('property: stripped text is safe and stripping twice changes nothing', () => {
    // Code points of any plane, weighted towards the unsafe ones and towards surrogate halves.
    const codePoint = fc.oneof(
      fc.integer({ min: 0, max: 0x10ffff }),
      fc.integer({ min: 0, max: 0xa0 }),
      fc.constantFrom(0x2028, 0x2029, 0x202a, 0x202e, 0x2066, 0x2069, 0x200e, 0x061c, 0xfeff, 0xd83d, 0xde00),
    );
    fc.assert(
      fc.property(fc.array(codePoint.map((c) => String.fromCodePoint(c)), { maxLength: 64 }).map((parts) => parts.join('')), (text) => {
        const clean = stripControl(text);
        return isSafe(clean) && clean === keepSafe(text) && stripControl(clean) === clean;
      }),
      { numRuns: 300 },
    );
  });
});
