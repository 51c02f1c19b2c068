// Rules the schema alone cannot express: uniqueness within and across packages, ranges, code
// formats, and that a data file states only what no rule gives, each exception with its reason.
import { categoryByRange, derivedCategoryClass, derivedCategoryStatus, derivedClassName, derivedHttpStatus, formatOf, resolve } from './derive.js';
import type { DataFileT, EntryT } from './schema.js';

/** The integer a code is ranged by, under a data file's code format. */
export const rangeKeyOf = (data: Pick<DataFileT, 'codeFormat'>, code: number | string): number | undefined => formatOf(data).rangeKey(code);

function validateCategories(data: DataFileT, problems: string[]): void {
  const where = (name: string) => `${data.system} category ${name}`;
  const categories = new Map(data.categories.map((c) => [c.name, c]));
  if (categories.size !== data.categories.length) problems.push(`${data.system}: duplicate category name`);
  for (const category of data.categories) {
    const [low, high] = category.range;
    if (low > high) problems.push(`${where(category.name)}: range [${low}, ${high}] is empty`);
    if (category.retryable === true && !category.retryableWhy) problems.push(`${where(category.name)}: retryable without retryableWhy`);
    const derived = derivedCategoryClass(data, category);
    if (category.className === undefined && derived === undefined) problems.push(`${where(category.name)}: the name gives no class; state className`);
    if (category.className !== undefined && derived !== undefined) {
      if (category.className === derived) problems.push(`${where(category.name)}: className ${derived} is what the name gives; drop it`);
      else if (!category.classNameWhy) problems.push(`${where(category.name)}: className differs from ${derived} without classNameWhy`);
    }
    if (category.classNameWhy && (category.className === undefined || derived === undefined)) problems.push(`${where(category.name)}: classNameWhy without an exception`);
    const className = category.className ?? derived;
    if (className !== undefined && !className.startsWith(data.prefix)) problems.push(`${where(category.name)}: class ${className} lacks prefix ${data.prefix}`);
    const status = derivedCategoryStatus(data, category);
    if (category.httpStatus !== undefined && status !== undefined) problems.push(`${where(category.name)}: httpStatus is what the ${data.httpStatus} rule gives; drop it`);
    if (category.parent !== undefined) {
      const parent = categories.get(category.parent);
      if (parent === undefined) problems.push(`${where(category.name)}: unknown parent ${category.parent}`);
      else if (low < parent.range[0] || high > parent.range[1]) problems.push(`${where(category.name)}: range is not inside its parent ${parent.name}`);
    }
  }
  // Siblings (same parent, or both top level) must not overlap: a code would have two categories.
  for (const [i, a] of data.categories.entries()) {
    for (const b of data.categories.slice(i + 1)) {
      if (a.parent !== b.parent) continue;
      if (a.range[0] <= b.range[1] && b.range[0] <= a.range[1]) problems.push(`${data.system}: categories ${a.name} and ${b.name} overlap`);
    }
  }
}

function validateEntryRules(data: DataFileT, entry: EntryT, where: string, problems: string[]): void {
  const format = formatOf(data);
  const canonical = format.normalize(entry.code) === entry.code;
  const fits = canonical && format.fits(entry.code);
  if (!canonical) problems.push(`${where}: not a canonical ${data.system} code (${format.normalize(entry.code) ?? 'not a code'})`);
  else if (!fits && !entry.formatWhy) problems.push(`${where}: outside the code format and no formatWhy`);
  if (fits && entry.formatWhy) problems.push(`${where}: formatWhy given but the code fits the format`);

  if (data.symbols === 'code' && entry.symbol !== undefined) problems.push(`${where}: the symbol is the code; drop symbol`);
  if (data.symbols !== 'code' && entry.symbol === undefined) problems.push(`${where}: missing symbol`);

  const derivedClass = derivedClassName(data, entry);
  if (entry.success) {
    if (entry.className !== undefined) problems.push(`${where}: a success code has no class`);
  } else if (data.classNames.from === 'explicit') {
    if (entry.className === undefined) problems.push(`${where}: missing className (${data.system} classes are named by hand)`);
  } else if (entry.className === undefined) {
    if (derivedClass === undefined) problems.push(`${where}: the symbol gives no class name; state className with classNameWhy`);
  } else if (entry.className === derivedClass) {
    problems.push(`${where}: className ${derivedClass} is what the symbol gives; drop it`);
  } else if (!entry.classNameWhy) {
    problems.push(`${where}: className differs from ${derivedClass ?? 'the symbol'} without classNameWhy`);
  }
  if (entry.classNameWhy && (entry.className === undefined || data.classNames.from === 'explicit')) problems.push(`${where}: classNameWhy without an exception`);

  const byRange = categoryByRange(data.categories, format.rangeKey(entry.code));
  if (entry.category !== undefined) {
    if ((entry.category ?? undefined) === byRange) problems.push(`${where}: category ${byRange ?? 'null'} is what the range gives; drop it`);
    else if (!entry.categoryWhy) problems.push(`${where}: outside the ${byRange ?? 'no'} category's range and no categoryWhy`);
    if (entry.category !== null && !data.categories.some((c) => c.name === entry.category)) problems.push(`${where}: unknown category ${entry.category}`);
  } else if (entry.categoryWhy) problems.push(`${where}: categoryWhy without an exception`);

  const status = derivedHttpStatus(data, entry.code);
  if (data.httpStatus === 'per-code') {
    if (entry.httpStatus === undefined) problems.push(`${where}: missing httpStatus (per-code rule)`);
    if (entry.httpStatusWhy) problems.push(`${where}: httpStatusWhy under the per-code rule`);
  } else if (entry.httpStatus !== undefined) {
    if (entry.httpStatus === status) problems.push(`${where}: httpStatus is what the ${data.httpStatus} rule gives; drop it`);
    else if (!entry.httpStatusWhy) problems.push(`${where}: httpStatus differs from the ${data.httpStatus} rule without httpStatusWhy`);
  } else if (entry.httpStatusWhy) problems.push(`${where}: httpStatusWhy without an exception`);
}

