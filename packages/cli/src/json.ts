// JSON output safe for a terminal: JSON.stringify escapes C0 controls and lone surrogates; the
// rest of the unsafe set (C1, bidi, invisible formats) is escaped here too, as `\uXXXX`, which
// only ever occurs inside strings and parses back to the same value.
import { UNSAFE_IN_JSON } from './text.js';

export const toJson = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
