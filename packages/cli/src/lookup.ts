// Code lookup: which systems a code's shape fits, the catalog entries it names, and for an
// unknown code the category range it falls in.
import type { CatalogEntry } from '@errs/core';
import { type SystemInfo, systems } from './systems.js';

export interface RangeHit {
  readonly system: SystemInfo['id'];
  readonly category?: string;
}

export interface LookupResult {
  readonly query: string;
  readonly matches: readonly CatalogEntry[];
  /** For a code in no catalog: the systems whose shape it has, and the category range it is in. */
  readonly ranges: readonly RangeHit[];
}

/** A code normalized per system: integers for numeric systems, 'GES.N' for GES; undefined if not that shape. */
function codeFor(system: SystemInfo, query: string): number | string | undefined {
  const text = query.trim();
  if (system.id === 'ges') {
    const match = /^ges\.(\d{1,8})$/i.exec(text);
    return match ? `GES.${match[1]}` : undefined;
  }
  if (!/^[+-]?\d{1,9}$/.test(text)) return undefined;
  return Number(text);
}

/** Whether a code has the shape of a system's codes (a code in its catalog always has). */
function hasShape(system: SystemInfo, code: number | string): boolean {
  if (typeof code === 'string') return system.id === 'ges';
  switch (system.id) {
    case 'nebula':
      return code < 0;
    case 'polaris':
      return code >= 100000 && code <= 999999;
    case 'blobstore':
      return code >= 100 && code <= 999;
    default:
      return false;
  }
}

function rangeKey(code: number | string): number {
  return typeof code === 'number' ? code : Number(code.slice(4));
}

export function lookup(query: string, only?: SystemInfo['id']): LookupResult {
  const matches: CatalogEntry[] = [];
  const ranges: RangeHit[] = [];
  for (const system of systems) {
    if (only !== undefined && system.id !== only) continue;
    const code = codeFor(system, query);
    if (code === undefined) continue;
    const found = system.catalog.filter((e) => e.code === code);
    if (found.length > 0) {
      matches.push(...found);
      continue;
    }
    if (only === undefined && !hasShape(system, code)) continue;
    const key = rangeKey(code);
    const holding = system.categories
      .filter((c) => key >= c.range.low && key <= c.range.high)
      .sort((a, b) => a.range.high - a.range.low - (b.range.high - b.range.low))[0];
    ranges.push(holding ? { system: system.id, category: holding.name } : { system: system.id });
  }
  return { query, matches, ranges: matches.length > 0 ? [] : ranges };
}
