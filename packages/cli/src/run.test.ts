import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsOf } from '../test/columns.js';
import { hostile, unsafe } from '../test/hostile.js';
import { run } from './run.js';

interface Terminal {
  env?: Record<string, string>;
  isTTY?: boolean;
  columns?: number;
}

async function capture(argv: string[], { env = {}, isTTY = false, columns }: Terminal = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (t) => out.push(t), err: (t) => err.push(t), isTTY, columns, env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const titles = (text: string) => text.split('\n').filter((l) => /^\S/.test(l)).map((l) => l.split(' ')[0]);

describe('answers in the order asked', () => {
  it('keeps the order of the codes, negative ones included, in the view and in --json', async () => {
    expect(titles((await capture(['-3523', 'GES.7005', '611'])).out)).toEqual(['-3523', 'GES.7005', '611']);
    expect(titles((await capture(['611', '-3523', '-s', 'nebula', '-1004'])).out)).toEqual(['-3523', '-1004']);
    const json = JSON.parse((await capture(['-3523', 'GES.7005', '611', '--json'])).out);
    expect(json.results.map((r: { query: string }) => r.query)).toEqual(['-3523', 'GES.7005', '611']);
    expect(json.results.map((r: { matches: { code: unknown }[] }) => r.matches[0]!.code)).toEqual([-3523, 'GES.7005', 611]);
  });
});

describe('help, version and near misses', () => {
  it.each([[['help']], [['--help']], [['-h']]])('%j prints the usage and exits 0', async (argv) => {
    const { code, out, err } = await capture(argv);
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: errs/);
    expect(out).toContain('search');
    expect(out).toContain('Exit codes: 0 found, 1 not found, 2 usage error, 3 output could not be written.');
    expect(err).toBe('');
  });

  it('help <command> prints that command\'s usage', async () => {
    const { code, out } = await capture(['help', 'list']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: errs list/);
    expect(out).toContain('--retryable');
  });

  it('--version prints the version of package.json', async () => {
    expect(await capture(['--version'])).toEqual({ code: 0, out: version, err: '' });
    expect((await capture(['-v'])).out).toBe(version);
  });

  it.each([
    [['sarch', 'leader'], "errs: unknown command 'sarch'; did you mean 'search'?"],
    [['lst', 'polaris'], "errs: unknown command 'lst'; did you mean 'list'?"],
    [['--jsn', '-4'], "errs: unknown option '--jsn'; did you mean --json?"],
    [['list', '--retryble'], "errs: unknown option '--retryble'; did you mean --retryable?"],
    [['list', 'nebual'], "errs: system 'nebual': no such system; did you mean 'nebula'? (systems: blobstore, ges, nebula, polaris)"],
    [['help', 'serch'], "errs: no command 'serch'; did you mean 'search'? (commands: search, list, help)"],
  ])('%j is a usage error with a suggestion', async (argv, message) => {
    expect(await capture(argv)).toEqual({ code: 2, out: '', err: message });
  });
});

describe('lookups people make', () => {
  it.each([
    ['E_SYNTAX_ERROR', '-1004 NebulaSyntaxError'],
    ['NebulaSyntaxError', '-1004 NebulaSyntaxError'],
    ['nebulasyntaxerror', '-1004 NebulaSyntaxError'],
    ['NebulaSyntaxError [-1004]: SyntaxError: syntax error near `SELEC`', '-1004 NebulaSyntaxError'],
    ['{"error_code":"GES.7005","error_msg":"The underlying service is unavailable."}', 'GES.7005 GesServiceUnavailableError'],
    ['polaris code 400301', '400301 PolarisNotFoundServiceError'],
  ])('%s finds %s', async (query, title) => {
    const { code, out } = await capture([query]);
    expect(code).toBe(0);
    expect(out.split('\n')).toContain(title);
  });

  it('nothing found: exit 1, one line on stderr with the search to try', async () => {
    const { code, out, err } = await capture(['leader']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/^leader: no code, symbol or class name; try errs search leader \(\d+ codes mention it\)$/);
    expect((await capture(['disk not found'])).err).toContain("errs search 'disk not found'");
  });

  it('an empty argument is a usage error, not a lookup', async () => {
    expect(await capture(['611', '  '])).toEqual({ code: 2, out: '', err: 'errs: an empty argument is no code; see errs --help' });
  });

  it('-1004 -s polaris is not a Polaris code, and is a NebulaGraph one', async () => {
    const { code, err } = await capture(['-1004', '-s', 'polaris']);
    expect(code).toBe(1);
    expect(err).toBe('-1004 is not a Polaris code (those are six digits, like 400301); it is a NebulaGraph code: errs -1004');
  });

  it('--lang zh speaks Chinese in labels, messages and reasons', async () => {
    const { out } = await capture(['-1004', '--lang', 'zh']);
    expect(out).toMatch(/说明\s+语法错误/);
    expect(out).toMatch(/可重试\s+否/);
    expect(out).not.toMatch(/Retryable|Message|In docs/);
    expect((await capture(['-1999', '--lang', 'zh'])).err).toMatch(/^-1999：不在任何目录中；属于 NebulaGraph 的 graphd 范围/);
  });
});

