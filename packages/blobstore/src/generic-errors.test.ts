import { describe, expect, it } from 'vitest';
import { dataGeneric } from '../test/sources.js';
import { genericErrors } from './generic-errors.js';
import { catalog } from './index.js';

describe('the generic error table', () => {
  it('is the `generic` array of data/errors.json, row for row', () => {
    expect(genericErrors).toEqual(dataGeneric());
    expect(Object.isFrozen(genericErrors)).toBe(true);
    expect(Object.isFrozen(genericErrors[0])).toBe(true);
  });

  it('shares statuses with the catalog exactly where the upstream notes say: 400 and 404', () => {
    const codes = new Set(catalog.map((e) => e.code));
    expect([...new Set(genericErrors.map((g) => g.status))].filter((s) => codes.has(s))).toEqual([400, 404]);
  });

  it('no generic message is also the catalog message of its status', () => {
    for (const g of genericErrors) {
      const entry = catalog.find((e) => e.code === g.status);
      if (entry) expect(entry.messages.en?.toLowerCase()).not.toBe(g.message.toLowerCase());
    }
  });
});
