// src/generated/catalog.ts: the frozen, sorted catalog and the category table, as plain data.
import type { ResolvedEntry as EntryT } from '../catalog/derive.js';
import { HEADER, type Model, lit } from './model.js';

function catalogEntry(system: string, entry: EntryT): Record<string, unknown> {
  const row: Record<string, unknown> = {
    system,
    code: entry.code,
    symbol: entry.symbol,
    className: entry.className,
    category: entry.category,
    httpStatus: entry.httpStatus,
    retryable: entry.retryable,
    retryableWhy: entry.retryableWhy,
    throttling: entry.throttling,
    beforeRetry: entry.beforeRetry,
    messages: entry.messages,
    remedy: entry.remedy,
    documented: entry.documented,
    docText: entry.docText,
    note: entry.note,
    deprecated: entry.deprecated,
    replacedBy: entry.replacedBy,
    enterprise: entry.enterprise,
    success: entry.success,
  };
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined));
}

export function renderCatalog(model: Model): string {
  const { data } = model;
  const categories = model.categories.map((c) =>
    Object.fromEntries(
      Object.entries({
        name: c.name,
        className: c.className,
        range: { low: c.range[0], high: c.range[1] },
        parent: c.parent,
        httpStatus: c.httpStatus,
        retryable: c.retryable ?? false,
        throttling: c.throttling,
        description: c.description,
      }).filter(([, value]) => value !== undefined),
    ),
  );
  return [
    HEADER,
    `import { type CatalogEntry, type CategoryInfo, ${data.generic === undefined ? '' : 'type GenericWireError, '}frozen } from '@errs/core';`,
    '',
    `/** Every ${data.displayName} code, sorted by code. Frozen. */`,
    `export const catalog: readonly CatalogEntry[] = /* @__PURE__ */ frozen<CatalogEntry[]>([`,
    ...model.entries.map((e) => `  ${lit(catalogEntry(data.system, e))},`),
    ']);',
    '',
    `/** The categories of ${data.displayName} codes and the ranges they own. Frozen. */`,
    `export const categoryCatalog: readonly CategoryInfo[] = /* @__PURE__ */ frozen<CategoryInfo[]>([`,
    ...categories.map((c) => `  ${lit(c)},`),
    ']);',
    '',
    ...(data.generic === undefined
      ? []
      : [
          `/** Errors ${data.displayName} servers send with a plain status that is not a catalog code; told apart by message. Frozen. */`,
          `export const genericErrors: readonly GenericWireError[] = /* @__PURE__ */ frozen<GenericWireError[]>([`,
          ...data.generic.map((g) => `  ${lit(g)},`),
          ']);',
          '',
        ]),
  ].join('\n');
}
