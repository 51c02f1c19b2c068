// Terminal columns of clean text: East Asian wide characters and emoji take two columns,
// combining marks none (string-width). Cutting is by grapheme; wrapping is by word, and a word
// wider than the line (a Chinese sentence has no spaces) is broken by code point.
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { graphemes } from './text.js';

export const width = (text: string): number => stringWidth(text);

/** Text cut to at most `columns` columns, an ellipsis marking the cut. */
export function fit(text: string, columns: number): string {
  if (columns < 1) return '';
  if (width(text) <= columns) return text;
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const w = width(g);
    if (used + w > columns - 1) break;
    out += g;
    used += w;
  }
  return `${out}…`;
}

/** Text padded with spaces to `columns` columns (never cut). */
export const pad = (text: string, columns: number): string => text + ' '.repeat(Math.max(0, columns - width(text)));

/** Clean one-line text broken into lines of at most `columns` columns, at spaces where possible. */
export function wrap(text: string, columns: number): string[] {
  if (text === '') return [''];
  const lines = wrapAnsi(text, Math.max(1, columns), { hard: true, trim: true }).split('\n');
  // wrap-ansi breaks an over-long word by code point; re-cut any line that still overflows
  // (a wide character at the edge) by grapheme.
  const fitted = lines.flatMap((line) => (width(line) <= columns ? [line] : breakByGrapheme(line, columns)));
  return keepPunctuationAttached(fitted, columns);
}

// Closing punctuation that Chinese and Japanese typesetting never puts at the start of a line.
const NO_LINE_START = /^[。，、；：？！）」』】》〉”’・…．,.;:!?)\]]/u;

/** A line that would start with closing punctuation takes the last grapheme of the line above, if it fits. */
function keepPunctuationAttached(lines: string[], columns: number): string[] {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!NO_LINE_START.test(line)) continue;
    const above = [...graphemes(lines[i - 1] as string)];
    if (above.length < 2) continue;
    const moved = above.pop() as string;
    if (moved.trim() === '' || width(moved + line) > columns) continue;
    lines[i - 1] = above.join('').trimEnd();
    lines[i] = moved + line;
  }
  return lines;
}

function breakByGrapheme(line: string, columns: number): string[] {
  const out: string[] = [];
  let current = '';
  let used = 0;
  for (const g of graphemes(line)) {
    const w = width(g);
    if (used + w > columns && current !== '') {
      out.push(current);
      current = '';
      used = 0;
    }
    current += g;
    used += w;
  }
  if (current !== '') out.push(current);
  return out;
}
