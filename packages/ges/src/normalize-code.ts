// GES codes are strings, 'GES.7000'. Users and servers write them in other cases and with
// surrounding space; all of those are the same code.

const GES_CODE = /^GES\.(\d{1,8})$/i;

/** The canonical form ('GES.7005') of a GES code written any natural way, or undefined. */
export function normalizeCode(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const match = GES_CODE.exec(input.trim());
  return match === null ? undefined : `GES.${match[1]}`;
}

/** The number a canonical GES code is ranged by: 'GES.7005' -> 7005. */
export function codeNumber(code: number | string): number | undefined {
  if (typeof code !== 'string') return undefined;
  const match = GES_CODE.exec(code);
  return match === null ? undefined : Number(match[1]);
}
