// src/generated/registry.ts: code -> class map, category table, success codes, and the
// code -> class type map behind the typed fromCode overloads.
import { HEADER, type Model, commentText, lit } from './model.js';

export function renderRegistry(model: Model): string {
  const { data } = model;
  const base = data.baseClassName;
  const classNames = [...new Set([...model.categories.map((c) => c.className), ...model.classEntries.map((e) => e.className as string)])];
  const codeType = model.codeType;
  const mapped = model.entries.filter((e) => !e.success);
  const classOf = (code: number | string) => data.entries.find((e) => e.code === code)?.className as string;
  const success = model.entries.filter((e) => e.success);
  const renumbered = mapped.filter((e) => e.replacedBy !== undefined);
  const prefix = data.prefix;
  return [
    HEADER,
    `import type { CategoryDef, ErrorClass } from '@errs/core';`,
    `import type { ${base} } from './base.js';`,
    'import {',
    ...classNames.map((n) => `  ${n},`),
    `} from './classes.js';`,
    '',
    // A list of classes rather than [code, class] pairs: each class states its own code, so the
    // map is built from them and the bundle does not carry every code twice.
    `/** Every per-code class; each is found under its own \`code\`. */`,
    `const perCode: readonly (ErrorClass<${base}> & { readonly code: ${codeType} })[] = [`,
    ...model.classEntries.map((e) => `  ${e.className},`),
    '];',
    '',
    `/** Renumbered old codes and the class of the code they became. */`,
    `const renumbered: readonly (readonly [${codeType}, ErrorClass<${base}>])[] = [`,
    ...renumbered.map((e) => `  [${lit(e.code)}, ${classOf(e.replacedBy as number | string)}],`),
    '];',
    '',
    `function codeMap(): Map<${codeType}, ErrorClass<${base}>> {`,
    `  const map = new Map<${codeType}, ErrorClass<${base}>>();`,
    '  for (const cls of perCode) map.set(cls.code, cls);',
    '  for (const [code, cls] of renumbered) map.set(code, cls);',
    '  return map;',
    '}',
    '',
    `/** Catalog code -> its class. Renumbered old codes map to the current class. */`,
    `export const classes: ReadonlyMap<${codeType}, ErrorClass<${base}>> = /* @__PURE__ */ codeMap();`,
    '',
    `/** Category classes with the ranges they own; the narrowest range holding a code wins. */`,
    // Range literals, not `Class.range`: a property read would keep every category class in a
    // bundle that imports one class.
    `export const categories: readonly CategoryDef[] = [`,
    ...model.categories.map(
      (c) => `  { name: ${lit(c.name)}, range: { low: ${c.range[0]}, high: ${c.range[1]} }, errorClass: ${c.className} },`,
    ),
    '];',
    '',
    `/** Codes that mean success: listed in the catalog, never an error. */`,
    `export const successCodes: ReadonlySet<${codeType}> = /* @__PURE__ */ new Set<${codeType}>([${success.map((e) => lit(e.code)).join(', ')}]);`,
    '',
    `/** Each catalog code's error type (renumbered old codes give the current class). */`,
    `export interface ${prefix}ErrorByCode {`,
    ...mapped.flatMap((e) => [
      ...(e.replacedBy !== undefined ? [`  /** @deprecated ${commentText(e.deprecated)} */`] : []),
      `  ${lit(String(e.code))}: ${e.replacedBy !== undefined ? classOf(e.replacedBy) : e.className};`,
    ]),
    '}',
    '',
    `/** Every per-code error type: a \`switch\` on \`code\` narrows it to one class. */`,
    `export type Known${base} = ${prefix}ErrorByCode[keyof ${prefix}ErrorByCode];`,
    '',
  ].join('\n');
}
