import { describe, expect, it } from 'vitest';
import { docsRows, tsvRows } from '../test/sources.js';
import * as polaris from './index.js';
import { PolarisError, catalog, categoryCatalog, fromCode, fromJSON, fromResponse } from './index.js';

const docs = docsRows();
const byCode = new Map(catalog.map((e) => [e.code as number, e]));
const errors = catalog.filter((e) => !e.success);
const exported = polaris as unknown as Record<string, new (...args: unknown[]) => PolarisError>;

describe('the docs reach the catalog verbatim', () => {
  it('the docs table has 153 codes', () => {
    expect(docs.size).toBe(153);
  });

  it.each([...docs])('docs code %i is in the catalog with its Chinese text', (code, zh) => {
    expect(byCode.get(code)?.messages.zh).toBe(zh);
    expect(byCode.get(code)?.documented).toBe(true);
  });

  it('only docs codes are marked documented', () => {
    expect(catalog.filter((e) => e.documented).length).toBe(153);
  });
});

describe('every code.proto code is in the catalog', () => {
  it.each(tsvRows('upstream-codes.tsv').map((r) => [Number(r.code), r.upstream_name!.replace(/;+$/, ''), r.english_message!] as const))(
    '%i %s',
    (code, symbol, english) => {
      expect(byCode.get(code)?.symbol).toBe(symbol);
      if (english !== '') expect(byCode.get(code)?.messages.en).toBe(english);
      else expect(byCode.get(code)?.note).toMatch(/written here/);
    },
  );
});

describe('success codes', () => {
  it.each([200000, 200001, 200002])('%i is listed, has no class, is rejected by fromCode and is no error in a response', (code) => {
    expect(byCode.get(code)?.success).toBe(true);
    expect(byCode.get(code)?.className).toBeUndefined();
    expect(() => fromCode(code as never)).toThrow(RangeError);
    expect(fromResponse({ code, info: 'execute success' })).toBeUndefined();
  });
});

describe.each(errors.map((e) => [e.code, e.className!, e] as const))('code %i (%s)', (code, className, entry) => {
  const Class = exported[className]!;

  it('fromCode gives the exported class with the catalog facts; HTTP status is code / 1000', () => {
    const err = fromCode(code);
    expect(err.constructor).toBe(Class);
    expect(err).toBeInstanceOf(PolarisError);
    expect(err).toMatchObject({ name: className, code, symbol: entry.symbol, retryable: entry.retryable });
    if (code !== 0) expect(err.httpStatus).toBe(Math.floor((code as number) / 1000));
    expect(err.message).toBe(entry.messages.en);
    expect(fromCode(String(code)).constructor).toBe(Class);
    expect(fromCode(code, { locale: 'zh' }).message).toBe(entry.messages.zh ?? entry.messages.en);
  });

  it('is an instance of the category class of its code / 1000 and survives JSON', () => {
    if (code !== 0) {
      const category = categoryCatalog.find((c) => c.name === String(Math.floor((code as number) / 1000)))!;
      expect(fromCode(code)).toBeInstanceOf(exported[category.className]!);
    }
    const err = fromCode(code, { message: 'from server', requestId: 'r' });
    expect(fromJSON(JSON.parse(JSON.stringify(err))).toJSON()).toEqual(err.toJSON());
  });
});

describe('codes outside the catalog', () => {
  it('land in the category of their code / 1000, keeping the code', () => {
    expect(fromCode(400999)).toBeInstanceOf(polaris.PolarisRequestError);
    expect(fromCode(500999)).toBeInstanceOf(polaris.PolarisServerError);
    expect(fromCode(429999).retryable).toBe(true);
    expect(fromCode(999999).constructor).toBe(PolarisError);
    expect(fromCode(999999).code).toBe(999999);
  });
});
