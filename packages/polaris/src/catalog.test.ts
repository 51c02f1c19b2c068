import { describe, expect, it } from 'vitest';
import { readData } from '../../../tooling/src/import/apply.js';
import { importPolaris } from '../../../tooling/src/import/polaris.js';
import * as polaris from './index.js';
import { PolarisError, catalog, categoryCatalog, fromCode, fromJSON, fromResponse } from './index.js';

// What the importer reads in data/sources/: code.proto, codeinfo.go, en.toml, zh.toml, the docs.
const upstream = importPolaris();
const docs = new Map(upstream.editions[0]!.rows.map((r) => [r.code as number, r.text.zh!]));
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
  it('code.proto has 173 codes, all in the catalog', () => {
    expect(upstream.codes).toHaveLength(173);
    expect(catalog).toHaveLength(173);
  });

  it.each(upstream.codes.map((u) => [u.code as number, u.symbol, u] as const))('%i %s', (code, symbol, u) => {
    const entry = byCode.get(code);
    expect(entry?.symbol).toBe(symbol);
    // English: code2info, else en.toml; where upstream has none the catalog says it wrote its own.
    if (u.message.en !== undefined) expect(entry?.messages.en).toBe(u.message.en);
    else expect(entry?.note).toMatch(/written here/);
    // Chinese: zh.toml wherever it has the code (the docs agree on every code both list).
    if (u.message.zh !== undefined) expect(entry?.messages.zh).toBe(u.message.zh);
  });

  it('zh.toml gives the Chinese of three codes the docs leave out', () => {
    expect(byCode.get(400219)?.messages.zh).toBe('当前命名空间存在配置分组，请先删除配置分组，再删除命名空间');
    expect(byCode.get(400413)?.messages.zh).toBe('用户手机号非法');
    expect(byCode.get(400414)?.messages.zh).toBe('用户邮件非法');
  });

  it('the English an HTTP body carries by default (en.toml) is known where code2info words it otherwise', () => {
    // i18nAction re-translates info through en.toml unless the request asks for another language.
    expect(byCode.get(429001)?.messages.en).toBe('your instance has too many requests');
    expect(byCode.get(429001)?.docText?.en).toBe('instance has too many requests');
    expect(byCode.get(400805)?.docText?.en).toBe('invalid config file tags, tags should be pair, like key1,value1,key2,value2. and key,value should not blank');
  });

  it('sources name the file each text comes from', () => {
    const data = new Map(readData('polaris').entries.map((e) => [e.code, e]));
    const codeinfo = 'upstream:polarismesh/polaris:common/api/v1/codeinfo.go';
    const enToml = 'upstream:polarismesh/polaris:release/conf/i18n/en.toml';
    // code2info lacks these three; their English is en.toml's.
    for (const code of [400143, 400154, 400703]) {
      expect(data.get(code)?.sources).toContain(enToml);
      expect(data.get(code)?.sources).not.toContain(codeinfo);
    }
    expect(data.get(400413)?.sources).toContain('upstream:polarismesh/polaris:release/conf/i18n/zh.toml');
  });
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
