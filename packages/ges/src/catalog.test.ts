import { describe, expect, it } from 'vitest';
import { readData } from '../../../tooling/src/import/apply.js';
import { importGes, parseGitDocs, parseSeedDocs, parseWebExcerpts } from '../../../tooling/src/import/ges.js';
import { readSeed, readVendored, sourcesDir } from '../../../tooling/src/import/vendored.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ges from './index.js';
import {
  GesCommonError,
  GesError,
  GesIaasComponentError,
  GesIaasFaultError,
  GesManagementError,
  GesServicePlaneError,
  GesServiceUnavailableError,
  catalog,
  fromCode,
  fromJSON,
  isRetryable,
} from './index.js';

// What the importer reads in data/sources/: the seed table, the git copy, the web excerpts.
const docs = parseSeedDocs(readSeed('ges', 'docs-zh.md'));
const git = parseGitDocs(readVendored('ges', 'management-plane-error-codes.zh.md').text);
const excerpts = parseWebExcerpts(readFileSync(join(sourcesDir('ges'), 'huaweicloud-web-excerpts.tsv'), 'utf8'));
const upstream = new Map(importGes().codes.map((u) => [u.code, u]));
const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
const docsByCode = new Map(docs.map((r) => [r.code, r]));
const byCode = new Map(catalog.map((e) => [e.code, e]));
const exported = ges as unknown as Record<string, new (...args: unknown[]) => GesError>;

/** The category class a code's number belongs to, from the docs' numbering: 0xxx generic, 7xxx management. */
const categoryOf = (code: string) => (Number(code.slice(4)) < 1000 ? GesCommonError : GesManagementError);

