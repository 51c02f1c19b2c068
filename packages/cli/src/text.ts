// Text made safe for a terminal: whatever reaches stdout or stderr, from the user or the
// catalog, passes through `clean`, so it carries no control, bidi or invisible format character
// and no lone surrogate; cutting is by grapheme, so no emoji or accent is split.

/** Lone halves of a surrogate pair: they print as U+FFFD or garbage. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Line and tab breaks: a space keeps the words apart on one line. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;

/**
 * Characters that must never reach a terminal: every C0/C1 control (ESC starts escape sequences),
 * the bidi controls (U+061C, U+200E/F, U+202A-202E, U+2066-2069: they reorder what follows), and
 * invisible formats that hide text (U+200B, U+2060-2064, U+FEFF, U+FFF9-FFFB, U+180E).
 * ZWJ/ZWNJ stay: emoji sequences and several scripts need them, and they move nothing.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

/** The same set beyond C0 (which JSON.stringify escapes), plus line separators, for JSON text. */
export const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u180e\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

const ELLIPSIS = '…';

/** Input or catalog text made safe to print on one line. */
export function clean(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(BREAKS, ' ').replace(UNSAFE, '');
}

let segmenter: Intl.Segmenter | undefined;

// Unicode's stream-safe limit (UAX #15): a base and at most 30 combining marks. A longer cluster
// (thousands of marks on one letter) is cut there, or one "grapheme" could be any length.
const MAX_CLUSTER = 31;

function bounded(segment: string): string {
  if (segment.length <= MAX_CLUSTER) return segment;
  let kept = '';
  let count = 0;
  for (const point of segment) {
    if (count++ === MAX_CLUSTER) break;
    kept += point;
  }
  return kept;
}

/** The grapheme clusters of a string, lazily (a huge input is never split whole), each bounded. */
export function graphemes(text: string): Iterable<string> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const segments = segmenter.segment(text);
  return {
    *[Symbol.iterator]() {
      for (const { segment } of segments) yield bounded(segment);
    },
  };
}

/** At most `max` graphemes of already clean text (the last one an ellipsis when cut). */
export function truncate(text: string, max: number): string {
  if (max < 1) return '';
  const kept: string[] = [];
  for (const g of graphemes(text)) {
    if (kept.length === max) {
      kept[max - 1] = ELLIPSIS;
      return kept.join('');
    }
    kept.push(g);
  }
  return kept.join('');
}

const MAX_ECHO = 80;

/** What the user typed, safe and short enough to echo in a message. */
export const echo = (input: string, max = MAX_ECHO): string => truncate(clean(input), max);

/** A word as it would be typed in a POSIX shell: bare when safe, else single-quoted. */
export const shellQuote = (word: string): string => (/^[\w.@%+=:,/-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);
