// What an error tells a caller about itself, in the language it was made in: the docs' remedy,
// why it is (or is not) worth retrying, and the system's official error-code page.
import { describe, expect, it } from 'vitest';
import { catalog, fromCode, fromResponse } from './index.js';

describe('an error carries its remedy, retry reason and docs link', () => {
  it('in English by default and in Chinese when asked, from the docs page', () => {
    // The newest GES docs edition (huaweicloudDocs/ges@fbb02e7c) gives GES.7000 a two-step remedy.
    const entry = catalog.find((e) => e.code === 'GES.7000')!;
    expect(fromCode('GES.7000').remedy).toBe(entry.remedy?.en);
    expect(fromCode('GES.7000', { locale: 'zh' }).remedy).toMatch(/^1\. /);
    expect(fromCode('GES.7000', { locale: 'zh' }).remedy).toBe(entry.remedy?.zh);
    expect(fromCode('GES.7000').docs).toMatch(/^https:\/\/support\.huaweicloud\.com\/.*ges_03_0040\.html$/);
    expect(fromCode('GES.7000', { locale: 'zh' }).docs).not.toBe(fromCode('GES.7000').docs);
  });

  it('from the wire too, with the locale asked of fromResponse', () => {
    const err = fromResponse({ status: 503, body: { error_code: 'GES.7005', error_msg: 'busy' } }, { locale: 'zh' });
    expect(err?.remedy).toMatch(/请稍后重试/);
    expect(err?.retryableWhy).toMatch(/请稍后重试/);
  });

  it('and never in logs or JSON: they are facts of the class, read on demand', () => {
    const err = fromCode('GES.7000');
    expect(Object.keys(err)).not.toContain('remedy');
    expect(JSON.stringify(err)).not.toContain('X-Auth-Token');
  });
});
