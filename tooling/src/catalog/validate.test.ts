import { describe, expect, it } from 'vitest';
import { loadAllDataFiles } from './load.js';
import type { DataFileT, EntryT } from './schema.js';
import { validateAcrossFiles, validateDataFile } from './validate.js';

const files = loadAllDataFiles().map((l) => l.data);
const clone = (d: DataFileT): DataFileT => structuredClone(d);
/** An error entry that states none of the facts a rule gives. */
const plain = (d: DataFileT): EntryT =>
  d.entries.find((e) => !e.success && e.category === undefined && e.className === undefined && !e.replacedBy && d.categories.length > 0 && e.code !== d.example)
  ?? d.entries.find((e) => !e.success && e.category === undefined && !e.replacedBy && e.code !== d.example)!;
const named = (d: DataFileT) => d.entries.filter((e) => !e.success && !e.replacedBy);
/** Names an entry's class by hand, with the reason where the system derives class names. */
const rename = (d: DataFileT, e: EntryT, name: string) => {
  e.className = name;
  if (d.classNames.from === 'symbol') e.classNameWhy = 'test';
};
/** A code of the right kind outside the system's format. */
const outside = (d: DataFileT): number | string =>
  d.codeFormat.kind === 'prefixed' ? 'XYZ.1' : d.codeFormat.max !== undefined ? d.codeFormat.max + 1 : d.codeFormat.min! - 1;

