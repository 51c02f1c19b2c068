// Negative numbers are codes, not flags. The parser takes anything starting with `-` for an
// option, so before parsing each `-N` becomes `−N` (U+2212, the typeset minus, which the lookup
// reads as a minus too) in its place, and every argument is turned back after: the codes keep
// the order they were given in.

const NEGATIVE = /^-\d+$/;
const MINUS = '\u2212';

/** Arguments with negative numbers hidden from the option parser, up to a `--`. */
export function protectNegatives(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((arg, i) => ((end === -1 || i < end) && NEGATIVE.test(arg) ? MINUS + arg.slice(1) : arg));
}

/** An argument as the user gave it (a protected negative number back to `-N`). */
export const restore = (arg: string): string => (/^\u2212\d+$/.test(arg) ? `-${arg.slice(1)}` : arg);

/** Text of a parser message with protected numbers turned back. */
export const restoreIn = (text: string): string => text.replace(/\u2212(?=\d)/g, '-');
