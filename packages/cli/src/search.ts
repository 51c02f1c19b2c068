// Full-text search over both languages, symbols, class names and codes.
import type { CatalogEntry } from '@errs/core';
import { type SystemInfo, systems } from './systems.js';

function haystack(entry: CatalogEntry): string {
  return [
    String(entry.code),
    entry.symbol,
    entry.className,
    entry.category,
    entry.messages.en,
    entry.messages.zh,
    entry.remedy?.en,
    entry.remedy?.zh,
    entry.docText?.en,
    entry.docText?.zh,
  ]
    .filter((part): part is string => typeof part === 'string')
    .join('\n')
    .toLowerCase();
}

let haystacks: Map<CatalogEntry, string> | undefined;

/** Entries whose text holds every word (case-insensitive), in catalog order. */
export function search(words: readonly string[], only?: SystemInfo['id']): CatalogEntry[] {
  const needles = words.map((w) => w.trim().toLowerCase()).filter((w) => w !== '');
  if (needles.length === 0) return [];
  haystacks ??= new Map(systems.flatMap((s) => s.catalog).map((e) => [e, haystack(e)]));
  const text = haystacks;
  return systems
    .filter((s) => only === undefined || s.id === only)
    .flatMap((s) => s.catalog.filter((entry) => needles.every((needle) => (text.get(entry) as string).includes(needle))));
}