describe('data validation', () => {
  it.each(files.map((f) => [f.system, f] as const))('%s data file is valid', (_, data) => {
    expect(validateDataFile(data)).toEqual([]);
  });

  it('all files together are valid', () => {
    expect(validateAcrossFiles(files)).toEqual([]);
  });

  // Each mutation breaks one rule; the validator must name it.
  const mutations: [string, (d: DataFileT) => void, RegExp][] = [
    ['duplicate code', (d) => { const e = { ...plain(d), symbol: d.symbols === 'code' ? undefined : 'X_OTHER' }; rename(d, e, `${d.prefix}OtherError`); d.entries.push(e); }, /duplicate code/],
    ['duplicate class', (d) => { const [a, b] = named(d); rename(d, a!, `${d.prefix}SameError`); rename(d, b!, `${d.prefix}SameError`); }, /duplicate class name/],
    ['missing message', (d) => { plain(d).messages = {}; }, /missing message/],
    ['retryable without a reason', (d) => { const e = plain(d); e.retryable = true; delete e.retryableWhy; }, /retryable without/],
    ['unknown category', (d) => { const e = plain(d); e.category = 'nowhere'; e.categoryWhy = 'test'; }, /unknown category/],
    ['a category outside its range without a reason', (d) => { const e = d.entries.find((x) => x.categoryWhy === undefined && !x.success)!; e.category = d.categories.find((c) => c.name !== 'x')!.name === e.category ? null : d.categories.at(-1)!.name; }, /what the range gives|no categoryWhy/],
    ['a category the range gives, stated', (d) => { const e = d.entries.find((x) => x.category === undefined && !x.success)!; const k = typeof e.code === 'number' ? e.code : Number(String(e.code).replace(/\D/g, '')); const c = d.categories.filter((cat) => k >= cat.range[0] && k <= cat.range[1]).sort((a, b) => a.range[1] - a.range[0] - (b.range[1] - b.range[0]))[0]; e.category = c?.name ?? null; e.categoryWhy = 'test'; }, /what the range gives/],
    ['class without the prefix', (d) => { rename(d, plain(d), 'SomethingError'); }, /lacks prefix/],
    ['a code outside the format', (d) => { d.entries.find((e) => !e.formatWhy)!.code = outside(d); }, /not a canonical|outside the code format/],
    ['overlapping sibling ranges', (d) => { const [a, b] = d.categories.filter((c) => c.parent === undefined); b!.range = [...a!.range]; }, /overlap/],
  ];

  describe.each(files.map((f) => [f.system, f] as const))('%s', (_, data) => {
    it.each(mutations)('catches %s', (_name, mutate, message) => {
      const broken = clone(data);
      mutate(broken);
      expect(validateDataFile(broken).join('\n')).toMatch(message);
    });
  });

  describe('a data file states only exceptions, each with its reason', () => {
    const nebula = files.find((f) => f.system === 'nebula')!;
    const polaris = files.find((f) => f.system === 'polaris')!;
    const blobstore = files.find((f) => f.system === 'blobstore')!;
    const ges = files.find((f) => f.system === 'ges')!;
    const at = (d: DataFileT, code: number | string) => d.entries.find((e) => e.code === code)!;

    it('rejects a class name the symbol gives', () => {
      const d = clone(nebula);
      at(d, -1004).className = 'NebulaSyntaxError';
      expect(validateDataFile(d).join('\n')).toMatch(/-1004: className NebulaSyntaxError is what the symbol gives/);
    });

    it('rejects a class name other than the symbol gives, without a reason', () => {
      const d = clone(nebula);
      at(d, -1004).className = 'NebulaParseError';
      expect(validateDataFile(d).join('\n')).toMatch(/-1004: className differs from NebulaSyntaxError without classNameWhy/);
    });

    it('rejects a status the rule gives, and another one without a reason', () => {
      const d = clone(polaris);
      at(d, 400301).httpStatus = 400;
      expect(validateDataFile(d).join('\n')).toMatch(/400301: httpStatus is what the code\/1000 rule gives/);
      at(d, 400301).httpStatus = 500;
      expect(validateDataFile(d).join('\n')).toMatch(/400301: httpStatus differs/);
    });

    it('wants a status per code under the per-code rule', () => {
      const d = clone(ges);
      delete at(d, 'GES.7000').httpStatus;
      expect(validateDataFile(d).join('\n')).toMatch(/GES.7000: missing httpStatus/);
    });

    it('wants a class per code where classes are named by hand', () => {
      const d = clone(ges);
      delete at(d, 'GES.7000').className;
      expect(validateDataFile(d).join('\n')).toMatch(/GES.7000: missing className/);
    });

    it('rejects a symbol where the symbol is the code', () => {
      const d = clone(ges);
      at(d, 'GES.7000').symbol = 'GES.7000';
      expect(validateDataFile(d).join('\n')).toMatch(/the symbol is the code/);
    });

    it('rejects a category class the name gives', () => {
      const d = clone(blobstore);
      d.categories.find((c) => c.name === 'blobnode')!.className = 'BlobstoreBlobnodeError';
      expect(validateDataFile(d).join('\n')).toMatch(/category blobnode: className BlobstoreBlobnodeError is what the name gives/);
    });

    it('wants a class for a category whose name is no word', () => {
      const d = clone(polaris);
      delete d.categories.find((c) => c.name === '409')!.className;
      expect(validateDataFile(d).join('\n')).toMatch(/category 409: the name gives no class/);
    });

    it('rejects a nested range that leaves its parent', () => {
      const d = clone(nebula);
      d.categories.find((c) => c.name === 'raft')!.range = [-4100, -3500];
      expect(validateDataFile(d).join('\n')).toMatch(/raft: range is not inside its parent storage/);
    });

    it('accepts a nested range inside its parent (not an overlap)', () => {
      expect(nebula.categories.some((c) => c.parent === 'storage')).toBe(true);
      expect(validateDataFile(nebula).join('\n')).not.toMatch(/overlap/);
    });
  });

  it('catches a class name used by two packages', () => {
    const [a, b] = files.map(clone);
    const victim = b!.entries.find((e) => !e.success && !e.replacedBy)!;
    rename(b!, victim, `${a!.prefix}Error`);
    expect(validateAcrossFiles([a!, b!]).join('\n')).toMatch(/is in both/);
  });

  it('catches two systems with one prefix', () => {
    const [a, b] = files.map(clone);
    b!.prefix = a!.prefix;
    expect(validateAcrossFiles([a!, b!]).join('\n')).toMatch(/prefix .* is used by two data files/);
  });
});
