// Reads the docs and upstream tables copied into data/sources/, independently of the generator.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const sources = join(__dirname, '..', 'data', 'sources');

/** code -> 描述 cell of the docs table (`| 400301 | 服务未找到 |`). */
export function docsRows(): Map<number, string> {
  const rows = new Map<number, string>();
  for (const match of readFileSync(join(sources, 'docs-zh.md'), 'utf8').matchAll(/^\|\s*(\d{6})\s*\|(.*)\|\s*$/gm)) {
    rows.set(Number(match[1]), match[2]!.trim());
  }
  return rows;
}

/** Rows of an upstream TSV as objects keyed by its header. */
export function tsvRows(file: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(join(sources, file), 'utf8').trimEnd().split('\n');
  const keys = head!.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [keys[i], v])));
}
