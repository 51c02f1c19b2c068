import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileOrHuge } from '../test/hostile.js';
import { search } from './search.js';

describe('search', () => {
  it('finds English, Chinese, symbols and class names, every word required', () => {
    expect(search(['leader']).map((e) => e.code)).toContain(-4);
    expect(search(['磁盘不存在']).map((e) => e.code)).toContain(611);
    expect(search(['E_SPACE_NOT_FOUND']).map((e) => e.code)).toEqual([-5]);
    expect(search(['leader', 'lease']).map((e) => e.code)).toEqual([-3531]);
    expect(search(['leader'], 'blobstore').every((e) => e.system === 'blobstore')).toBe(true);
  });

  it('property: any words give only entries whose text holds every word, and never throw', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostileOrHuge, fc.constantFrom('leader', '磁盘', 'not', 'GES', 'e_')), { maxLength: 3 }), (words) => {
        const needles = words.map((w) => w.trim().toLowerCase()).filter(Boolean);
        for (const e of search(words)) {
          const text = [e.code, e.symbol, e.className, e.category, e.messages.en, e.messages.zh, e.remedy?.en, e.remedy?.zh, e.docText?.en, e.docText?.zh].join('\n').toLowerCase();
          for (const needle of needles) expect(text).toContain(needle);
        }
      }),
      { numRuns: 100 },
    );
  });
});
