// What the output can show: colour and width, from the stream and the environment.

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Colour by the common conventions: NO_COLOR set and non-empty turns it off whatever else is
 * set (no-color.org); FORCE_COLOR turns it on (`''`, `1`, `2`, `3`, `true`) or off (`0`,
 * `false`) as Node and chalk read it; otherwise colour only on a terminal that is not dumb.
 */
export function colorEnabled(env: Env, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR?.trim().toLowerCase();
  if (force === '0' || force === 'false') return false;
  if (force === '' || force === '1' || force === '2' || force === '3' || force === 'true') return true;
  return isTTY && env.TERM !== 'dumb';
}

const DEFAULT_COLUMNS = 80;
// Below this no layout is readable; narrower terminals get lines that wrap.
const MIN_COLUMNS = 20;

/** The width to lay out to: the terminal's, else COLUMNS, else 80. */
export function terminalColumns(columns: number | undefined, env: Env): number {
  const fromEnv = /^\s*\d{1,5}\s*$/.test(env.COLUMNS ?? '') ? Number(env.COLUMNS) : undefined;
  const chosen = [columns, fromEnv].find((c): c is number => c !== undefined && Number.isInteger(c) && c > 0) ?? DEFAULT_COLUMNS;
  return Math.max(MIN_COLUMNS, chosen);
}
