// Safe rendering of outside values in messages: no control characters, bounded length.

// Controls (C0, C1), line and paragraph separators, the bidi marks, embeddings, overrides and
// isolates that can reorder what a reader sees (U+061C, U+200E-200F, U+202A-202E, U+2066-2069),
// invisible zero-width characters (U+200B, U+2060, U+FEFF), and lone surrogates. Zero-width
// joiners stay: emoji sequences need them.
const CONTROL =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Removes control, bidi, zero-width and lone-surrogate characters: safe to echo to a terminal or log. */
export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A short, printable description of any value, for messages about bad input. Never throws. */
export function describeValue(value: unknown, max = 60): string {
  let text: string;
  try {
    if (typeof value === 'string') text = JSON.stringify(value);
    else if (typeof value === 'bigint') text = `${value}n`;
    else if (typeof value === 'symbol') text = value.toString();
    else if (typeof value === 'function') text = '[function]';
    else if (value === null || typeof value !== 'object') text = String(value);
    else if (Array.isArray(value)) text = `[array of ${value.length}]`;
    else text = '[object]';
  } catch {
    text = '[unprintable]';
  }
  return cut(stripControl(text), max);
}
