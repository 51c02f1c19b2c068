// The built command, run as a process the way operators run it.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsOf } from './columns.js';
import { unsafe } from './hostile.js';

const bin = join(__dirname, '..', 'dist', 'errs.js');

function errs(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('errs <code...>', () => {
  it.each([
    ['-1004', 'NebulaSyntaxError', 'E_SYNTAX_ERROR'],
    ['-3523', 'NebulaRaftTooManyRequestsError', '请求数量过多'],
    ['GES.7005', 'GesServiceUnavailableError', '408'],
    ['ges.7005', 'GesServiceUnavailableError', '请稍后重试或者联系技术支持人员。'],
    ['400301', 'PolarisNotFoundServiceError', '服务未找到'],
    ['611', 'BlobstoreDiskNotFoundError', '磁盘不存在'],
  ])('%s shows its class and facts, exit 0', (code, className, fact) => {
    const { code: exit, out } = errs([code]);
    expect(exit).toBe(0);
    expect(out).toContain(className);
    expect(out).toContain(fact);
  });

  it('says whether a code is retryable and whether the docs list it', () => {
    expect(errs(['GES.7005']).out).toMatch(/^ {2}Retryable +yes: /m);
    expect(errs(['-1004']).out).toMatch(/^ {2}Retryable +no$/m);
    expect(errs(['-37']).out).toMatch(/^ {2}In docs +no \(enterprise edition\)$/m);
  });

  it('answers in the order asked', () => {
    const titles = errs(['-3523', 'GES.7005', '611']).out.split('\n').filter((l) => /^\S/.test(l));
    expect(titles).toEqual(['-3523 NebulaRaftTooManyRequestsError', 'GES.7005 GesServiceUnavailableError', '611 BlobstoreDiskNotFoundError']);
  });

  it('takes several codes, negative ones mixed with flags', () => {
    const { code, out } = errs(['-3523', '-1004', '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed.results.map((r: { matches: { className: string }[] }) => r.matches[0]!.className)).toEqual(['NebulaRaftTooManyRequestsError', 'NebulaSyntaxError']);
    expect(errs(['--', '-4']).out).toContain('NebulaLeaderChangedError');
  });

  it('shows every match of an ambiguous code: 0 is NebulaGraph success and Polaris Unknown', () => {
    const { code, out } = errs(['0', '--json']);
    expect(code).toBe(0);
    const matches = JSON.parse(out).results[0].matches as { system: string }[];
    expect(matches.map((m) => m.system).sort()).toEqual(['nebula', 'polaris']);
    expect(errs(['0']).out).toContain('matches 2 systems');
  });

  it('--system forces one system', () => {
    const { out } = errs(['0', '--system', 'polaris', '--json']);
    expect(JSON.parse(out).results[0].matches.map((m: { system: string }) => m.system)).toEqual(['polaris']);
  });

  it('an unknown code exits 1 and names the range it falls in, on stderr', () => {
    const graphd = errs(['-1999']);
    expect(graphd.code).toBe(1);
    expect(graphd.out).toBe('');
    expect(graphd.err).toMatch(/NebulaGraph's graphd range -1999…-1000/);
    expect(errs(['GES.8012']).err).toMatch(/GES's service range GES\.8000…GES\.8999/);
    expect(errs(['400999', '--json']).code).toBe(1);
    expect(JSON.parse(errs(['400999', '--json']).out).results[0].ranges).toEqual([{ system: 'polaris', category: '400' }]);
  });

  it('the JSON shape carries the catalog facts', () => {
    const entry = JSON.parse(errs(['GES.7005', '--json']).out).results[0].matches[0];
    expect(entry).toMatchObject({ system: 'ges', code: 'GES.7005', className: 'GesServiceUnavailableError', httpStatus: 408, retryable: true, documented: true });
    expect(entry.messages.zh).toBe('图引擎底层服务不可用');
    expect(entry.remedy.zh).toBe('请稍后重试或者联系技术支持人员。');
  });
});

describe('errs search and list', () => {
  it('search finds English, Chinese, symbols and class names', () => {
    const leader = JSON.parse(errs(['search', 'leader', '--json']).out).results as { system: string; code: number }[];
    expect(leader).toContainEqual(expect.objectContaining({ system: 'nebula', code: -4 }));
    expect(leader).toContainEqual(expect.objectContaining({ system: 'blobstore', code: 907 }));
    expect(errs(['search', '磁盘不存在']).out.split('\n')).toContain('611\tblobstore\tblobnode\tBlobstoreDiskNotFoundError\tfalse\tdisk not found');
    expect(errs(['search', 'E_SPACE_NOT_FOUND']).out).toContain('-5');
    expect(errs(['search', 'GesGraphNotFoundError']).out).toContain('GES.7000');
    expect(errs(['search', 'zzzz-no-such-text']).code).toBe(1);
  });

  it('list filters by system, category and retryable', () => {
    const conflict = JSON.parse(errs(['list', 'polaris', '--category', '409', '--json']).out);
    expect(conflict.entries.map((e: { code: number }) => e.code)).toEqual([409000]);
    const retryable = JSON.parse(errs(['list', 'blobstore', '--retryable', '--json']).out).entries as { retryable: boolean; system: string }[];
    expect(retryable.length).toBeGreaterThan(0);
    expect(retryable.every((e) => e.retryable && e.system === 'blobstore')).toBe(true);
    expect(errs(['list', 'nebula', '--no-plain']).out).toMatch(/\n\d+ codes\n$/);
  });

  it('lists are one tab-separated line per code when piped, aligned to COLUMNS with --no-plain', () => {
    const count = JSON.parse(errs(['list', '--json']).out).entries.length as number;
    const piped = errs(['list']).out.trimEnd().split('\n');
    expect(piped).toHaveLength(count);
    expect(piped.every((l) => l.split('\t').length === 6)).toBe(true);
    for (const columns of [80, 120]) {
      const table = errs(['list', '--no-plain'], { COLUMNS: String(columns) }).out.trimEnd().split('\n');
      expect(table).toHaveLength(count + 2);
      expect(Math.max(...table.map(columnsOf))).toBeLessThanOrEqual(columns);
    }
  });
});

describe('usage errors and hostile input', () => {
  it.each([[[]], [['list', 'nosuchsystem']], [['--system', 'bogus', '1']], [['--jsn', '-4']], [['list', 'polaris', '--category', 'nope']], [['sarch', 'leader']]])(
    '%j exits 2 with one line and no stack trace',
    (args) => {
      const { code, err, out } = errs(args as string[]);
      expect(code).toBe(2);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toMatch(/^errs: /);
      expect(err).not.toMatch(/\n\s+at /);
      expect(out).toBe('');
    },
  );

  it('echoes input without control, bidi or zero-width characters, cut by grapheme', () => {
    for (const input of ['\u001b[31m-1004', '\u202e-1004', '\u2066x\u2069', 'a\u0007b\u200b\ufeff\u061c', '__proto__', 'x'.repeat(10_000), '😀'.repeat(500)]) {
      const { code, out, err } = errs([input]);
      expect([0, 1, 2]).toContain(code);
      expect(unsafe(out + err)).toBeUndefined();
      expect(out + err).not.toContain('\ufffd');
      expect((out + err).length).toBeLessThan(2000);
    }
  });

  it('colours by NO_COLOR, FORCE_COLOR and the terminal', () => {
    expect(errs(['-1004']).out).not.toContain('\u001b[');
    expect(errs(['-1004'], { FORCE_COLOR: '1' }).out).toContain('\u001b[');
    expect(errs(['-1004'], { FORCE_COLOR: '0' }).out).not.toContain('\u001b[');
    expect(errs(['-1004'], { NO_COLOR: '1', FORCE_COLOR: '1' }).out).not.toContain('\u001b[');
  });
});

describe('help and version', () => {
  it('--version is the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };
    expect(errs(['--version'])).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });

  it('help and --help print the usage, exit 0', () => {
    for (const args of [['help'], ['--help']]) {
      const { code, out } = errs(args);
      expect(code).toBe(0);
      expect(out).toMatch(/^Usage: errs /);
    }
  });
});

describe('output that cannot be written', () => {
  it('a reader that stops early (errs list | head) ends the command quietly', async () => {
    // The reader is gone before the first write: every write meets EPIPE.
    const child = spawn(process.execPath, [bin, 'list', '--no-plain'], { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH } });
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('a reader that takes a few lines of more than a pipe holds: no stack trace, exit 0', () => {
    // `list --json` is some hundreds of KiB, far more than a pipe buffer (64 KiB on Linux).
    const script = '{ "$0" "$1" list --json; echo "exit $?" >&2; } | head -3 >/dev/null';
    const result = spawnSync('sh', ['-c', script, process.execPath, bin], { encoding: 'utf8' });
    expect(result.stderr).toBe('exit 0\n');
  });

  it.skipIf(!existsSync('/dev/full'))('a full disk (/dev/full) is one line on stderr and exit 3', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [bin, 'list'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', env: { PATH: process.env.PATH } });
      expect(result.status).toBe(3);
      expect(result.stderr).toBe('errs: cannot write output: ENOSPC (no space left on device)\n');
    } finally {
      closeSync(full);
    }
  });
});
