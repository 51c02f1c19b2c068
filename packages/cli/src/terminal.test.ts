import { describe, expect, it } from 'vitest';
import { colorEnabled, terminalColumns } from './terminal.js';

describe('colorEnabled', () => {
  // NO_COLOR per no-color.org; FORCE_COLOR levels as Node's and chalk's docs give them.
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '2' }, false, true],
    [{ FORCE_COLOR: '3' }, false, true],
    [{ FORCE_COLOR: 'true' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ TERM: 'dumb' }, true, false],
  ])('%j on a terminal: %s gives colour %s', (env, isTTY, expected) => {
    expect(colorEnabled(env, isTTY)).toBe(expected);
  });
});

describe('terminalColumns', () => {
  it('takes the terminal width, else COLUMNS, else 80', () => {
    expect(terminalColumns(132, { COLUMNS: '60' })).toBe(132);
    expect(terminalColumns(undefined, { COLUMNS: '60' })).toBe(60);
    expect(terminalColumns(undefined, {})).toBe(80);
    expect(terminalColumns(undefined, { COLUMNS: 'wide' })).toBe(80);
    expect(terminalColumns(undefined, { COLUMNS: '-5' })).toBe(80);
    expect(terminalColumns(0, { COLUMNS: '0' })).toBe(80);
  });
});
