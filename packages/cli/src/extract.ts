// Codes inside what people copy out of a log: a stack trace line, a JSON body, a sentence.
// Only distinctive tokens count, so ordinary words and numbers in a log are not read as codes.

export type Candidate =
  /** A code of a prefixed format, as GES writes them (`GES.7000`). */
  | { readonly kind: 'prefixed'; readonly text: string; readonly index: number }
  /** A negative integer standing alone, as NebulaGraph codes are printed (`[-1004]`, `errno -8`). */
  | { readonly kind: 'negative'; readonly text: string; readonly index: number }
  /** A number right after a code key: `"code":400301`, `error_code=611`, `errno: -1004`, `code 0`. */
  | { readonly kind: 'keyed'; readonly text: string; readonly index: number }
  /** A word that may be a class name (`NebulaSyntaxError`) or a symbol (`E_SYNTAX_ERROR`). */
  | { readonly kind: 'name'; readonly text: string; readonly index: number };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Codes written as one of the prefixes plus digits (`GES.7000`), in any case. */
const prefixed = (prefixes: readonly string[]) => new RegExp(`(?<![A-Za-z0-9_])(?:${prefixes.map(escape).join('|')})\\d{1,8}(?!\\d)`, 'gi');
const NEGATIVE = /(?<![\w.\-\u2212])[-\u2212][1-9]\d{0,4}(?![\w.])/g;
// `status code 404` is HTTP, not a system code: "code" after "status" does not count.
const KEYED =
  /(?<![A-Za-z])(?:error[_-]?code|err[_-]?code|errcode|errno|(?<!status[\s_-]?)code)(?![A-Za-z])["']?\s*[:=]?\s*(?:\{\s*["']?value["']?\s*:\s*)?["']?([+\-\u2212]?\d{1,9})(?![\d.])/gi;
const NAME = /(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9_]{3,80}(?![A-Za-z0-9_])/g;

/** Every candidate token in the text, in the order it appears; `prefixes` of the prefixed code formats. */
export function candidates(text: string, prefixes: readonly string[]): Candidate[] {
  const found: Candidate[] = [];
  if (prefixes.length > 0) for (const m of text.matchAll(prefixed(prefixes))) found.push({ kind: 'prefixed', text: m[0], index: m.index });
  for (const m of text.matchAll(NEGATIVE)) found.push({ kind: 'negative', text: m[0], index: m.index });
  for (const m of text.matchAll(KEYED)) {
    const value = m[1] as string;
    found.push({ kind: 'keyed', text: value, index: m.index + m[0].length - value.length });
  }
  for (const m of text.matchAll(NAME)) found.push({ kind: 'name', text: m[0], index: m.index });
  // A keyed negative number is also a bare one: keep the first reading of each position.
  const seen = new Set<number>();
  return found
    .sort((a, b) => a.index - b.index)
    .filter((c) => {
      if (seen.has(c.index)) return false;
      seen.add(c.index);
      return true;
    });
}
