import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeValue, stripControl } from './text.js';

describe('text for terminals and logs', () => {
  it('strips controls and bidi overrides', () => {
    expect(stripControl('a\u0000b\u001b[31mc\u202ed\u2066e')).toBe('ab[31mcde');
  });

  it('describes any value briefly, never throwing', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const value of [proxy, 10n, Symbol('s'), () => 1, null, undefined, [1, 2], 'x'.repeat(500)]) {
      expect(describeValue(value).length).toBeLessThanOrEqual(60);
    }
  });

  it('property: stripped text has no control characters, and stripping twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (text) => {
        const clean = stripControl(text);
        return !/[\u0000-\u001f\u007f-\u009f]/.test(clean) && stripControl(clean) === clean;
      }),
      { numRuns: 200 },
    );
  });
});
