// The built command, run as a process the way operators run it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(__dirname, '..', 'dist', 'errs.js');
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

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
    expect(errs(['GES.7005']).out).toMatch(/Retryable\s*│ yes/);
    expect(errs(['-1004']).out).toMatch(/Retryable\s*│ no/);
    expect(errs(['-37']).out).toContain('enterprise');
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

  it('an unknown code exits 1 and names the range it falls in', () => {
    const graphd = errs(['-1999']);
    expect(graphd.code).toBe(1);
    expect(graphd.out).toMatch(/NebulaGraph graphd/);
    expect(errs(['GES.8012']).out).toMatch(/GES service/);
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
    expect(errs(['search', '磁盘不存在']).out).toContain('611');
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
    expect(errs(['list', 'nebula']).out).toMatch(/\d+ codes/);
  });
});

describe('usage errors and hostile input', () => {
  it.each([[[]], [['list', 'nosuchsystem']], [['--system', 'bogus', '1']], [['--jsn', '-4']], [['list', 'polaris', '--category', 'nope']]])(
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

  it('echoes input without control characters', () => {
    for (const input of ['\u001b[31m-1004', '\u202e-1004', 'a\u0007b', '__proto__', 'x'.repeat(10_000)]) {
      const { code, out, err } = errs([input]);
      expect([0, 1, 2]).toContain(code);
      expect(out + err).not.toMatch(CONTROL);
      expect((out + err).length).toBeLessThan(2000);
    }
  });

  it('prints no colour when not on a terminal, nor with NO_COLOR', () => {
    expect(errs(['-1004']).out).not.toContain('\u001b[');
    expect(errs(['-1004'], { NO_COLOR: '1', FORCE_COLOR: '1' }).out).not.toContain('\u001b[');
  });
});