describe('the docs table reaches the catalog verbatim', () => {
  it('the docs list 62 codes, all in the catalog and marked documented, and nothing else is', () => {
    expect(docs.length).toBe(62);
    expect(new Set(docs.map((r) => r.code)).size).toBe(62);
    expect(catalog.map((e) => e.code).sort()).toEqual(docs.map((r) => r.code).sort());
    expect(catalog.every((e) => e.documented)).toBe(true);
  });

  it('the seed gives a remedy for 50 codes; the one of GES.7031 is cut off after 取值如下', () => {
    expect(docs.filter((r) => r.remedy !== undefined).length).toBe(50);
    expect(docsByCode.get('GES.7031')?.remedy).toBe('确认弹性IP绑定类型,取值如下:');
  });

  it.each(docs.map((r) => [r.code, r] as const))('%s: status, English message, Chinese description and remedy', (code, row) => {
    const entry = byCode.get(code);
    expect(entry?.httpStatus).toBe(row.status);
    expect(entry?.messages.en).toBe(row.en);
    expect(entry?.messages.zh).toBe(row.zh);
    // The seed's remedy verbatim; where the seed lost it (a list upstream) or cut it off, upstream's.
    if (row.remedy !== undefined && code !== 'GES.7031') expect(entry?.remedy?.zh).toBe(row.remedy);
    else expect(entry?.remedy?.zh).toBe(upstream.get(code)?.remedy?.zh);
    // Every Chinese remedy has an English one beside it; no English remedy without a Chinese one.
    if (entry?.remedy?.zh === undefined) expect(entry?.remedy).toBeUndefined();
    else expect(entry?.remedy?.en).toMatch(/\S/);
  });

  it('the remedies the seed lost are upstream\'s lists, numbered; GES.7031 is whole', () => {
    const lost = ['GES.0001', 'GES.0016', 'GES.7000', 'GES.7001', 'GES.7002', 'GES.7003', 'GES.7013', 'GES.7015', 'GES.7024', 'GES.7027', 'GES.7028', 'GES.7051'];
    expect(docs.filter((r) => r.remedy === undefined && byCode.get(r.code)?.remedy !== undefined).map((r) => r.code)).toEqual(lost);
    expect(byCode.get('GES.7000')?.remedy?.zh).toBe('1. 调用图查询接口，查询所有的图。 2. 检查URL中的project_id或者GraphID是否正确。');
    expect(byCode.get('GES.7051')?.remedy?.zh).toMatch(/^1\. 网络波动问题建议重试下。 2\. /);
    const whole = byCode.get('GES.7031')?.remedy?.zh ?? '';
    expect(fold(whole).startsWith(fold('确认弹性IP绑定类型,取值如下:'))).toBe(true);
    expect(whole).toMatch(/auto_assign.*bind_existing/);
  });

  it('English remedies: Huawei\'s own where it publishes them, and said to be written here elsewhere', () => {
    const official = 'remedy.en:upstream:support.huaweicloud.com/eu/api-ges/ges_03_0040.html';
    const english = excerpts.filter((e) => e.field === 'remedy.en');
    expect(english.map((e) => e.code)).toEqual(['GES.0001', 'GES.0016', 'GES.7000', 'GES.7001', 'GES.7002']);
    for (const row of english) expect(byCode.get(row.code)?.remedy?.en).toBe(row.text);
    for (const entry of readData('ges').entries) {
      const tags = entry.sources.filter((s) => s.startsWith('remedy.en:'));
      if (entry.remedy?.en === undefined) expect(tags).toEqual([]);
      else expect(tags).toEqual([english.some((e) => e.code === entry.code) ? official : 'remedy.en:written-here']);
    }
  });

  it('matches the git copy too (English message, HTTP status, Chinese description)', () => {
    expect(git.length).toBe(61);
    expect(docs.map((r) => r.code).filter((c) => !git.some((g) => g.code === c))).toEqual(['GES.0016']);
    const reworded: string[] = [];
    for (const row of git) {
      const entry = byCode.get(row.code);
      expect(entry?.symbol).toBe(row.code);
      expect(entry?.messages.en).toBe(row.en);
      expect(entry?.httpStatus).toBe(row.status);
      // The 2021 git copy writes full-width commas where the current page has ASCII ones, and
      // says 扩容 (scale out) where the current page says 变更规格 (change flavor); the catalog
      // follows the current page (the seed) and quotes the old words in the note.
      const old = row.zh.normalize('NFKC');
      if (old !== entry?.messages.zh) {
        reworded.push(row.code);
        expect(entry?.note).toContain(`"${row.zh}"`);
      }
      expect(old.replaceAll('扩容', '变更规格')).toBe(entry?.messages.zh);
    }
    expect(reworded).toEqual(['GES.7056', 'GES.7057', 'GES.7059']);
  });

  it('retryable: the codes whose remedy starts with 请稍后重试 (retry later), and GES.7051 whose remedy the seed lost', () => {
    const retryLater = docs.filter((r) => r.remedy?.startsWith('请稍后重试')).map((r) => r.code);
    expect(retryLater).toEqual(['GES.7005', 'GES.7006']);
    // The newest docs edition gives GES.7051 the remedy 网络波动问题建议重试下 (network jitter: retry).
    expect(catalog.filter((e) => e.retryable).map((e) => e.code)).toEqual([...retryLater, 'GES.7051']);
    for (const code of retryLater) expect(byCode.get(code)?.retryableWhy).toMatch(/请稍后重试/);
    expect(byCode.get('GES.7051')?.retryableWhy).toMatch(/网络波动问题建议重试下/);
  });

  it('the catalog is sorted, frozen and has no duplicate', () => {
    const codes = catalog.map((e) => e.code as string);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(catalog.map((e) => e.className)).size).toBe(codes.length);
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog[0])).toBe(true);
    expect(Object.isFrozen(catalog[0]!.messages)).toBe(true);
  });
});

describe.each(docs.map((r) => [r.code, byCode.get(r.code)?.className ?? '(missing)', r] as const))('%s (%s)', (code, className, row) => {
  const Class = exported[className]!;

  it('fromCode gives the exported class, in any natural form of the code', () => {
    expect(typeof Class).toBe('function');
    for (const form of [code, code.toLowerCase(), ` ${code.toLowerCase()} `, `\t${code}\n`]) {
      const err = fromCode(form);
      expect(err.constructor).toBe(Class);
      expect(err.code).toBe(code);
    }
  });

  it('carries the docs facts and its category', () => {
    const err = fromCode(code);
    expect(err).toBeInstanceOf(Class);
    expect(err).toBeInstanceOf(categoryOf(code));
    expect(err).toBeInstanceOf(GesError);
    expect(err).not.toBeInstanceOf(GesServicePlaneError);
    expect(err.name).toBe(className);
    expect(err.system).toBe('ges');
    expect(err.symbol).toBe(code);
    expect(err.httpStatus).toBe(row.status);
    expect(err.message).toBe(row.en);
    expect(fromCode(code, { locale: 'zh' }).message).toBe(row.zh);
    expect(new Class(undefined, { locale: 'zh' }).message).toBe(row.zh);
  });

  it('the server message wins; JSON round-trips to the same class', () => {
    const err = fromCode(code, { message: 'from the server', requestId: 'req-1', details: { traceId: 't' } });
    expect(err.message).toBe('from the server');
    const back = fromJSON(JSON.parse(JSON.stringify(err)));
    expect(back.constructor).toBe(Class);
    expect(back.toJSON()).toEqual(err.toJSON());
    expect(back.requestId).toBe('req-1');
  });
});

