// Lookup of one query: a code (the system guessed from its shape), a symbol or class name
// (exact, any case), or else the codes named inside a pasted log line. For a code in no
// catalog: the category range it falls in, and with --system, the systems it does fit.
import { type CatalogEntry, findRange } from '@errs/core';
import { candidates } from './extract.js';
import { codeFor, hasShape } from './shape.js';
import { type SystemInfo, systems } from './systems.js';

type SystemId = string;

export interface RangeHit {
  readonly system: SystemId;
  readonly category?: string;
}

export interface OtherSystem {
  readonly system: SystemId;
  /** Whether that system's catalog has the code (else it only has the shape of its codes). */
  readonly found: boolean;
}

export type MatchedBy = 'code' | 'symbol' | 'className' | 'text';

export interface LookupResult {
  readonly query: string;
  /** Whether the query has the form of a code (a number, or GES.N). */
  readonly shaped: boolean;
  /** How the query matched, null when nothing did. */
  readonly matchedBy: MatchedBy | null;
  readonly matches: readonly CatalogEntry[];
  /** For a code in no catalog: the systems whose shape it has, and the category range it is in. */
  readonly ranges: readonly RangeHit[];
  /** With --system, when the code is not that system's: the other systems that have it or its shape. */
  readonly elsewhere: readonly OtherSystem[];
}

const chosen = (only: SystemId | undefined) => systems.filter((s) => only === undefined || s.id === only);

function rangeOf(system: SystemInfo, code: number | string): RangeHit {
  const key = system.codeFormat.rangeKey(code);
  const holding = key === undefined ? undefined : findRange(system.categories, key);
  return holding ? { system: system.id, category: holding.name } : { system: system.id };
}

/** Catalog entries with this code in each system the text is a code of. */
function byCode(text: string, only: SystemId | undefined): { shaped: boolean; matches: CatalogEntry[]; ranges: RangeHit[]; elsewhere: OtherSystem[] } {
  const matches: CatalogEntry[] = [];
  const ranges: RangeHit[] = [];
  const elsewhere: OtherSystem[] = [];
  let shaped = false;
  for (const system of systems) {
    const code = codeFor(system, text);
    if (code === undefined) continue;
    shaped = true;
    const found = system.catalog.filter((e) => e.code === code);
    if (only !== undefined && system.id !== only) {
      if (found.length > 0 || hasShape(system, code)) elsewhere.push({ system: system.id, found: found.length > 0 });
      continue;
    }
    if (found.length > 0) matches.push(...found);
    else if (hasShape(system, code)) ranges.push(rangeOf(system, code));
  }
  return { shaped, matches, ranges: matches.length > 0 ? [] : ranges, elsewhere: matches.length > 0 ? [] : elsewhere };
}

// Indexes by lower-cased symbol and class name, built on first use.
let names: { symbol: Map<string, CatalogEntry[]>; className: Map<string, CatalogEntry[]> } | undefined;

function nameIndex() {
  if (names) return names;
  const symbol = new Map<string, CatalogEntry[]>();
  const className = new Map<string, CatalogEntry[]>();
  const add = (map: Map<string, CatalogEntry[]>, key: string, entry: CatalogEntry) => map.set(key, [...(map.get(key) ?? []), entry]);
  for (const entry of systems.flatMap((s) => s.catalog)) {
    add(symbol, entry.symbol.toLowerCase(), entry);
    if (entry.className) add(className, entry.className.toLowerCase(), entry);
  }
  names = { symbol, className };
  return names;
}

const inSystem = (only: SystemId | undefined) => (e: CatalogEntry) => only === undefined || e.system === only;

function byName(text: string, only: SystemId | undefined): { matchedBy: 'symbol' | 'className'; matches: CatalogEntry[] } | undefined {
  const key = text.trim().toLowerCase();
  const index = nameIndex();
  const asClass = (index.className.get(key) ?? []).filter(inSystem(only));
  if (asClass.length > 0) return { matchedBy: 'className', matches: asClass };
  const asSymbol = (index.symbol.get(key) ?? []).filter(inSystem(only));
  if (asSymbol.length > 0) return { matchedBy: 'symbol', matches: asSymbol };
  return undefined;
}

/**
 * A word of free text names an entry when it is a class name (any case), or a symbol that
 * cannot be an ordinary word: NebulaGraph's `E_…` and blobstore's `Code…` (Polaris symbols are
 * plain English like `BadRequest`, found only when they are the whole query).
 */
function nameInText(word: string, only: SystemId | undefined): CatalogEntry[] {
  const index = nameIndex();
  const asClass = index.className.get(word.toLowerCase());
  if (asClass) return asClass.filter(inSystem(only));
  if (!/_|^Code[A-Z]/.test(word)) return [];
  return (index.symbol.get(word.toLowerCase()) ?? []).filter((e) => e.symbol === word).filter(inSystem(only));
}

/** The catalog entries named in a text, in the order they appear, each once. */
export function codesInText(text: string, only?: SystemId): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  const seen = new Set<CatalogEntry>();
  const prefixes = systems.flatMap((s) => (s.codeFormat.spec.kind === 'prefixed' ? [s.codeFormat.spec.prefix] : []));
  for (const candidate of candidates(text, prefixes)) {
    let found: CatalogEntry[];
    switch (candidate.kind) {
      case 'prefixed':
      case 'keyed':
        found = chosen(only).flatMap((s) => {
          const code = codeFor(s, candidate.text);
          return code === undefined ? [] : s.catalog.filter((e) => e.code === code);
        });
        break;
      case 'negative':
        // A bare negative number is read only by systems whose codes are negative numbers.
        found = chosen(only)
          .filter((s) => s.codeFormat.spec.kind === 'integer' && (s.codeFormat.spec.max ?? 1) <= 0)
          .flatMap((s) => s.catalog.filter((e) => e.code === codeFor(s, candidate.text)));
        break;
      case 'name':
        found = nameInText(candidate.text, only);
        break;
    }
    for (const entry of found) {
      if (seen.has(entry)) continue;
      seen.add(entry);
      out.push(entry);
    }
  }
  return out;
}

export function lookup(query: string, only?: SystemId): LookupResult {
  const code = byCode(query, only);
  if (code.shaped) return { query, matchedBy: code.matches.length > 0 ? 'code' : null, ...code };
  const name = byName(query, only);
  if (name) return { query, shaped: false, ...name, ranges: [], elsewhere: [] };
  const inText = codesInText(query, only);
  return { query, shaped: false, matchedBy: inText.length > 0 ? 'text' : null, matches: inText, ranges: [], elsewhere: [] };
}