export function validateDataFile(data: DataFileT): string[] {
  const problems: string[] = [];
  const where = (entry: EntryT) => `${data.system} ${entry.code}`;
  validateCategories(data, problems);
  for (const entry of data.entries) validateEntryRules(data, entry, where(entry), problems);
  if (problems.length > 0) return problems;

  // The rest is about the facts as derived.
  const resolved = resolve(data);
  if (!resolved.entries.some((e) => e.code === data.example && !e.success)) problems.push(`${data.system}: example ${data.example} is not an error code of the catalog`);
  const categories = new Map(resolved.categories.map((c) => [c.name, c]));
  const byCode = new Map<number | string, (typeof resolved.entries)[number]>();
  for (const entry of resolved.entries) {
    if (byCode.has(entry.code)) problems.push(`${data.system} ${entry.code}: duplicate code`);
    byCode.set(entry.code, entry);
  }
  const symbols = new Map<string, unknown>();
  const classes = new Map<string, unknown>();
  for (const entry of resolved.entries) {
    const at = `${data.system} ${entry.code}`;
    if (entry.replacedBy !== undefined) {
      const current = byCode.get(entry.replacedBy);
      if (current === undefined) problems.push(`${at}: replacedBy ${entry.replacedBy} is not in the catalog`);
      else {
        if (entry.className !== current.className) problems.push(`${at}: className must equal that of ${current.code}`);
        if (entry.symbol !== current.symbol) problems.push(`${at}: symbol must equal that of ${current.code}`);
      }
      if (!entry.deprecated) problems.push(`${at}: replacedBy without deprecated`);
      continue;
    }
    if (symbols.has(entry.symbol)) problems.push(`${at}: duplicate symbol ${entry.symbol}`);
    symbols.set(entry.symbol, entry);
    if (entry.success) continue;
    if (entry.className !== undefined) {
      if (classes.has(entry.className)) problems.push(`${at}: duplicate class name ${entry.className}`);
      if (!entry.className.startsWith(data.prefix)) problems.push(`${at}: class ${entry.className} lacks prefix ${data.prefix}`);
      classes.set(entry.className, entry);
    }
    if (entry.messages.en === undefined && entry.messages.zh === undefined) problems.push(`${at}: missing message`);
    if (entry.retryable && !entry.retryableWhy) problems.push(`${at}: retryable without retryableWhy`);
    if (entry.category !== undefined && !categories.has(entry.category)) problems.push(`${at}: unknown category ${entry.category}`);
  }
  for (const category of resolved.categories) {
    if (classes.has(category.className)) problems.push(`${data.system} category ${category.name}: class name taken by a code`);
  }
  if (classes.has(resolved.baseClassName)) problems.push(`${data.system}: base class name taken by a code`);
  return problems;
}

/** Ids, prefixes and class names must be unique across all packages: they share a user's imports. */
export function validateAcrossFiles(files: readonly DataFileT[]): string[] {
  const owners = new Map<string, string>();
  const problems: string[] = [];
  const unique = (what: string, pick: (d: DataFileT) => string) => {
    const seen = new Map<string, string>();
    for (const data of files) {
      const value = pick(data);
      if (seen.has(value)) problems.push(`${what} ${value} is used by two data files (${seen.get(value)} and ${data.system})`);
      seen.set(value, data.system);
    }
  };
  unique('system id', (d) => d.system);
  unique('prefix', (d) => d.prefix);
  for (const data of files) {
    const resolved = resolve(data);
    const names = new Set<string>([resolved.baseClassName, ...resolved.categories.map((c) => c.className)]);
    for (const entry of resolved.entries) if (entry.className !== undefined) names.add(entry.className);
    for (const name of names) {
      const owner = owners.get(name);
      if (owner !== undefined && owner !== data.system) problems.push(`class ${name} is in both ${owner} and ${data.system}`);
      owners.set(name, data.system);
    }
  }
  return problems;
}
