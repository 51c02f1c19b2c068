import { describe, expect, it } from 'vitest';
import { importNebula } from '../../../tooling/src/import/nebula.js';
import { readData } from '../../../tooling/src/import/apply.js';
import { sameWording } from '../../../tooling/src/import/text.js';
import * as nebula from './index.js';
import { NebulaError, catalog, fromCode, fromJSON } from './index.js';

// What the importer reads in data/sources/: common.thrift and the two docs editions.
const upstream = importNebula();
const [seed, newest] = upstream.editions;
const en = new Map(seed!.rows.map((r) => [r.code as number, r.text.en]));
const zh = new Map(seed!.rows.map((r) => [r.code as number, r.text.zh]));
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

  it('the codes of either docs edition, and only those, are marked documented', () => {
    const listed = new Set([...en.keys(), ...newest!.rows.map((r) => r.code as number)]);
    // The seed's 158 rows and the 14 rows only the newest edition has.
    expect(listed.size).toBe(172);
    expect(catalog.filter((e) => e.documented).map((e) => e.code).sort()).toEqual([...listed].sort());
  });

  it.each(newest!.rows.map((r) => [r.code, r] as const))('newest docs row %i: its words are in the catalog, beside the seed\'s', (code, row) => {
    const entry = byCode.get(code)!;
    for (const lang of ['en', 'zh'] as const) {
      const text = row.text[lang]!;
      const kept = [entry.messages[lang], entry.docText?.[lang]].some((t) => sameWording(t, text)) || (entry.note ?? '').includes(`"${text}"`);
      expect(kept, `${code} ${lang} ${text}`).toBe(true);
    }
  });

  it('the newest edition documents today\'s -2014...-2016 under their v3.3 numbers, matched by name', () => {
    expect(byCode.get(-2014)?.messages.zh).toBe('Schema 名字已存在');
    expect(byCode.get(-2016)?.messages.zh).toBe('仍有图空间在主机上，不能被删除');
    expect(byCode.get(-2013)?.documented).toBe(false);
  });

  it('the sources name every docs edition that lists a code', () => {
    const newestEn = 'upstream:vesoft-inc/nebula-docs:docs-2.0-en/20.appendix/error-code.md';
    for (const entry of readData('nebula').entries) {
      const { sources } = entry;
      expect(sources.includes('docs-en'), String(entry.code)).toBe(en.has(entry.code as number));
      expect(sources.includes(newestEn), String(entry.code)).toBe(newest!.rows.some((r) => r.code === entry.code));
    }
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
  it.each(upstream.codes.map((u) => [u.code as number, u.symbol, u] as const))('%i %s', (code, symbol, u) => {
    const entry = byCode.get(code);
    expect(entry?.symbol).toBe(symbol);
    // The message is the seed docs' words where they list the code (verbatim, or in docText where
    // the docs are demonstrably wrong), else common.thrift's comment; the other wording is kept.
    if (u.message.en !== undefined) {
      const words = [entry?.messages.en, entry?.docText?.en];
      if (!words.includes(u.message.en)) expect(entry?.note).toContain(`"${u.message.en}"`);
    }
    if (u.enterprise) expect(entry?.enterprise).toBe(true);
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
