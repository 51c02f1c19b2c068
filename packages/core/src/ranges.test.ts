import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeRange, findRange, inRange } from './ranges.js';

describe('ranges', () => {
  it('are inclusive at both ends', () => {
    const r = codeRange(600, 699);
    expect([599, 600, 699, 700].map((c) => inRange(c, r))).toEqual([false, true, true, false]);
  });

  it('reject empty and non-integer ranges', () => {
    expect(() => codeRange(2, 1)).toThrow(RangeError);
    expect(() => codeRange(0.5, 1)).toThrow(RangeError);
  });

  it('lookup picks the narrowest range holding the code', () => {
    const items = [
      { name: 'storage', range: codeRange(-3999, -3000) },
      { name: 'raft', range: codeRange(-3599, -3500) },
    ];
    expect(findRange(items, -3523)?.name).toBe('raft');
    expect(findRange(items, -3001)?.name).toBe('storage');
    expect(findRange(items, -1)).toBeUndefined();
  });

  it('property: a found range always holds the code, and no narrower one does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -100, max: 100 }), fc.nat(50)), { maxLength: 8 }),
        fc.integer({ min: -200, max: 200 }),
        (spans, code) => {
          const items = spans.map(([low, width]) => ({ range: codeRange(low, low + width) }));
          const found = findRange(items, code);
          const holding = items.filter((i) => inRange(code, i.range));
          if (found === undefined) expect(holding).toEqual([]);
          else for (const h of holding) expect(found.range.high - found.range.low).toBeLessThanOrEqual(h.range.high - h.range.low);
        },
      ),
    );
  });
});
