// Reads the docs and upstream tables copied into data/sources/, independently of the generator,
// so tests can hold the catalog to the original documents.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const sources = join(__dirname, '..', 'data', 'sources');

/** code -> cell text of the live (not commented-out) rows of a docs table. */
export function docsRows(file: string): Map<number, string> {
  const text = readFileSync(join(sources, file), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const rows = new Map<number, string>();
  for (const match of text.matchAll(/^\|`(-?\d+)`\|(.*)\|\s*$/gm)) rows.set(Number(match[1]), match[2]!.trim());
  return rows;
}

/** Rows of an upstream TSV as objects keyed by its header. */
export function tsvRows(file: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(join(sources, file), 'utf8').trimEnd().split('\n');
  const keys = head!.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [keys[i], v])));
}
