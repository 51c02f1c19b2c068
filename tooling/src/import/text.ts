// Text helpers shared by the importers and apply.ts.

/** The same wording: equal after Unicode compatibility folding (full-width punctuation) and without whitespace. */
export const sameWording = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && fold(a) === fold(b);

/** A text folded for comparison: compatibility forms (full-width punctuation) unified, whitespace dropped. */
export const fold = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

/** How a note quotes another text, so that apply.ts can find it again. */
export const quote = (text: string): string => `"${text}"`;

/** The cells of the rows of a Markdown pipe table, comments removed. */
export function tableRows(markdown: string): string[][] {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .split('\n')
    .filter((line) => /^\s*\|.*\|\s*$/.test(line) && !/^\s*\|[\s|:-]+\|\s*$/.test(line))
    .map((line) => line.trim().slice(1, -1).split('|').map((cell) => cell.trim()));
}

/** A cell written as inline code: `-1004` -> -1004. */
export const unquoteCode = (cell: string): string => cell.replace(/^`(.*)`$/, '$1');
