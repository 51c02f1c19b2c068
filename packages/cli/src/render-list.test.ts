import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnsOf } from '../test/columns.js';
import { unsafe } from '../test/hostile.js';
import { fitColumns, renderListPlain, renderListTable } from './render-list.js';
import { search } from './search.js';
import { systems } from './systems.js';

const all = systems.flatMap((s) => s.catalog);
const style = (columns: number, lang: 'en' | 'zh' | 'both' = 'both') => ({ color: false, lang, columns });

describe('the list table', () => {
  it.each([40, 60, 80, 100, 169, 250])('one line per code within %i columns', (columns) => {
    const lines = renderListTable(all, style(columns)).split('\n');
    // A header, one line per code, the count.
    expect(lines).toHaveLength(all.length + 2);
    expect(lines.at(-1)).toBe(`${all.length} codes`);
    if (columns >= 60) for (const line of lines) expect(columnsOf(line), line).toBeLessThanOrEqual(columns);
  });

  it('fits Chinese messages by their width, in Chinese with --lang zh', () => {
    const lines = renderListTable(search(['磁盘']), style(70, 'zh')).split('\n');
    expect(lines[0]).toMatch(/^错误码\s+类别\s+类名\s+可重试\s+说明$/);
    for (const line of lines) expect(columnsOf(line), line).toBeLessThanOrEqual(70);
    expect(lines.some((l) => l.includes('磁盘不存在'))).toBe(true);
  });

  it('shows the category, not the system, when the codes are of one system', () => {
    const polaris = systems.find((s) => s.id === 'polaris')!.catalog;
    expect(renderListTable(polaris, style(120)).split('\n')[0]).toMatch(/^CODE\s+CATEGORY\s+CLASS/);
  });

  it('gives the class and message what is left, the narrower keeping its width', () => {
    expect(fitColumns([8, 20, 50, 5, 112], [false, false, true, false, true], 80)).toEqual([8, 20, 19, 5, 20]);
    expect(fitColumns([8, 20, 10, 5, 112], [false, false, true, false, true], 80)).toEqual([8, 20, 10, 5, 29]);
    expect(fitColumns([8, 20, 30, 5, 30], [false, false, true, false, true], 200)).toEqual([8, 20, 30, 5, 30]);
  });
});

describe('the plain list', () => {
  it('is one tab-separated line per code: code, system, category, class, retryable, message', () => {
    const lines = renderListPlain(all, style(80)).split('\n');
    expect(lines).toHaveLength(all.length);
    expect(lines.every((l) => l.split('\t').length === 6)).toBe(true);
    expect(lines).toContain('GES.7005\tges\tmanagement\tGesServiceUnavailableError\ttrue\tThe underlying service of the graph engine is unavailable.');
    expect(renderListPlain(all, style(80, 'zh')).split('\n')).toContain('611\tblobstore\tblobnode\tBlobstoreDiskNotFoundError\tfalse\t磁盘不存在');
  });

  it('property: no field carries a tab, newline or control, whatever the catalog text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const entry = { ...all[0]!, symbol: text, className: text, messages: { en: text, zh: text } };
        const line = renderListPlain([entry], style(80));
        expect(line.split('\t')).toHaveLength(6);
        expect(unsafe(line.replaceAll('\t', ' '))).toBeUndefined();
        expect(line).not.toContain('\n');
        expect(unsafe(renderListTable([entry], style(80)))).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});
