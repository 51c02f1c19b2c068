// Reading the upstream files vendored in packages/<system>/data/sources/. Each starts with a
// header line naming `owner/repo:path@commit`; the parsers get the text below it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagesDir } from '../catalog/load.js';

export interface Origin {
  readonly repo: string;
  readonly path: string;
  readonly commit: string;
}

export interface Vendored {
  readonly file: string;
  /** Where the file comes from; undefined for the seed copies, which carry no header. */
  readonly origin: Origin | undefined;
  /** The upstream text, without the header line. */
  readonly text: string;
  /** 'upstream:owner/repo:path', the form the data file's `sources` use. */
  readonly tag: string | undefined;
}

const HEADER = /Vendored from ([\w.-]+\/[\w.-]+):(.+?)@([0-9a-f]{40})\b/;

export function parseVendored(file: string, content: string): Vendored {
  const newline = content.indexOf('\n');
  const first = newline < 0 ? content : content.slice(0, newline);
  const match = HEADER.exec(first);
  if (match === null) return { file, origin: undefined, text: content, tag: undefined };
  const origin = { repo: match[1]!, path: match[2]!, commit: match[3]! };
  return { file, origin, text: content.slice(newline + 1), tag: `upstream:${origin.repo}:${origin.path}` };
}

export const sourcesDir = (system: string): string => join(packagesDir, system, 'data', 'sources');

/** A vendored upstream file; it must have its header. */
export function readVendored(system: string, name: string): Vendored & { origin: Origin; tag: string } {
  const file = join(sourcesDir(system), name);
  const vendored = parseVendored(file, readFileSync(file, 'utf8'));
  if (vendored.origin === undefined) throw new Error(`${file}: no "Vendored from owner/repo:path@commit" header`);
  return vendored as Vendored & { origin: Origin; tag: string };
}

/** A seed copy (no header): the text as it is. */
export function readSeed(system: string, name: string): string {
  return readFileSync(join(sourcesDir(system), name), 'utf8');
}

export const shortCommit = (origin: Origin): string => origin.commit.slice(0, 8);
