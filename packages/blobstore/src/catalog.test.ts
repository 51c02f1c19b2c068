import { describe, expect, it } from 'vitest';
import { importBlobstore, parseBlobstoreDocs } from '../../../tooling/src/import/blobstore.js';
import { readSeed } from '../../../tooling/src/import/vendored.js';
import * as blobstore from './index.js';
import { BlobstoreError, catalog, categoryCatalog, fromCode, fromJSON, fromResponse } from './index.js';

// What the importer reads in data/sources/: the Code* constants, errCodeMap and the docs.
const docsModules = () => parseBlobstoreDocs(readSeed('blobstore', 'docs-zh.md'));
const docs = docsModules().flatMap((m) => m.rows.map((r) => ({ code: r.code, en: r.message, zh: r.description, module: m.name })));
const byCode = new Map(catalog.map((e) => [e.code as number, e]));
const exported = blobstore as unknown as Record<string, (new (...args: unknown[]) => BlobstoreError) | undefined>;
const upstream = importBlobstore().codes;
/** What a server answering with the code sends as `error`: errCodeMap's text ('' where it has none). */
const upstreamMessage = new Map(upstream.map((u) => [u.code as number, u.message.en ?? '']));

describe('the docs reach the catalog verbatim', () => {
  it('the docs list 71 codes in five module tables', () => {
    expect(docs).toHaveLength(71);
    expect(new Set(docs.map((r) => r.code)).size).toBe(71);
    expect(docsModules().map((m) => m.name)).toEqual(['Access', 'Proxy', 'Clustermgr', 'BlobNode', 'Scheduler']);
  });

  it.each(docs.map((r) => [r.code, r] as const))('docs code %i is in the catalog with its English and Chinese text', (code, row) => {
    const entry = byCode.get(code);
    expect(entry?.documented).toBe(true);
    expect(entry?.docText?.en ?? entry?.messages.en).toBe(row.en);
    expect(entry?.docText?.zh ?? entry?.messages.zh).toBe(row.zh);
    expect(entry?.category).toBe(row.module.toLowerCase());
  });

  it('only docs codes are marked documented', () => {
    expect(catalog.filter((e) => e.documented).map((e) => e.code)).toEqual(docs.map((r) => r.code).sort((a, b) => a - b));
  });

  it('the module ranges of the docs are the category ranges, except proxy, which shardnode cut short', () => {
    for (const module of docsModules()) {
      const category = categoryCatalog.find((c) => c.name === module.name.toLowerCase());
      if (module.name === 'Proxy') {
        expect(module.range).toEqual({ low: 800, high: 899 });
        expect(category?.range).toEqual({ low: 800, high: 819 });
        expect(categoryCatalog.find((c) => c.name === 'shardnode')?.range).toEqual({ low: 820, high: 899 });
      } else {
        expect(category?.range).toEqual(module.range);
      }
    }
  });
});

describe('every upstream code is in the catalog', () => {
  it('the six Code* files define 115 codes', () => {
    expect(upstream).toHaveLength(115);
  });

  it.each(upstream.map((u) => [u.code as number, u.symbol, u.message.en ?? ''] as const))('%i %s', (code, symbol, message) => {
    const entry = byCode.get(code);
    expect(entry?.symbol).toBe(symbol);
    // errCodeMap's text is the message; CodeUnsupport has none upstream and the data says so.
    if (message === '') expect(entry?.note).toMatch(/No message upstream/);
    else expect(entry?.messages.en).toBe(message);
  });

  it('the only codes upstream lacks are the docs\' 552 and 553, old numbers of 429 and 400, and the client\'s 598', () => {
    const defined = new Set(upstream.map((u) => u.code));
    expect(catalog.filter((e) => !defined.has(e.code)).map((e) => e.code)).toEqual([552, 553, 598]);
    expect(byCode.get(552)).toMatchObject({ symbol: 'CodeAccessLimited', replacedBy: 429 });
    expect(byCode.get(553)).toMatchObject({ symbol: 'CodeAccessExceedSize', replacedBy: 400 });
  });

  it('598 JSONDecode is the Go client\'s own code, outside every category', () => {
    expect(byCode.get(598)).toMatchObject({ symbol: 'JSONDecode', className: 'BlobstoreJsonDecodeError', documented: false });
    expect(byCode.get(598)?.category).toBeUndefined();
    expect(fromCode(598)).not.toBeInstanceOf(blobstore.BlobstoreAccessError);
  });

  it('the catalog is sorted, frozen and has no duplicate', () => {
    const codes = catalog.map((e) => e.code as number);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBe(upstream.length + 3); // + 552, 553, 598
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog[0])).toBe(true);
    expect(Object.isFrozen(catalog[0]!.messages)).toBe(true);
  });
});

