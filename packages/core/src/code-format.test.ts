import { describe, expect, it } from 'vitest';
import { codeFormat } from './code-format.js';

describe('codeFormat', () => {
  const ges = codeFormat({ kind: 'prefixed', prefix: 'GES.', digits: 4 });
  const polaris = codeFormat({ kind: 'integer', min: 100000, max: 999999 });

  it('reads a prefixed code in any case, around space, without its leading zeros', () => {
    // The CLI README: "`GES.N` (any case; `GES.1` is `GES.0001`)".
    expect(ges.normalize('GES.7005')).toBe('GES.7005');
    expect(ges.normalize(' ges.7005 ')).toBe('GES.7005');
    expect(ges.normalize('GES.1')).toBe('GES.0001');
    expect(ges.normalize('GES.00001')).toBe('GES.0001');
    expect(ges.normalize('GES.8012')).toBe('GES.8012');
    expect(ges.rangeKey('GES.7005')).toBe(7005);
  });

  it('is not fooled by other text', () => {
    for (const input of ['GES7005', 'GESX7005', 'GES.', 'GES.123456789', 'XGES.7005', 7005, null, undefined, {}]) {
      expect(ges.normalize(input)).toBeUndefined();
    }
    expect(ges.rangeKey(7005)).toBeUndefined();
  });

  it('reads integer codes from numbers and decimal text, and knows its shape', () => {
    expect(polaris.normalize(' 400301 ')).toBe(400301);
    expect(polaris.normalize(400301n)).toBe(400301);
    expect(polaris.normalize('4e5')).toBeUndefined();
    expect(polaris.normalize(1.5)).toBeUndefined();
    expect(polaris.rangeKey(400301)).toBe(400301);
    expect(polaris.fits(400301)).toBe(true);
    expect(polaris.fits(42)).toBe(false);
    expect(codeFormat({ kind: 'integer', max: 0 }).fits(-1004)).toBe(true);
    expect(codeFormat({ kind: 'integer', max: 0 }).fits(5)).toBe(false);
  });
});