describe('codes the docs single out', () => {
  it('GES.7004 and GES.7051 are two classes with the same message', () => {
    const a = fromCode('GES.7004');
    const b = fromCode('GES.7051');
    expect(a).toBeInstanceOf(GesIaasFaultError);
    expect(b).toBeInstanceOf(GesIaasComponentError);
    expect(a).not.toBeInstanceOf(GesIaasComponentError);
    expect(b).not.toBeInstanceOf(GesIaasFaultError);
    expect(a.message).toBe(b.message);
    expect(a.message).toBe(docsByCode.get('GES.7051')?.en);
  });

  it('GES.7005 is HTTP 408 and retryable; GES.7006 is retryable with HTTP 400; GES.7054 is not retryable', () => {
    const unavailable = fromCode('GES.7005');
    expect(unavailable).toBeInstanceOf(GesServiceUnavailableError);
    expect(unavailable.httpStatus).toBe(408);
    expect(isRetryable(unavailable)).toBe(true);
    expect(fromCode('GES.7006').httpStatus).toBe(400);
    expect(isRetryable(fromCode('GES.7006'))).toBe(true);
    expect(isRetryable(fromCode('GES.7054'))).toBe(false);
    expect(isRetryable(fromCode('GES.7000'))).toBe(false);
  });

  it('the catalog keeps the remedy text, in both languages', () => {
    expect(byCode.get('GES.7005')?.remedy).toEqual({ en: expect.stringMatching(/later/i), zh: '请稍后重试或者联系技术支持人员。' });
  });
});

describe('codes outside the catalog', () => {
  it('keep their code and land in the class of their range', () => {
    const service = fromCode('GES.8012');
    expect(service.constructor).toBe(GesServicePlaneError);
    expect(service.code).toBe('GES.8012');
    expect(service.message).toMatch(/GES\.8012.*not in the catalog/);
    // Numbers the docs skip inside 7000-7070.
    for (const code of ['GES.7025', 'GES.7043', 'GES.7060']) {
      expect(fromCode(code).constructor).toBe(GesManagementError);
      expect(fromCode(code).code).toBe(code);
    }
    expect(fromCode('ges.0999').constructor).toBe(GesCommonError);
    expect(fromCode('GES.9001').constructor).toBe(GesError);
    expect(fromCode('GES.9001').code).toBe('GES.9001');
  });

  it('garbage is a GesError that keeps the input', () => {
    for (const input of ['APIGW.0101', '7000', 7000, 'GES-7000', '__proto__', {}, null, Number.NaN]) {
      const err = fromCode(input as string);
      expect(err.constructor).toBe(GesError);
      expect(err.code).toBeUndefined();
      expect(err.raw).toBe(input);
    }
  });

  it('GesCodes maps every name to its code, frozen', () => {
    const codes = Object.values(ges.GesCodes);
    expect(codes.sort()).toEqual(docs.map((r) => r.code).sort());
    expect(ges.GesCodes.GraphNotFound).toBe('GES.7000');
    expect(ges.GesCodes.ServiceUnavailable).toBe('GES.7005');
    expect(Object.isFrozen(ges.GesCodes)).toBe(true);
  });

  it('GES has no success code', () => {
    for (const code of ['GES.0000', '0', 0, 'GES.0001']) expect(ges.isGesSuccessCode(code)).toBe(false);
    expect(catalog.some((e) => e.success)).toBe(false);
  });
});
