import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORBIDDEN_IN_LINE, hostileOrHuge, unsafe } from '../test/hostile.js';
import { clean, echo, graphemes, shellQuote, truncate } from './text.js';

describe('clean', () => {
  it('removes controls, escape sequences starters, bidi and zero-width formats', () => {
    expect(clean('\u001b[31mred\u0007')).toBe('[31mred');
    expect(clean('a\u202eb\u2066c\u2069d\u200ee\u200ff\u061cg\u200bh\ufeffi')).toBe('abcdefghi');
    expect(clean('\u0085\u009b')).toBe(' ');
  });

  it('keeps words apart where lines and tabs were', () => {
    expect(clean('one\ntwo\tthree\r\nfour\u2028five')).toBe('one two three  four five');
  });

  it('turns a lone surrogate into U+FFFD and keeps pairs, ZWJ emoji and Chinese', () => {
    expect(clean('a\ud800b')).toBe('a\ufffdb');
    expect(clean('\ude00')).toBe('\ufffd');
    expect(clean('😀 👨‍👩‍👧 中文')).toBe('😀 👨‍👩‍👧 中文');
  });

  it('property: no forbidden character and no lone surrogate, whatever the input', () => {
    fc.assert(
      fc.property(hostileOrHuge, (text) => {
        expect(unsafe(clean(text), FORBIDDEN_IN_LINE)).toBeUndefined();
        expect(clean(clean(text))).toBe(clean(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('truncate and echo', () => {
  it('cut by grapheme: an emoji, a flag or an accent stays whole', () => {
    expect(truncate('ab😀cd', 3)).toBe('ab…');
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
    expect(truncate('🇨🇳🇨🇳🇨🇳', 2)).toBe('🇨🇳…');
    expect(truncate('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301…');
    expect(truncate('short', 10)).toBe('short');
  });

  it('a letter with thousands of combining marks is one grapheme, cut at the stream-safe 31 code points', () => {
    // UAX #15: a stream-safe text has at most 30 non-starters after a base.
    const huge = `a${'\u08CA'.repeat(10_000)}b`;
    expect(echo(huge).length).toBeLessThanOrEqual(80 * 31);
    expect([...graphemes(huge)].map((g) => [...g].length)).toEqual([31, 1]);
    expect([...graphemes(`e\u0301x`)]).toEqual(['e\u0301', 'x']);
  });

  it('echo bounds what the user typed', () => {
    expect(echo('x'.repeat(10_000))).toHaveLength(80);
    expect(echo('😀'.repeat(200))).toBe(`${'😀'.repeat(79)}…`);
  });

  it('property: echo is clean, well formed and at most the bound in graphemes', () => {
    fc.assert(
      fc.property(hostileOrHuge, fc.integer({ min: 1, max: 100 }), (text, max) => {
        const out = echo(text, max);
        expect(unsafe(out, FORBIDDEN_IN_LINE)).toBeUndefined();
        expect([...graphemes(out)].length).toBeLessThanOrEqual(max);
      }),
      { numRuns: 300 },
    );
  });
});

describe('shellQuote', () => {
  it('leaves plain words bare and single-quotes the rest, as sh reads them', () => {
    expect(shellQuote('leader')).toBe('leader');
    expect(shellQuote('disk not found')).toBe("'disk not found'");
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
});
