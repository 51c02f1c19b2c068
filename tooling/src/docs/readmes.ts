// The READMEs as the tests of their claims read them: every README of the repository, their
// hand-written prose apart from the generated code tables, the recipe snippets they show, and
// the markdown tables of tooling/README.md.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packagesDir, repoRoot } from '../catalog/load.js';
import { TABLE_END, TABLE_START } from '../generate/render-readme.js';

export interface Readme {
  /** Repository-relative path: 'README.md', 'packages/ges/README.md', 'tooling/README.md'. */
  readonly path: string;
  readonly text: string;
  /** The text without the generated code table (its rows are the data, not prose). */
  readonly prose: string;
}

/** The root README, every package's README, and tooling's. */
export function readmes(): Readme[] {
  const files = [
    join(repoRoot, 'README.md'),
    ...readdirSync(packagesDir)
      .sort()
      .map((name) => join(packagesDir, name, 'README.md'))
      .filter((file) => existsSync(file)),
    join(repoRoot, 'tooling', 'README.md'),
  ];
  return files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf(TABLE_START);
    const end = text.indexOf(TABLE_END);
    const prose = start >= 0 && end > start ? text.slice(0, start) + text.slice(end + TABLE_END.length) : text;
    return { path: relative(repoRoot, file), text, prose };
  });
}

export const readme = (path: string): Readme => {
  const found = readmes().find((r) => r.path === path);
  if (!found) throw new Error(`no README at ${path}`);
  return found;
};

export interface Snippet {
  readonly readme: string;
  /** The recipe file, repository-relative, and the region the snippet says it shows. */
  readonly file: string;
  readonly region: string;
  readonly code: string;
}

/** `<!-- recipe: tooling/src/recipes/x.test.ts#name -->` followed by a fenced code block. */
const SNIPPET = /^<!-- recipe: ([^#\s]+)#([\w-]+) -->\s*\n```[a-z]*\n([\s\S]*?)\n```/gm;
const MARKER = /^<!-- recipe:/gm;

export function snippets(doc: Readme): Snippet[] {
  return [...doc.text.matchAll(SNIPPET)].map((m) => ({ readme: doc.path, file: m[1]!, region: m[2]!, code: m[3]! }));
}

/** How many recipe markers a README has: each must be followed by a code block (see snippets). */
export const markerCount = (doc: Readme): number => [...doc.text.matchAll(MARKER)].length;

/** The lines between `// #region readme:<name>` and `// #endregion readme:<name>`, or undefined. */
export function region(source: string, name: string): string | undefined {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => line.trim() === `// #region readme:${name}`);
  const end = lines.findIndex((line) => line.trim() === `// #endregion readme:${name}`);
  if (start < 0 || end <= start) return undefined;
  return lines.slice(start + 1, end).join('\n');
}

/** Every `readme:<name>` region a source file declares. */
export const regionNames = (source: string): string[] => [...source.matchAll(/^\s*\/\/ #region readme:([\w-]+)\s*$/gm)].map((m) => m[1]!);

/** A markdown table: the header cells and the rows, cells trimmed. */
export interface Table {
  readonly header: string[];
  readonly rows: string[][];
}

/** Every markdown table of a text, in order. */
export function tables(text: string): Table[] {
  const found: Table[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    if (!lines[i]!.startsWith('|') || !/^\|[\s:|-]+\|$/.test(lines[i + 1]!.trim())) continue;
    const cells = (line: string) => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
    const header = cells(lines[i]!);
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && lines[j]!.startsWith('|'); j++) rows.push(cells(lines[j]!));
    found.push({ header, rows });
    i = j;
  }
  return found;
}

/** The table whose header starts with `first`; throws when there is none. */
export function tableStarting(text: string, first: string): Table {
  const table = tables(text).find((t) => t.header[0] === first);
  if (!table) throw new Error(`no table with a first column "${first}"`);
  return table;
}

/** The row whose first cell starts with `label`; throws when there is none. */
export function row(table: Table, label: string): string[] {
  const found = table.rows.find((r) => r[0]!.startsWith(label));
  if (!found) throw new Error(`no row "${label}" in the table [${table.header.join(' | ')}]`);
  return found;
}

/** The number in a cell such as '1.46×', '2070 B', '16.0 ns', '10.8 ms'. */
export function num(cell: string | undefined): number {
  const match = /-?\d+(?:\.\d+)?/.exec(cell ?? '');
  if (!match) throw new Error(`no number in "${cell}"`);
  return Number(match[0]);
}
