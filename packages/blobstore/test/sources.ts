// Reads the docs and upstream tables copied into data/sources/ (and the data file's generic
// table), independently of the generator, so tests can hold the package to the original documents.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const packageDir = join(__dirname, '..');
const sources = join(packageDir, 'data', 'sources');

export interface DocsRow {
  readonly code: number;
  /** The docs' 错误信息 column: the English error string. */
  readonly en: string;
  /** The docs' 说明 column. */
  readonly zh: string;
  /** The `###` section the row is in: Access, Proxy, Clustermgr, BlobNode, Scheduler. */
  readonly module: string;
}

export interface DocsModule {
  readonly name: string;
  /** The range the section's tip gives: `Access服务的错误状态码范围为[550,599]`. */
  readonly range: { readonly low: number; readonly high: number } | undefined;
  readonly rows: readonly DocsRow[];
}

/** The module sections of docs-zh.md (状态码说明, 纠删码子系统), with their tables. */
export function docsModules(): DocsModule[] {
  const text = readFileSync(join(sources, 'docs-zh.md'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  return text
    .split(/^### /m)
    .slice(1)
    .map((section) => {
      const name = section.slice(0, section.indexOf('\n')).trim();
      const range = /\[(\d+),\s*(\d+)\]/.exec(section);
      const rows = [...section.matchAll(/^\|\s*(\d+)\s*\|([^|\n]*)\|([^|\n]*)\|\s*$/gm)].map((m) => ({
        code: Number(m[1]),
        en: m[2]!.trim(),
        zh: m[3]!.trim(),
        module: name,
      }));
      return { name, range: range ? { low: Number(range[1]), high: Number(range[2]) } : undefined, rows };
    });
}

/** Every row of every module table of docs-zh.md. */
export const docsRows = (): DocsRow[] => docsModules().flatMap((m) => m.rows);

/** Rows of an upstream TSV as objects keyed by its header. */
export function tsvRows(file: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(join(sources, file), 'utf8').trimEnd().split('\n');
  const keys = head!.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [keys[i], v])));
}

/** The `generic` array of data/errors.json, as the data file has it. */
export function dataGeneric(): unknown[] {
  const data = JSON.parse(readFileSync(join(packageDir, 'data', 'errors.json'), 'utf8')) as { generic: unknown[] };
  return data.generic;
}