describe('layout and colour follow the terminal', () => {
  it('lays the lookup view out to the terminal width, else COLUMNS, else 80', async () => {
    const widest = (text: string) => Math.max(...text.split('\n').map(columnsOf));
    expect(widest((await capture(['GES.7005'], { isTTY: true, columns: 50 })).out)).toBeLessThanOrEqual(50);
    expect(widest((await capture(['GES.7005'], { env: { COLUMNS: '60' } })).out)).toBeLessThanOrEqual(60);
    const wide = (await capture(['GES.7005'], { env: { COLUMNS: '200' } })).out;
    expect(widest(wide)).toBeGreaterThan(80);
    expect(widest((await capture(['GES.7005'])).out)).toBeLessThanOrEqual(80);
  });

  it('lists are tab-separated for pipes and aligned on a terminal; --plain and --no-plain force either', async () => {
    const piped = (await capture(['list', 'polaris'])).out.split('\n');
    expect(piped.every((l) => l.split('\t').length === 6)).toBe(true);
    const tty = (await capture(['list', 'polaris'], { isTTY: true, columns: 80, env: { NO_COLOR: '1' } })).out.split('\n');
    expect(tty[0]).toMatch(/^CODE\s+CATEGORY\s+CLASS\s+RETRY\s+MESSAGE$/);
    expect(tty.every((l) => !l.includes('\t') && columnsOf(l) <= 80)).toBe(true);
    expect((await capture(['list', 'polaris', '--plain'], { isTTY: true })).out.split('\n')).toEqual(piped);
    expect((await capture(['list', 'polaris', '--no-plain'], { env: { COLUMNS: '80' } })).out.split('\n')).toEqual(tty);
  });

  it('the list has one line per code, no separators', async () => {
    const json = JSON.parse((await capture(['list', '--json'])).out);
    const lines = (await capture(['list', '--no-plain'])).out.split('\n');
    expect(lines).toHaveLength(json.entries.length + 2);
  });

  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '3' }, false, true],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, false, false],
  ])('colour with %j, terminal %s: %s', async (env, isTTY, coloured) => {
    expect((await capture(['-1004'], { env, isTTY })).out.includes('\u001b[')).toBe(coloured);
    expect((await capture(['search', 'leader', '--no-plain'], { env, isTTY })).out.includes('\u001b[')).toBe(coloured);
  });
});

describe('property', () => {
  it('any arguments give exit 0, 1 or 2, one-line errors, and nothing unsafe on the terminal', async () => {
    const token = fc.oneof(
      fc.constantFrom('-1004', '611', 'GES.7005', '400301', '0', 'search', 'list', 'help', '--json', '--plain', '--no-plain', '--system', 'nebula', '--lang', 'zh', '--category', '-r', '--', '-', '--help', '--version'),
      hostile,
    );
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 6 }), fc.boolean(), async (argv, isTTY) => {
        const { code, out, err } = await capture(argv, { isTTY, columns: 80, env: { FORCE_COLOR: '1' } });
        expect([0, 1, 2]).toContain(code);
        expect(err).not.toMatch(/\n\s+at /);
        if (code === 2) expect(err.split('\n')).toHaveLength(1);
        expect(unsafe(out)).toBeUndefined();
        expect(unsafe(err)).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });
});
