// CubeFS blobstore: the Code* constants of blobstore/common/errors/{access,blobnode,scheduler,
// proxy,shardnode,clustermgr}.go, their messages in errors.go's errCodeMap, the generic errors
// of common.go, and the error-code docs: the seed (release-3.5.0 docs-zh) and master's zh and en.
import type { DocsEdition, SystemImport, UpstreamCode } from './model.js';
import { readSeed, readVendored } from './vendored.js';

export const CODE_FILES = ['access', 'blobnode', 'scheduler', 'proxy', 'shardnode', 'clustermgr'] as const;

/** `CodeDiskNotFound = 611 // comment` constants of a Go file. */
export function parseGoCodes(go: string): { symbol: string; code: number }[] {
  return [...go.matchAll(/^\s*(Code\w+)\s*=\s*(\d+)\b/gm)].map((m) => ({ symbol: m[1]!, code: Number(m[2]) }));
}

/** errCodeMap of errors.go: constant name -> message. */
export function parseErrCodeMap(go: string): Map<string, string> {
  const start = go.indexOf('var errCodeMap = map[int]string{');
  if (start < 0) throw new Error('errors.go has no errCodeMap');
  const body = go.slice(start, go.indexOf('\n}', start));
  return new Map([...body.matchAll(/^\s*(Code\w+):\s*"((?:[^"\\]|\\.)*)",/gm)].map((m) => [m[1]!, JSON.parse(`"${m[2]}"`) as string]));
}

const HTTP_STATUS: Record<string, number> = {
  StatusCreated: 201,
  StatusBadRequest: 400,
  StatusNotFound: 404,
  StatusRequestTimeout: 408,
  StatusRequestedRangeNotSatisfiable: 416,
  StatusInternalServerError: 500,
};

/** `ErrNotFound = newError(http.StatusNotFound, "Not Found")` errors of common.go. */
export function parseGenericErrors(go: string): { symbol: string; status: number; message: string }[] {
  return [...go.matchAll(/^\s*(Err\w+)\s*=\s*newError\(([\w.]+),\s*"((?:[^"\\]|\\.)*)"\)/gm)].map((m) => {
    const status = /^\d+$/.test(m[2]!) ? Number(m[2]) : HTTP_STATUS[m[2]!.replace(/^http\./, '')];
    if (status === undefined) throw new Error(`common.go: unknown status ${m[2]}`);
    return { symbol: m[1]!, status, message: JSON.parse(`"${m[3]}"`) as string };
  });
}

export interface BlobstoreDocsModule {
  /** The `###` section: Access, Proxy, Clustermgr, BlobNode, Scheduler. */
  readonly name: string;
  /** The range the section's tip gives, e.g. `[550,599]`. */
  readonly range: { readonly low: number; readonly high: number } | undefined;
  /** code, the error message column and the description column. */
  readonly rows: readonly { readonly code: number; readonly message: string; readonly description: string }[];
}

/** The module sections of an error-code page, each with its range and table. */
export function parseBlobstoreDocs(markdown: string): BlobstoreDocsModule[] {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/^### /m)
    .slice(1)
    .map((section) => {
      const range = /\[(\d+),\s*(\d+)\]/.exec(section);
      const rows = [...section.matchAll(/^\|\s*(\d+)\s*\|([^|\n]*)\|([^|\n]*)\|\s*$/gm)].map((m) => ({
        code: Number(m[1]),
        message: m[2]!.trim(),
        description: m[3]!.trim(),
      }));
      return { name: section.slice(0, section.indexOf('\n')).trim(), range: range ? { low: Number(range[1]), high: Number(range[2]) } : undefined, rows };
    });
}

export function importBlobstore(): SystemImport {
  const errorsFile = readVendored('blobstore', 'common-errors/errors.go');
  const messages = parseErrCodeMap(errorsFile.text);
  const codes: UpstreamCode[] = [];
  const managed = [errorsFile.tag];
  for (const name of CODE_FILES) {
    const file = readVendored('blobstore', `common-errors/${name}.go`);
    managed.push(file.tag);
    for (const { symbol, code } of parseGoCodes(file.text)) {
      const en = messages.get(symbol);
      codes.push({ code, symbol, message: en ? { en } : {}, sources: [file.tag, ...(en ? [errorsFile.tag] : [])] });
    }
  }
  const rowsOf = (markdown: string) => parseBlobstoreDocs(markdown).flatMap((m) => m.rows);
  const seed: DocsEdition = {
    source: 'docs-zh',
    label: 'seed docs',
    seed: true,
    rows: rowsOf(readSeed('blobstore', 'docs-zh.md')).map((r) => ({ code: r.code, text: { en: r.message, zh: r.description } })),
  };
  const zhFile = readVendored('blobstore', 'code.zh.md');
  const enFile = readVendored('blobstore', 'code.en.md');
  const masterZh: DocsEdition = {
    source: zhFile.tag,
    label: 'master docs-zh (cubefs@80a062bf)',
    seed: false,
    rows: rowsOf(zhFile.text).map((r) => ({ code: r.code, text: { en: r.message, zh: r.description } })),
  };
  // The English page's description column is not a catalog text; its error strings are.
  const masterEn: DocsEdition = {
    source: enFile.tag,
    label: 'master docs (cubefs@80a062bf)',
    seed: false,
    rows: rowsOf(enFile.text).map((r) => ({ code: r.code, text: { en: r.message } })),
  };
  return {
    system: 'blobstore',
    managedSources: [...managed, 'docs-zh', zhFile.tag, enFile.tag],
    codes,
    editions: [seed, masterZh, masterEn],
    otherTexts: [],
    remarks: ['The docs still list 552 and 553, which b8211ebe5 (v3.5.1) moved to 429 and 400; the data keeps them as deprecated codes with replacedBy.'],
  };
}
