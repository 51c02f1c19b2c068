import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsOf } from '../test/columns.js';
import { hostile, hostileOrHuge, unsafe } from '../test/hostile.js';
import { lookup } from './lookup.js';
import { renderEntry, renderEntryPlain, renderLookup, renderNotFound } from './render-lookup.js';
import { systems } from './systems.js';

const all = systems.flatMap((s) => s.catalog);
const style = (columns: number, lang: 'en' | 'zh' | 'both' = 'both') => ({ color: false, lang, columns });
const entry = (system: string, code: number | string) => all.find((e) => e.system === system && e.code === code)!;
const hint = { command: 'errs search x', count: 0 };

describe('the lookup view', () => {
  it.each([40, 60, 80, 132])('every entry fits %i columns', (columns) => {
    for (const e of all) {
      for (const line of renderEntry(e, style(columns)).split('\n')) expect(columnsOf(line), `${e.system} ${e.code}: ${line}`).toBeLessThanOrEqual(columns);
    }
  });

  it('keeps English and Chinese remedies on their own labelled lines', () => {
    const lines = renderEntry(entry('ges', 'GES.7004'), style(200)).split('\n');
    const en = lines.find((l) => l.includes('Check whether IaaS-layer components'))!;
    const zh = lines.find((l) => l.includes('查看IAM'))!;
    expect(en).toMatch(/^\s+Remedy\s/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(zh).toMatch(/^\s+处理建议\s/);
    expect(zh).not.toContain('faulty');
  });

  it('--lang zh labels in Chinese, Chinese text first', () => {
    const text = renderEntry(entry('ges', 'GES.7005'), style(100, 'zh'));
    for (const label of ['系统', '类名', '说明', '可重试', '处理建议', '文档收录']) expect(text).toContain(label);
    for (const label of ['System', 'Class', 'Message', 'Retryable', 'Remedy', 'In docs']) expect(text).not.toMatch(new RegExp(`^\\s+${label}\\s`, 'm'));
    expect(text).toContain('图引擎底层服务不可用');
    expect(text).not.toContain('The underlying service of the graph engine is unavailable.');
    expect(text).toMatch(/可重试\s+是/);
  });

  it('--lang en shows English text only, with English labels', () => {
    const text = renderEntry(entry('blobstore', 611), style(100, 'en'));
    expect(text).toContain('disk not found');
    expect(text).not.toContain('磁盘不存在');
    expect(text).toMatch(/Retryable\s+no/);
  });

  it('--plain gives key<TAB>value lines with every fact', () => {
    const lines = renderEntryPlain(entry('ges', 'GES.7005')).split('\n');
    expect(lines).toContain('code\tGES.7005');
    expect(lines).toContain('class\tGesServiceUnavailableError');
    expect(lines).toContain('http_status\t408');
    expect(lines).toContain('retryable\ttrue');
    expect(lines).toContain('remedy_zh\t请稍后重试或者联系技术支持人员。');
    expect(lines.every((l) => l.split('\t').length === 2)).toBe(true);
  });

  it('heads an ambiguous code with the systems it matches', () => {
    expect(renderLookup(lookup('0'), style(80), false).split('\n')[0]).toBe('0 matches 2 systems:');
  });
});

describe('why nothing was found', () => {
  it('a code of another shape under --system is not that system\'s code, and says whose shape it has', () => {
    const text = renderNotFound(lookup('-1004', 'polaris'), style(80), 'polaris', hint);
    expect(text).toMatch(/^-1004 is not a Polaris code/);
    expect(text).not.toMatch(/shape of a Polaris/);
    expect(text).toContain('NebulaGraph');
    expect(renderNotFound(lookup('GES.8012', 'nebula'), style(80), 'nebula', hint)).toMatch(/not a NebulaGraph code.*shape of a Huawei Cloud GES code/);
  });

  it('a code in no catalog names its range', () => {
    expect(renderNotFound(lookup('-1999'), style(80), undefined, hint)).toMatch(/NebulaGraph's graphd range -1999…-1000/);
  });

  it('a word suggests the search that finds it', () => {
    expect(renderNotFound(lookup('leader'), style(80), undefined, { command: 'errs search leader', count: 8 })).toContain('try errs search leader (8 codes mention it)');
  });

  it('speaks Chinese with --lang zh', () => {
    expect(renderNotFound(lookup('-1999'), style(80, 'zh'), undefined, hint)).toMatch(/^-1999：不在任何目录中/);
  });
});

describe('property', () => {
  it('no control, bidi or lone surrogate reaches the output, whatever the query', () => {
    fc.assert(
      fc.property(hostileOrHuge, fc.constantFrom(undefined, 'nebula', 'polaris' as const), fc.constantFrom('en', 'zh', 'both' as const), (query, only, lang) => {
        const result = lookup(query, only);
        const text = result.matches.length > 0 ? renderLookup(result, style(60, lang), false) : renderNotFound(result, style(60, lang), only, { command: query, count: 1 });
        expect(unsafe(text)).toBeUndefined();
        expect(text.length).toBeLessThan(20_000);
      }),
      { numRuns: 200 },
    );
  });

  it('no control, bidi or lone surrogate reaches the output, whatever the catalog text', () => {
    fc.assert(
      // Catalog text is short: the huge inputs are the user's (above), never wrapped whole.
      fc.property(hostile, fc.integer({ min: 20, max: 200 }), fc.constantFrom('en', 'zh', 'both' as const), (text, columns, lang) => {
        const hostileEntry = { ...entry('ges', 'GES.7005'), symbol: text, className: text, note: text, retryableWhy: text, messages: { en: text, zh: text }, remedy: { en: text, zh: text } };
        expect(unsafe(renderEntry(hostileEntry, style(columns, lang)))).toBeUndefined();
        expect(unsafe(renderEntryPlain(hostileEntry).replaceAll('\t', ' '))).toBeUndefined();
        expect(renderEntryPlain(hostileEntry).split('\n').every((line) => line.split('\t').length === 2)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