describe('renumbered codes: 552 and 553 (docs, servers up to v3.5.0) are 429 and 400 today', () => {
  it.each([
    [552, 429, blobstore.BlobstoreAccessLimitedError, 'access limited'],
    [553, 400, blobstore.BlobstoreAccessExceedSizeError, 'access exceed object size'],
  ] as const)('%i resolves to the %i class and is deprecated in the catalog', (old, current, Class, message) => {
    expect(byCode.get(old)?.deprecated).toMatch(/Renumbered upstream/);
    expect(byCode.get(old)?.replacedBy).toBe(current);
    expect(byCode.get(current)?.deprecated).toBeUndefined();
    const err = fromCode(old);
    expect(err.constructor).toBe(Class);
    expect(err.code).toBe(current);
    expect(err.message).toBe(message);
    expect(fromCode(String(old)).constructor).toBe(Class);
    // An old server still answers with the old status: it stays in httpStatus.
    const fromOldServer = fromResponse({ status: old, body: { error: message } });
    expect(fromOldServer).toBeInstanceOf(Class);
    expect(fromOldServer?.code).toBe(current);
    expect(fromOldServer?.httpStatus).toBe(old);
  });
});

describe.each(catalog.map((e) => [e.code as number, e.className!, e] as const))('code %i (%s)', (code, className, entry) => {
  const Class = exported[className]!;
  // 552 and 553 give the class of the code that replaced them, with that code's facts.
  const current = entry.replacedBy === undefined ? entry : byCode.get(entry.replacedBy as number)!;

  it('fromCode gives the exported class with the catalog facts', () => {
    expect(Class).toBeTypeOf('function');
    const err = fromCode(code);
    expect(err).toBeInstanceOf(Class);
    expect(err).toBeInstanceOf(BlobstoreError);
    expect(err.constructor).toBe(Class);
    expect(err.name).toBe(className);
    expect(err.system).toBe('blobstore');
    expect(err.code).toBe(current.code);
    expect(err.symbol).toBe(entry.symbol);
    expect(err.category).toBe(entry.category);
    expect(err.httpStatus).toBe(current.httpStatus);
    expect(err.retryable).toBe(entry.retryable);
    expect(err.message).toBe(current.messages.en);
    expect(fromCode(` ${code} `).constructor).toBe(Class);
  });

  it('speaks Chinese on request, falling back to English', () => {
    expect(fromCode(code, { locale: 'zh' }).message).toBe(current.messages.zh ?? current.messages.en);
    expect(new Class(undefined, { locale: 'zh' }).message).toBe(current.messages.zh ?? current.messages.en);
  });

  it('is an instance of its category class and survives JSON', () => {
    const category = categoryCatalog.find((c) => c.name === entry.category);
    if (entry.category !== undefined) expect(fromCode(code)).toBeInstanceOf(exported[category!.className]!);
    for (const other of categoryCatalog.filter((c) => c.name !== entry.category)) {
      expect(fromCode(code)).not.toBeInstanceOf(exported[other.className]!);
    }
    const err = fromCode(code, { message: 'from server', requestId: 'r', details: { vuid: 1 } });
    const back = fromJSON(JSON.parse(JSON.stringify(err)));
    expect(back.constructor).toBe(Class);
    expect(back.toJSON()).toEqual(err.toJSON());
  });

  it('fromResponse maps the status with the body the server sends', () => {
    // The server sends errCodeMap's text (the docs' for 552/553, which today's servers no longer send).
    const sent = upstreamMessage.get(code) ?? entry.messages.en!;
    const err = fromResponse({ status: code, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ error: sent }) });
    expect(err?.constructor).toBe(Class);
    expect(err?.message).toBe(sent === '' ? current.messages.en : sent);
    expect(err?.httpStatus).toBe(code);
  });
});

describe('codes outside the catalog', () => {
  it('land in the category class of their range, keeping the code', () => {
    expect(fromCode(612)).toBeInstanceOf(blobstore.BlobstoreBlobnodeError);
    expect(fromCode(612).constructor).toBe(blobstore.BlobstoreBlobnodeError);
    expect(fromCode(599).constructor).toBe(blobstore.BlobstoreAccessError);
    expect(fromCode(799).constructor).toBe(blobstore.BlobstoreSchedulerError);
    expect(fromCode(819).constructor).toBe(blobstore.BlobstoreProxyError);
    expect(fromCode(899).constructor).toBe(blobstore.BlobstoreShardnodeError);
    expect(fromCode(999).constructor).toBe(blobstore.BlobstoreClustermgrError);
    expect(fromCode(1000).constructor).toBe(BlobstoreError);
    expect(fromCode(502).constructor).toBe(BlobstoreError);
    expect(fromCode(612).code).toBe(612);
    expect(fromCode(612).message).toMatch(/612 is not in the catalog/);
  });

  it('BlobstoreCodes maps every symbol to its current code', () => {
    for (const entry of catalog) {
      expect(blobstore.BlobstoreCodes[entry.symbol as keyof typeof blobstore.BlobstoreCodes]).toBe(entry.replacedBy ?? entry.code);
    }
    expect(blobstore.BlobstoreCodes.CodeDiskNotFound).toBe(611);
    expect(Object.isFrozen(blobstore.BlobstoreCodes)).toBe(true);
  });

  it('there is no success code', () => {
    expect(catalog.some((e) => e.success)).toBe(false);
    expect(blobstore.isBlobstoreSuccessCode(200)).toBe(false);
  });
});
