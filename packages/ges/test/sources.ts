// Reads the docs and upstream tables copied into data/sources/, independently of the generator,
// so tests can hold the catalog to the original documents.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const sources = join(__dirname, '..', 'data', 'sources');

/** One row of the docs table 管理面API错误码, cells as the docs have them. */
export interface DocsRow {
  readonly status: number;
  readonly code: string;
  readonly en: string;
  readonly zh: string;
  /** 处理措施; undefined where the docs leave it empty. */
  readonly remedy: string | undefined;
  /** Whether the row's own line ends with `|` (GES.7031's is cut off after its remedy). */
  readonly closedOnItsLine: boolean;
}

const ROW = /^(\d{3}) \| (GES\.\d{4}) \| (.*)$/;

/**
 * The rows of docs-zh.md. A row is `status | code | en | zh | remedy |`; a row with an empty
 * remedy ends after the description with its closing `|` alone on the next line, and a remedy
 * cut off by the docs (GES.7031) has no closing `|` on its own line, only on the next.
 */
export function docsRows(): DocsRow[] {
  const lines = readFileSync(join(sources, 'docs-zh.md'), 'utf8').split('\n');
  const rows: DocsRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = ROW.exec(lines[i]!.trimEnd());
    if (match === null) continue;
    let rest = match[3]!;
    // Continuation lines up to the next row: the lone `|` that closes the row.
    while (i + 1 < lines.length && !ROW.test(lines[i + 1]!) && lines[i + 1]!.trim() !== '') rest += `\n${lines[++i]!}`;
    const cells = rest.split('|').map((c) => c.trim());
    const [en, zh, remedy, ...extra] = cells;
    if (extra.some((c) => c !== '')) throw new Error(`docs row ${match[2]} has too many cells: ${rest}`);
    rows.push({
      status: Number(match[1]),
      code: match[2]!,
      en: en!,
      zh: zh!,
      remedy: remedy === undefined || remedy === '' ? undefined : remedy,
      closedOnItsLine: lines.find((l) => l.startsWith(`${match[1]} | ${match[2]} |`))!.trimEnd().endsWith('|'),
    });
  }
  return rows;
}

/** Rows of an upstream TSV as objects keyed by its header. */
export function tsvRows(file: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(join(sources, file), 'utf8').trimEnd().split('\n');
  const keys = head!.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [keys[i], v])));
}
