// src/generated/base.ts and src/generated/factories.ts: the system base class and the typed
// fromCode / fromJSON / type guard over the core's shared factories.
import { HEADER, type Model, lit } from './model.js';

export function renderBase(model: Model): string {
  const { data } = model;
  const base = data.baseClassName;
  const code = model.codeType;
  return [
    HEADER,
    `import { CodedError, type CodeOptions${data.docs === undefined ? '' : ', type LocalizedText'} } from '@errs/core';`,
    '',
    '/**',
    ` * Base of every ${data.displayName} error. Concrete: a code outside the catalog lands here (or in`,
    ' * the category class whose range holds it), with the code kept in `code`.',
    ' */',
    `export class ${base} extends CodedError {`,
    `  static override readonly key: string = ${lit(data.system)};`,
    `  static override readonly system = ${lit(data.system)} as const;`,
    `  static override readonly displayName: string | undefined = ${lit(data.displayName)};`,
    ...(data.docs === undefined ? [] : ['  /** @internal */', `  static override readonly docs: LocalizedText | undefined = ${lit(data.docs)};`]),
    `  declare readonly code: ${code} | undefined;`,
    '',
    `  constructor(message?: string, options?: CodeOptions<${code}>) {`,
    '    super(message, options);',
    '  }',
    `  static override readonly errorName: string = ${lit(base)};`,
    `  declare readonly system: ${lit(data.system)};`,
    '}',
    '',
  ].join('\n');
}

export function renderFactories(model: Model): string {
  const { data } = model;
  const base = data.baseClassName;
  const prefix = data.prefix;
  const codeType = data.codesConstName.replace(/s$/, '');
  const example = model.classEntries[0]!;
  return [
    HEADER,
    `import { type FromCodeInit, defineSystem } from '@errs/core';`,
    `import { normalize, rangeKey } from './format.js';`,
    `import { ${base} } from './base.js';`,
    `import type { ${codeType}, ${prefix}SuccessCode } from './codes.js';`,
    `import { type ${prefix}ErrorByCode, categories, classes, successCodes } from './registry.js';`,
    '',
    // Only fromCode, fromJSON and the wire readers use `system` (every class of the catalog): the
    // guards below stand on their own, so importing one of them does not pull the catalog into a bundle.
    '/** The shared factories of this system; the wire readers are built on it. */',
    `export const system = /* @__PURE__ */ defineSystem<${base}>({`,
    `  system: ${lit(data.system)},`,
    `  displayName: ${lit(data.displayName)},`,
    `  base: ${base},`,
    '  categories,',
    '  classes,',
    '  successCodes,',
    '  normalize,',
    '  rangeKey,',
    '});',
    '',
    '/** Rejects success-code literals at compile time. */',
    `type NotSuccess<T> = T extends ${prefix}SuccessCode | \`\${${prefix}SuccessCode}\` ? never : unknown;`,
    '',
    '/** The overloads of `fromCode`: a known code literal gives its own class. */',
    'type FromCode = {',
    `  <C extends ${codeType}>(code: C, init?: FromCodeInit | string): ${prefix}ErrorByCode[\`\${C}\` & keyof ${prefix}ErrorByCode];`,
    `  <T>(code: T & NotSuccess<T>, init?: FromCodeInit | string): ${base};`,
    '};',
    '',
    '/**',
    ` * The most specific error for a code (\`${lit(example.code).replace(/"/g, "'")}\` gives \`${example.className}\`). An unknown`,
    ` * code gives the category class whose range holds it, or \`${base}\`, and never throws;`,
    ' * a success code throws a RangeError. `init.message` (the server\'s message) wins over the',
    ' * catalog message; `init.locale` picks the catalog language.',
    ' */',
    // The core functions are exported as they are (not wrapped): the stack trace starts at the
    // caller only if no frame of ours sits between. The pure call keeps them tree-shakable.
    'export const fromCode: FromCode = /* @__PURE__ */ (() => system.fromCode as FromCode)();',
    '',
    '/** Restores the class of a `toJSON()` output (after JSON or structuredClone). Never throws. */',
    `export const fromJSON: (json: unknown) => ${base} = /* @__PURE__ */ (() => system.fromJSON)();`,
    '',
    `/** True for any ${data.displayName} error, from any copy of this package. */`,
    `export function is${prefix}Error(value: unknown): value is ${base} {`,
    // The base class's instanceof is the cross-copy check (CodedError's Symbol.hasInstance).
    `  return value instanceof ${base};`,
    '}',
    '',
    `/** Whether a code, in any of its natural forms, is one of ${data.displayName}'s success codes. */`,
    `export function is${prefix}SuccessCode(code: unknown): boolean {`,
    '  const canonical = normalize(code);',
    '  return canonical !== undefined && successCodes.has(canonical);',
    '}',
    '',
  ].join('\n');
}
