import { describe, expect, it } from 'vitest';
import { cellText, parseGitDocs, parseSeedDocs } from './ges.js';
import { readSeed, readVendored } from './vendored.js';

describe('the GES parsers read the docs tables as Huawei writes them', () => {
  it('a cell: paragraphs and list items joined, ordered items numbered', () => {
    expect(cellText('<p id="a">确认类型，取值如下：</p>\n<ul id="u"><li>auto_assign：自动绑定。</li><li>bind_existing：使用已有。</li></ul>')).toBe(
      '确认类型，取值如下： auto_assign：自动绑定。 bind_existing：使用已有。',
    );
    expect(cellText('<a name="x"></a><ol id="o"><li>检查A。</li><li>检查&quot;B&quot;。</li></ol>')).toBe('1. 检查A。 2. 检查"B"。');
  });

  it('the seed: 62 rows, 50 with a remedy; the git copy: 61 rows (no GES.0016), the lists kept', () => {
    const seed = parseSeedDocs(readSeed('ges', 'docs-zh.md'));
    expect(seed).toHaveLength(62);
    expect(seed.filter((r) => r.remedy !== undefined)).toHaveLength(50);
    const git = parseGitDocs(readVendored('ges', 'management-plane-error-codes.zh.md').text);
    expect(git).toHaveLength(61);
    expect(git.some((r) => r.code === 'GES.0016')).toBe(false);
    expect(git.find((r) => r.code === 'GES.7005')).toMatchObject({ status: 408, en: expect.stringMatching(/\S/) });
    // Every remedy the seed lacks is in the git copy, but GES.0016's, whose row it lacks.
    const lacking = seed.filter((r) => r.remedy === undefined).map((r) => r.code);
    expect(lacking).toHaveLength(12);
    expect(lacking.filter((c) => git.find((r) => r.code === c)?.remedy === undefined)).toEqual(['GES.0016']);
  });
});
