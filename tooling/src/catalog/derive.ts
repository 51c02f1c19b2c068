// The facts a data file does not write because a rule gives them: each code's category (its
// range), HTTP status (the system's rule), class name (its symbol) and symbol (GES: the code);
// each category's class name and status; the system's type names (its prefix). The code format
// and the status rule are @errs/core's own, so the generator reads codes exactly as the packages do.
import { type CodeFormat, codeFormat } from '../../../packages/core/src/code-format.js';
import { statusByRule } from '../../../packages/core/src/descriptor.js';
import type { CategoryT, DataFileT, EntryT } from './schema.js';

/** An entry with every derived fact filled in, as the renderers and the catalog see it. */
export type ResolvedEntry = Omit<EntryT, 'symbol' | 'category' | 'classNameWhy' | 'categoryWhy' | 'httpStatusWhy' | 'formatWhy'> & {
  readonly symbol: string;
  readonly category?: string;
};

export type ResolvedCategory = Omit<CategoryT, 'classNameWhy'> & { readonly className: string };

/** A data file with its derived facts: the shape every renderer reads. */
export interface ResolvedData extends Omit<DataFileT, 'categories' | 'entries'> {
  /** `<Prefix>Error`. */
  readonly baseClassName: string;
  /** `<Prefix>Codes`. */
  readonly codesConstName: string;
  readonly categories: readonly ResolvedCategory[];
  readonly entries: readonly ResolvedEntry[];
}

export const formatOf = (data: Pick<DataFileT, 'codeFormat'>): CodeFormat => codeFormat(data.codeFormat);

/** 'graphd' -> 'Graphd'; a name that is not one lower-case word gives undefined (Polaris '409'). */
function wordClass(prefix: string, name: string): string | undefined {
  return /^[a-z]+$/.test(name) ? `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}Error` : undefined;
}

/** The class a category's name gives, or undefined when the name is no word. */
export const derivedCategoryClass = (data: Pick<DataFileT, 'prefix'>, category: Pick<CategoryT, 'name'>): string | undefined =>
  wordClass(data.prefix, category.name);

/**
 * The class a symbol gives: the system's symbol prefix dropped, SCREAMING_SNAKE words as
 * capitalized words, PascalCase kept as written (acronyms too), a trailing 'Error' word dropped,
 * then prefix + name + 'Error'. 'E_SYNTAX_ERROR' -> 'NebulaSyntaxError', 'CodeVUIDReadonly' ->
 * 'BlobstoreVUIDReadonlyError', 'InvalidRequestID' -> 'PolarisInvalidRequestIDError'.
 */
export function classFromSymbol(prefix: string, symbol: string, strip?: string): string | undefined {
  let name = strip !== undefined && symbol.startsWith(strip) ? symbol.slice(strip.length) : symbol;
  if (/^[A-Z0-9_]+$/.test(name)) {
    name = name
      .split('_')
      .filter((w) => w !== '')
      .map((w) => w[0]! + w.slice(1).toLowerCase())
      .join('');
  } else {
    name = name
      .split('_')
      .filter((w) => w !== '')
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join('');
  }
  if (name !== 'Error') name = name.replace(/Error$/, '');
  return /^[A-Z][A-Za-z0-9]*$/.test(name) ? `${prefix}${name}Error` : undefined;
}

/** The symbol of an entry: its own, or its code where the system's symbols are its codes. */
export const symbolOf = (data: Pick<DataFileT, 'symbols'>, entry: Pick<EntryT, 'code' | 'symbol'>): string =>
  entry.symbol ?? (data.symbols === 'code' ? String(entry.code) : '');

/** The class an entry's symbol gives under the system's naming rule (none for hand-named systems). */
export function derivedClassName(data: Pick<DataFileT, 'prefix' | 'classNames' | 'symbols'>, entry: EntryT): string | undefined {
  if (entry.success || data.classNames.from !== 'symbol') return undefined;
  return classFromSymbol(data.prefix, symbolOf(data, entry), data.classNames.strip);
}

/** The narrowest category whose range holds the key (sibling ranges never overlap). */
export function categoryByRange(categories: readonly Pick<CategoryT, 'name' | 'range'>[], key: number | undefined): string | undefined {
  if (key === undefined) return undefined;
  let best: Pick<CategoryT, 'name' | 'range'> | undefined;
  for (const c of categories) {
    const [low, high] = c.range;
    if (key < low || key > high) continue;
    if (best === undefined || high - low < best.range[1] - best.range[0]) best = c;
  }
  return best?.name;
}

export const derivedCategory = (data: DataFileT, code: number | string): string | undefined =>
  categoryByRange(data.categories, formatOf(data).rangeKey(code));

/** The status the system's rule gives a code (none under 'none' and 'per-code'). */
export const derivedHttpStatus = (data: Pick<DataFileT, 'httpStatus'>, code: number | string): number | undefined =>
  statusByRule(data.httpStatus, code);

/** The status a whole category shares under the system's rule, when every code of it gives the same. */
export function derivedCategoryStatus(data: Pick<DataFileT, 'httpStatus'>, category: Pick<CategoryT, 'range'>): number | undefined {
  const [low, high] = category.range;
  const a = statusByRule(data.httpStatus, low);
  return a !== undefined && a === statusByRule(data.httpStatus, high) ? a : undefined;
}

/** Every fact of the data file, the derived ones filled in. Assumes a valid file (validate.ts). */
export function resolve(data: DataFileT): ResolvedData {
  const categories = data.categories.map(({ classNameWhy: _, ...c }) => {
    const httpStatus = c.httpStatus ?? derivedCategoryStatus(data, c);
    return { ...c, className: c.className ?? (derivedCategoryClass(data, c) as string), ...(httpStatus === undefined ? {} : { httpStatus }) };
  });
  const entries = data.entries.map((entry) => {
    const { classNameWhy: _a, categoryWhy: _b, httpStatusWhy: _c, formatWhy: _d, ...rest } = entry;
    const category = entry.category === undefined ? derivedCategory(data, entry.code) : (entry.category ?? undefined);
    const className = entry.className ?? derivedClassName(data, entry);
    const httpStatus = entry.httpStatus ?? derivedHttpStatus(data, entry.code);
    const resolved: Record<string, unknown> = { ...rest, symbol: symbolOf(data, entry), className, category, httpStatus };
    for (const key of Object.keys(resolved)) if (resolved[key] === undefined) delete resolved[key];
    return resolved as ResolvedEntry;
  });
  return {
    ...data,
    baseClassName: `${data.prefix}Error`,
    codesConstName: `${data.prefix}Codes`,
    categories,
    entries,
  };
}
