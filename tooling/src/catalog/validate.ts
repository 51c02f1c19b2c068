// Rules the schema alone cannot express: uniqueness within and across packages, ranges,
// code shapes, and the facts every entry needs.
import type { DataFileT, EntryT } from './schema.js';

const CODE_SHAPES: Record<DataFileT['system'], (code: number | string) => boolean> = {
  nebula: (code) => typeof code === 'number' && code <= 0,
  ges: (code) => typeof code === 'string' && /^GES\.\d{4}$/.test(code),
  polaris: (code) => typeof code === 'number' && (code === 0 || (code >= 100000 && code <= 999999)),
  blobstore: (code) => typeof code === 'number' && code >= 100 && code <= 999,
};

/** The integer a code is ranged by: the code itself, or the digits of a string code. */
export function rangeKeyOf(code: number | string): number {
  return typeof code === 'number' ? code : Number(code.replace(/^\D+/, ''));
}

export function validateDataFile(data: DataFileT): string[] {
  const problems: string[] = [];
  const where = (entry: EntryT) => `${data.system} ${entry.code}`;
  const categories = new Map(data.categories.map((c) => [c.name, c]));
  if (categories.size !== data.categories.length) problems.push(`${data.system}: duplicate category name`);

  for (const category of data.categories) {
    const [low, high] = category.range;
    if (low > high) problems.push(`${data.system} category ${category.name}: range [${low}, ${high}] is empty`);
    if (category.retryable === true && !category.retryableWhy) {
      problems.push(`${data.system} category ${category.name}: retryable without retryableWhy`);
    }
    if (!category.className.startsWith(data.prefix)) {
      problems.push(`${data.system} category ${category.name}: class ${category.className} lacks prefix ${data.prefix}`);
    }
    if (category.parent !== undefined) {
      const parent = categories.get(category.parent);
      if (parent === undefined) problems.push(`${data.system} category ${category.name}: unknown parent ${category.parent}`);
      else if (low < parent.range[0] || high > parent.range[1]) {
        problems.push(`${data.system} category ${category.name}: range is not inside its parent ${parent.name}`);
      }
    }
  }

  const byCode = new Map<number | string, EntryT>();
  for (const entry of data.entries) {
    if (byCode.has(entry.code)) problems.push(`${where(entry)}: duplicate code`);
    byCode.set(entry.code, entry);
  }

  const symbols = new Map<string, EntryT>();
  const classes = new Map<string, EntryT>();
  for (const entry of data.entries) {
    if (!CODE_SHAPES[data.system](entry.code)) problems.push(`${where(entry)}: not a ${data.system} code`);
    if (entry.replacedBy !== undefined) {
      const current = byCode.get(entry.replacedBy);
      if (current === undefined) problems.push(`${where(entry)}: replacedBy ${entry.replacedBy} is not in the catalog`);
      else {
        if (entry.className !== current.className) problems.push(`${where(entry)}: className must equal that of ${current.code}`);
        if (entry.symbol !== current.symbol) problems.push(`${where(entry)}: symbol must equal that of ${current.code}`);
      }
      if (!entry.deprecated) problems.push(`${where(entry)}: replacedBy without deprecated`);
      continue;
    }
    if (symbols.has(entry.symbol)) problems.push(`${where(entry)}: duplicate symbol ${entry.symbol}`);
    symbols.set(entry.symbol, entry);
    if (entry.success) {
      if (entry.className !== undefined) problems.push(`${where(entry)}: a success code has no class`);
      continue;
    }
    if (entry.className === undefined) problems.push(`${where(entry)}: missing className`);
    else {
      if (classes.has(entry.className)) problems.push(`${where(entry)}: duplicate class name ${entry.className}`);
      if (!entry.className.startsWith(data.prefix)) problems.push(`${where(entry)}: class ${entry.className} lacks prefix ${data.prefix}`);
      classes.set(entry.className, entry);
    }
    if (entry.messages.en === undefined && entry.messages.zh === undefined) problems.push(`${where(entry)}: missing message`);
    if (entry.retryable && !entry.retryableWhy) problems.push(`${where(entry)}: retryable without retryableWhy`);
    if (entry.category !== undefined) {
      const category = categories.get(entry.category);
      if (category === undefined) problems.push(`${where(entry)}: unknown category ${entry.category}`);
      else {
        const key = rangeKeyOf(entry.code);
        const inside = key >= category.range[0] && key <= category.range[1];
        if (!inside && !entry.outOfRange) problems.push(`${where(entry)}: outside the ${category.name} range and no outOfRange reason`);
        if (inside && entry.outOfRange) problems.push(`${where(entry)}: outOfRange given but the code is inside ${category.name}`);
      }
    }
  }
  for (const category of data.categories) {
    if (classes.has(category.className)) problems.push(`${data.system} category ${category.name}: class name taken by a code`);
  }
  if (classes.has(data.baseClassName)) problems.push(`${data.system}: base class name taken by a code`);
  return problems;
}

/** Class names must be unique across all packages: they share one namespace in a user's imports. */
export function validateAcrossFiles(files: readonly DataFileT[]): string[] {
  const owners = new Map<string, string>();
  const problems: string[] = [];
  for (const data of files) {
    const names = new Set<string>([data.baseClassName, ...data.categories.map((c) => c.className)]);
    for (const entry of data.entries) if (entry.className !== undefined) names.add(entry.className);
    for (const name of names) {
      const owner = owners.get(name);
      if (owner !== undefined && owner !== data.system) problems.push(`class ${name} is in both ${owner} and ${data.system}`);
      owners.set(name, data.system);
    }
  }
  return problems;
}
