import { describe, expect, it } from 'vitest';
import { readData } from '../../../tooling/src/import/apply.js';
import { parseGenericErrors } from '../../../tooling/src/import/blobstore.js';
import { readVendored } from '../../../tooling/src/import/vendored.js';
import { genericErrors } from './generic-errors.js';
import { catalog } from './index.js';

describe('the generic error table', () => {
  it('is the `generic` array of data/errors.json, row for row', () => {
    expect(genericErrors).toEqual(readData('blobstore').generic);
    expect(Object.isFrozen(genericErrors)).toBe(true);
    expect(Object.isFrozen(genericErrors[0])).toBe(true);
  });

  it('is what common.go defines: status, message and the Err* name', () => {
    const upstream = parseGenericErrors(readVendored('blobstore', 'common-errors/common.go').text);
    expect(upstream).toHaveLength(8);
    const rows = (list: readonly { status: number; message: string; symbol: string }[]) => list.map((g) => `${g.status} ${g.message} ${g.symbol}`).sort();
    expect(rows(genericErrors)).toEqual(rows(upstream));
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
