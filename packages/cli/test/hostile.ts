// Hostile text for property tests, and the checks every output must pass, written apart from
// the code under test: what a terminal must never receive.
import fc from 'fast-check';

/** C0/C1 controls (tab and newline allowed: they lay out lines), bidi controls, invisible formats. */
export const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff]/;

/** The same with tab and newline: for text meant to stay on one line. */
export const FORBIDDEN_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff]/;

/** Whether a string has no lone surrogate (encodeURIComponent refuses one). */
export function wellFormed(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** Our own colour codes, removed before looking for control characters. */
export const withoutColor = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

const dangerous = fc.constantFrom(
  '\u001b[31m', '\u001b]0;title\u0007', '\u0000', '\u0007', '\b', '\r', '\n', '\t', '\u007f', '\u0085', '\u009b',
  '\u200e', '\u200f', '\u061c', '\u200b', '\ufeff', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
  '\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u2029',
  '\ud800', '\udfff', '\ud83d', '\ude00', '😀', '👨‍👩‍👧', '🇨🇳', 'é', 'e\u0301', '中文', '错误', '。', '，',
  '-1004', 'GES.7005', '400301', '611', 'E_SYNTAX_ERROR', 'NebulaSyntaxError', '"code":', 'errno ', '[-', ']', ' ', '--',
);

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

/** Strings of hostile pieces: lone surrogates, bidi, controls, wide and combining characters, codes. */
export const hostile = fc.array(fc.oneof(dangerous, codeUnit, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(''));

/** The same, now and then huge (a pasted log file). */
export const hostileOrHuge = fc.oneof(
  { weight: 9, arbitrary: hostile },
  { weight: 1, arbitrary: hostile.map((s) => (s === '' ? 'x' : s).repeat(Math.ceil(20_000 / Math.max(1, s.length)))) },
);

/** Checks every printed text must pass; returns the first problem, or undefined. */
export function unsafe(text: string, forbidden: RegExp = FORBIDDEN): string | undefined {
  const plain = withoutColor(text);
  const bad = forbidden.exec(plain);
  if (bad) return `U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${bad.index}`;
  if (!wellFormed(plain)) return 'lone surrogate';
  return undefined;
}
