import { describe, expect, it } from 'vitest';
import { loadAllDataFiles } from './load.js';
import type { DataFileT, EntryT } from './schema.js';
import { validateAcrossFiles, validateDataFile } from './validate.js';

const files = loadAllDataFiles().map((l) => l.data);
const clone = (d: DataFileT): DataFileT => structuredClone(d);
const firstError = (d: DataFileT): EntryT => d.entries.find((e) => !e.success && e.category !== undefined && !e.outOfRange && !e.replacedBy)!;

describe('data validation', () => {
  it.each(files.map((f) => [f.system, f] as const))('%s data file is valid', (_, data) => {
    expect(validateDataFile(data)).toEqual([]);
  });

  it('all files together are valid', () => {
    expect(validateAcrossFiles(files)).toEqual([]);
  });

  // Each mutation breaks one rule; the validator must name it.
  const mutations: [string, (d: DataFileT) => void, RegExp][] = [
    ['duplicate code', (d) => d.entries.push({ ...firstError(d), symbol: 'X_OTHER', className: `${d.prefix}OtherError` }), /duplicate code/],
    ['duplicate symbol', (d) => { const [a, b] = d.entries.filter((e) => e.className && !e.replacedBy); b!.symbol = a!.symbol; }, /duplicate symbol/],
    ['duplicate class', (d) => { const [a, b] = d.entries.filter((e) => e.className && !e.replacedBy); b!.className = a!.className; }, /duplicate class name/],
    ['missing message', (d) => { firstError(d).messages = {}; }, /missing message/],
    ['code outside its range', (d) => { const e = firstError(d); const other = d.categories.find((c) => c.name !== e.category && !c.parent)!; e.category = other.name; }, /outside the .* range/],
    ['retryable without a reason', (d) => { const e = firstError(d); e.retryable = true; delete e.retryableWhy; }, /retryable without/],
    ['unknown category', (d) => { firstError(d).category = 'nowhere'; }, /unknown category/],
    ['class without the prefix', (d) => { firstError(d).className = 'SomethingError'; }, /lacks prefix/],
  ];

  describe.each(files.map((f) => [f.system, f] as const))('%s', (_, data) => {
    it.each(mutations)('catches %s', (_name, mutate, message) => {
      const broken = clone(data);
      mutate(broken);
      expect(validateDataFile(broken).join('\n')).toMatch(message);
    });
  });

  it('catches a class name used by two packages', () => {
    const [a, b] = files.map(clone);
    b!.entries.find((e) => e.className)!.className = a!.entries.find((e) => e.className)!.className!;
    expect(validateAcrossFiles([a!, b!]).join('\n')).toMatch(/is in both/);
  });
});
