// src/generated/classes.ts: one class per category and one per code. Plain class declarations
// with literal statics only, so bundlers drop every class a user does not import.
import { categoryKey, codeKey } from '../../../packages/core/src/identity.js';
import { HEADER, type Model, commentText, lit, parentClassOf } from './model.js';

export function renderClasses(model: Model): string {
  const { data } = model;
  const base = data.baseClassName;
  const out: string[] = [HEADER, `import type { CodeRange } from '@errs/core';`, `import { ${base} } from './base.js';`, ''];

  for (const category of model.categories) {
    const parent = category.parent === undefined ? base : data.categories.find((c) => c.name === category.parent)!.className;
    const family = model.categoryFamily.get(category.name) ?? [category.name];
    const [low, high] = category.range;
    out.push(
      `/** ${commentText(category.description.en ?? category.description.zh)} (${data.displayName}, codes ${low} to ${high}). */`,
      `export class ${category.className} extends ${parent} {`,
      `  static override readonly key: string = ${lit(categoryKey(data.system, category.name))};`,
      `  static override readonly category: string | undefined = ${lit(category.name)};`,
      `  static ${category.parent === undefined ? '' : 'override '}readonly range: CodeRange = { low: ${low}, high: ${high} };`,
    );
    if (category.httpStatus !== undefined) out.push(`  static override readonly httpStatus: number | undefined = ${category.httpStatus};`);
    if (category.retryable !== undefined) out.push(`  static override readonly retryable: boolean | undefined = ${category.retryable};`);
    if (category.throttling === true) out.push('  static override readonly throttling: boolean | undefined = true;');
    out.push(
      `  static override readonly errorName: string = ${lit(category.className)};`,
      `  declare readonly category: ${family.map(lit).join(' | ')};`,
      '}',
      '',
    );
  }

  for (const entry of model.classEntries) {
    const name = entry.className as string;
    const message = entry.messages.en ?? entry.messages.zh;
    const messages = Object.fromEntries(Object.entries(entry.messages).filter(([, v]) => v !== undefined));
    out.push(`/** ${lit(entry.code).replace(/"/g, '')} ${entry.symbol}: ${commentText(message)}${entry.deprecated ? ` (deprecated: ${commentText(entry.deprecated)})` : ''} */`);
    out.push(
      `export class ${name} extends ${parentClassOf(model, entry)} {`,
      `  static override readonly key: string = ${lit(codeKey(data.system, entry.code))};`,
      `  static override readonly code = ${lit(entry.code)};`,
      `  static override readonly symbol = ${lit(entry.symbol)};`,
      `  static override readonly retryable = ${entry.retryable};`,
      `  static override readonly messages = ${lit(messages)};`,
    );
    if (entry.httpStatus !== undefined) out.push(`  static override readonly httpStatus = ${entry.httpStatus};`);
    if (entry.throttling === true) out.push('  static override readonly throttling = true;');
    out.push(
      `  declare readonly code: ${lit(entry.code)};`,
      `  declare readonly symbol: ${lit(entry.symbol)};`,
      `  static override readonly errorName = ${lit(name)};`,
      `  declare readonly name: ${lit(name)};`,
      '}',
      '',
    );
  }
  return out.join('\n');
}
