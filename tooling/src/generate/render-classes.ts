// src/generated/classes.ts: one class per category and one per code. Plain class declarations
// with literal statics only, so bundlers drop every class a user does not import. Each class's
// JSDoc is what a hover shows of its code; the statics the identity and factory protocol reads
// (key, range, errorName, messages) are @internal, left out of the published types.
import { categoryKey } from '../../../packages/core/src/identity.js';
import { HEADER, type Model, commentText, lit, parentClassOf } from './model.js';

const BEFORE_RETRY: Record<string, string> = {
  'new-session': 'open a new session first',
  'refresh-leader': 'refresh the leader first',
  'refresh-route': 'refresh the route first',
};

/** JSDoc lines: a text that may span lines, made comment-safe. */
const doc = (text: string): string[] => text.replace(/\*\//g, '* /').split('\n').map((line) => ` *${line.trim() === '' ? '' : ` ${line.trimEnd()}`}`);

/** What a hover over a per-code class shows: the catalog entry, in both languages. */
function classDoc(model: Model, entry: Model['entries'][number]): string[] {
  const code = String(entry.code);
  const head = entry.symbol === code ? `\`${code}\`` : `\`${code}\` \`${entry.symbol}\``;
  const lines: string[] = [`${head}: ${commentText(entry.messages.en ?? entry.messages.zh)}`];
  if (entry.messages.en !== undefined && entry.messages.zh !== undefined) lines.push('', commentText(entry.messages.zh));
  const facts: string[] = [];
  facts.push(`${model.data.displayName}${entry.category === undefined ? '' : `, category \`${entry.category}\``}.`);
  if (entry.httpStatus !== undefined) facts.push(`HTTP status ${entry.httpStatus}.`);
  facts.push(entry.retryable ? `Retryable: ${commentText(entry.retryableWhy)}` : 'Not retryable.');
  if (entry.throttling) facts.push('Throttling: back off longer before retrying.');
  if (entry.beforeRetry !== undefined) facts.push(`Before retrying: ${BEFORE_RETRY[entry.beforeRetry] ?? entry.beforeRetry}.`);
  const renumbered = model.entries.filter((e) => e.replacedBy === entry.code).map((e) => `\`${String(e.code)}\``);
  if (renumbered.length > 0) facts.push(`Formerly ${renumbered.join(', ')} (renumbered upstream; the old code gives this class).`);
  lines.push('', ...facts.map((f) => `- ${f}`));
  if (entry.remedy?.en !== undefined) lines.push('', `Remedy: ${commentText(entry.remedy.en)}`);
  if (entry.remedy?.zh !== undefined) lines.push('', `处理措施：${commentText(entry.remedy.zh)}`);
  if (entry.deprecated !== undefined) lines.push('', `@deprecated ${commentText(entry.deprecated)}`);
  return ['/**', ...lines.flatMap(doc), ' */'];
}

const INTERNAL = '  /** @internal */';

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
      INTERNAL,
      `  static override readonly key: string = ${lit(categoryKey(data.system, category.name))};`,
      `  static override readonly category: string | undefined = ${lit(category.name)};`,
      INTERNAL,
      `  static ${category.parent === undefined ? '' : 'override '}readonly range: CodeRange = { low: ${low}, high: ${high} };`,
    );
    if (category.httpStatus !== undefined) out.push(`  static override readonly httpStatus: number | undefined = ${category.httpStatus};`);
    if (category.retryable !== undefined) out.push(`  static override readonly retryable: boolean | undefined = ${category.retryable};`);
    if (category.throttling === true) out.push('  static override readonly throttling: boolean | undefined = true;');
    out.push(
      INTERNAL,
      `  static override readonly errorName: string = ${lit(category.className)};`,
      `  declare readonly category: ${family.map(lit).join(' | ')};`,
      '}',
      '',
    );
  }

  for (const entry of model.classEntries) {
    const name = entry.className as string;
    const messages = Object.fromEntries(Object.entries(entry.messages).filter(([, v]) => v !== undefined));
    out.push(...classDoc(model, entry));
    out.push(
      `export class ${name} extends ${parentClassOf(model, entry)} {`,
      // No key: a per-code class's identity key is its system and code (core's identity.ts).
      `  static override readonly code = ${lit(entry.code)};`,
      `  static override readonly symbol = ${lit(entry.symbol)};`,
      `  static override readonly retryable = ${entry.retryable};`,
      INTERNAL,
      `  static override readonly messages = ${lit(messages)};`,
    );
    if (entry.httpStatus !== undefined) out.push(`  static override readonly httpStatus = ${entry.httpStatus};`);
    if (entry.throttling === true) out.push('  static override readonly throttling = true;');
    // What the error itself can tell a caller, in its locale: the remedy and the retry reason.
    const remedy = Object.fromEntries(Object.entries(entry.remedy ?? {}).filter(([, v]) => v !== undefined && v !== null));
    if (Object.keys(remedy).length > 0) out.push(INTERNAL, `  static override readonly remedy = ${lit(remedy)};`);
    if (entry.retryableWhy !== undefined) out.push(INTERNAL, `  static override readonly retryableWhy = ${lit(entry.retryableWhy)};`);
    // Other wording the wire may carry for the code (Polaris' en.toml English, the docs' words).
    const docText = Object.fromEntries(Object.entries(entry.docText ?? {}).filter(([, v]) => v !== undefined && v !== null));
    if (Object.keys(docText).length > 0) out.push(INTERNAL, `  static override readonly docText = ${lit(docText)};`);
    out.push(
      `  declare readonly code: ${lit(entry.code)};`,
      `  declare readonly symbol: ${lit(entry.symbol)};`,
      // The class states its own retry flag; no option or wire fact changes it.
      `  declare readonly retryable: ${entry.retryable};`,
      INTERNAL,
      `  static override readonly errorName = ${lit(name)};`,
      `  declare readonly name: ${lit(name)};`,
      '}',
      '',
    );
  }
  return out.join('\n');
}
