import { describe, expect, it } from 'vitest';
import { CODE_FILES, parseBlobstoreDocs, parseErrCodeMap, parseGoCodes } from './blobstore.js';
import { readSeed, readVendored } from './vendored.js';

describe('the CubeFS blobstore parsers read the vendored files as upstream counts them', () => {
  it('115 Code* constants in six files, 114 messages in errCodeMap (CodeUnsupport has none)', () => {
    // Counts from the upstream notes for master@80a062bf.
    const codes = CODE_FILES.flatMap((f) => parseGoCodes(readVendored('blobstore', `common-errors/${f}.go`).text));
    expect(codes).toHaveLength(115);
    const messages = parseErrCodeMap(readVendored('blobstore', 'common-errors/errors.go').text);
    expect(messages.size).toBe(114);
    expect(codes.filter((c) => !messages.has(c.symbol)).map((c) => c.symbol)).toEqual(['CodeUnsupport']);
    expect(codes.find((c) => c.code === 429)?.symbol).toBe('CodeAccessLimited');
  });

  it('the docs: 71 rows in five module sections, the seed and master alike', () => {
    for (const markdown of [readSeed('blobstore', 'docs-zh.md'), readVendored('blobstore', 'code.zh.md').text, readVendored('blobstore', 'code.en.md').text]) {
      const modules = parseBlobstoreDocs(markdown);
      expect(modules.map((m) => m.name)).toEqual(['Access', 'Proxy', 'Clustermgr', 'BlobNode', 'Scheduler']);
      expect(modules.flatMap((m) => m.rows)).toHaveLength(71);
      expect(modules[0]?.range).toEqual({ low: 550, high: 599 });
    }
  });
});
