import { describe, expect, it } from 'vitest';
import { docsRows, tsvRows } from '../test/sources.js';
import * as nebula from './index.js';
import { NebulaError, catalog, fromCode, fromJSON } from './index.js';

const en = docsRows('docs-en.md');
const zh = docsRows('docs-zh.md');
const byCode = new Map(catalog.map((e) => [e.code, e]));
const errors = catalog.filter((e) => !e.success);
const exported = nebula as unknown as Record<string, new (...args: unknown[]) => NebulaError>;

describe('the docs reach the catalog verbatim', () => {
  it('both docs tables list the same 158 codes', () => {
    expect(en.size).toBe(158);
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each([...en.keys()])('docs code %i is in the catalog with its English and Chinese text', (code) => {
    const entry = byCode.get(code);
    expect(entry?.documented).toBe(true);
    // Where the docs are wrong for the code upstream, their words are kept in docText.
    expect(entry?.docText?.en ?? entry?.messages.en).toBe(en.get(code));
    expect(entry?.docText?.zh ?? entry?.messages.zh).toBe(zh.get(code));
  });

  it('only docs codes are marked documented', () => {
    expect(catalog.filter((e) => e.documented).map((e) => e.code).sort()).toEqual([...en.keys()].sort());
  });

  it('every docs divergence keeps both texts and says why', () => {
    for (const code of [-1008, -2011, -2066]) {
      const entry = byCode.get(code)!;
      expect(entry.docText).toBeDefined();
      expect(entry.note).toBeTruthy();
      expect(entry.messages.en).not.toBe(entry.docText?.en);
    }
    expect(byCode.get(-2011)?.symbol).toBe('E_ZONE_NOT_ENOUGH');
    expect(byCode.get(-1008)?.symbol).toBe('E_BAD_PERMISSION');
  });
});

describe('every upstream code is in the catalog', () => {
  const upstream = tsvRows('upstream-codes.tsv');
  const annotations = new Map(tsvRows('upstream-annotations.tsv').map((r) => [Number(r.code), r]));

  it.each(upstream.map((r) => [Number(r.code), r.upstream_name!] as const))('%i %s', (code, symbol) => {
    const entry = byCode.get(code);
    expect(entry?.symbol).toBe(symbol);
    if (annotations.get(code)?.only_ent === 'yes') expect(entry?.enterprise).toBe(true);
  });

  it('0 SUCCEEDED is the success code and has no class', () => {
    expect(byCode.get(0)).toMatchObject({ symbol: 'SUCCEEDED', success: true });
    expect(byCode.get(0)?.className).toBeUndefined();
  });

  it('the catalog is sorted, frozen and has no duplicate', () => {
    const codes = catalog.map((e) => e.code as number);
    expect(codes).toEqual([...codes].sort((a, b) => Math.abs(a) - Math.abs(b)));
    expect(new Set(codes).size).toBe(codes.length);
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog[1])).toBe(true);
    expect(Object.isFrozen(catalog[1]!.messages)).toBe(true);
  });
});

describe.each(errors.map((e) => [e.code, e.className!, e] as const))('code %i (%s)', (code, className, entry) => {
  const Class = exported[className]!;

  it('fromCode gives the exported class with the catalog facts', () => {
    const err = fromCode(code);
    expect(err).toBeInstanceOf(Class);
    expect(err).toBeInstanceOf(NebulaError);
    expect(err.constructor).toBe(Class);
    expect(err.name).toBe(className);
    expect(err.code).toBe(code);
    expect(err.symbol).toBe(entry.symbol);
    expect(err.category).toBe(entry.category);
    expect(err.retryable).toBe(entry.retryable);
    expect(err.message).toBe(entry.messages.en ?? entry.messages.zh);
    expect(fromCode(String(code)).constructor).toBe(Class);
  });

  it('speaks Chinese on request, falling back to English', () => {
    expect(fromCode(code, { locale: 'zh' }).message).toBe(entry.messages.zh ?? entry.messages.en);
    expect(new Class(undefined, { locale: 'zh' }).message).toBe(entry.messages.zh ?? entry.messages.en);
  });

  it('is an instance of its category class and survives JSON', () => {
    const category = nebula.categoryCatalog.find((c) => c.name === entry.category);
    if (category) expect(fromCode(code)).toBeInstanceOf(exported[category.className]!);
    const err = fromCode(code, { message: 'from server', requestId: 'r' });
    const back = fromJSON(JSON.parse(JSON.stringify(err)));
    expect(back.constructor).toBe(Class);
    expect(back.toJSON()).toEqual(err.toJSON());
  });
});

describe('codes outside the catalog', () => {
  it('land in the category class of their range, keeping the code', () => {
    expect(fromCode(-1999)).toBeInstanceOf(nebula.NebulaGraphdError);
    expect(fromCode(-3599)).toBeInstanceOf(nebula.NebulaRaftError);
    expect(fromCode(-3599)).toBeInstanceOf(nebula.NebulaStorageError);
    expect(fromCode(-3999)).not.toBeInstanceOf(nebula.NebulaRaftError);
    expect(fromCode(-9999).constructor).toBe(NebulaError);
    expect(fromCode(-9999).code).toBe(-9999);
    expect(fromCode(-9999).message).toMatch(/-9999 is not in the catalog/);
  });

  it('NebulaCodes maps every symbol to its code', () => {
    for (const entry of catalog) expect(nebula.NebulaCodes[entry.symbol as keyof typeof nebula.NebulaCodes]).toBe(entry.code);
    expect(Object.isFrozen(nebula.NebulaCodes)).toBe(true);
  });

  it('fromCode(0) is a RangeError: success is not an error', () => {
    expect(() => fromCode(0 as never)).toThrow(RangeError);
  });
});
