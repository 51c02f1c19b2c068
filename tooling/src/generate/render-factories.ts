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

// The surrounding space the normalizers trim, as a type: only literals that miss the plain form pay for it.
const TRIM = [
  '/** A string type without the space around it. */',
  "type Trim<S extends string> = S extends ` ${infer R}` | `\\n${infer R}` | `\\t${infer R}` ? Trim<R> : S extends `${infer R} ` | `${infer R}\\n` | `${infer R}\\t` ? Trim<R> : S;",
  '',
];

/**
 * The parameter type of `fromCode`, as generated lines: the argument's own type when it is one of
 * the code's natural forms, and otherwise a string literal type that says why it is not, so that
 * the compiler's message reads as the reason (`Argument of type '0' is not assignable to parameter
 * of type '"NebulaGraph code 0 is a success code, not an error"'`, the last lines of tsc's "No
 * overload matches"). A type that says nothing of its value (`unknown`) passes, as does a wide
 * `string`: codes come from the wire, and the runtime gives any input the base class.
 */
function codeInputType(model: Model, name: string): string[] {
  const { data } = model;
  const success = model.entries.some((e) => e.success) ? `${data.prefix}SuccessCode` : undefined;
  const successMessage = `\`${data.displayName} code \${T & (number | string)} is a success code, not an error\``;
  if (model.codeType === 'string') {
    // One prefix before the digits ('GES.'), matched in any case as the normalizer does.
    const prefixes = new Set(model.entries.map((e) => /^\D*/.exec(String(e.code))![0]));
    const prefix = prefixes.size === 1 ? [...prefixes][0]!.toUpperCase() : '';
    const example = String(model.classEntries[0]!.code);
    const form = prefix === '' ? 'T' : `Uppercase<Trim<T>> extends \`${prefix}\${string}\` ? T : NotACode`;
    return [
      ...TRIM,
      `/** The reason an argument is not a ${data.displayName} code, as a type. */`,
      `type NotACode = ${lit(`${data.displayName} codes are strings like '${example}'`)};`,
      '',
      `/** An argument of type T as \`fromCode\` takes it (see the README: natural forms only). */`,
      `type ${name}<T> = unknown extends T`,
      '  ? T',
      '  : T extends string',
      `    ? string extends T ? T${success === undefined ? '' : ` : T extends ${success} ? ${successMessage}`} : ${form}`,
      '    : NotACode;',
    ];
  }
  return [
    ...TRIM,
    `/** The reason an argument is not a ${data.displayName} code, as a type. */`,
    `type NotACode = ${lit(`${data.displayName} codes are integers: a number or its decimal string`)};`,
    '',
    `/** An argument of type T as \`fromCode\` takes it (see the README: natural forms only). */`,
    `type ${name}<T> = unknown extends T`,
    '  ? T',
    '  : T extends number | bigint',
    `    ? ${success === undefined ? 'T' : `T extends ${success} ? ${successMessage} : T`}`,
    '    : T extends string',
    `      ? string extends T ? T${success === undefined ? '' : ` : T extends \`\${${success}}\` ? ${successMessage}`} : T extends \`\${number}\` ? T : Trim<T> extends \`\${number}\` ? T : NotACode`,
    '      : NotACode;',
  ];
}

export function renderFactories(model: Model): string {
  const { data } = model;
  const base = data.baseClassName;
  const prefix = data.prefix;
  const codeType = data.codesConstName.replace(/s$/, '');
  const example = model.classEntries[0]!;
  const byCode = `${prefix}ErrorByCode`;
  const hasSuccess = model.entries.some((e) => e.success);
  return [
    HEADER,
    `import { type FromCodeInit, defineSystem, keyGuard, read } from '@errs/core';`,
    `import { normalize, rangeKey } from './format.js';`,
    `import { ${base} } from './base.js';`,
    `import type { ${codeType}${hasSuccess ? `, ${prefix}SuccessCode` : ''} } from './codes.js';`,
    `import { type Known${base}, type ${byCode}, categories, classes, successCodes } from './registry.js';`,
    '',
    // Only fromCode, fromJSON, isKnown… and the wire readers use every class of the catalog: the
    // other guards stand on their own, so importing one of them does not pull the catalog into a bundle.
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
    ...codeInputType(model, 'CodeInput'),
    '',
    // Two overloads: a catalog code (or a union of them) is matched by the first, which costs the
    // checker least; every other argument meets the second, whose parameter type is the reason it
    // is rejected, so the compiler's "No overload matches" ends with that reason. `const` keeps a
    // literal argument literal for the reason's text.
    '/** The overloads of `fromCode`: a known code literal gives its own class. */',
    'type FromCode = {',
    `  <C extends ${codeType}>(code: C, init?: FromCodeInit | string): ${byCode}[\`\${C}\` & keyof ${byCode}];`,
    `  <const T>(code: CodeInput<T>, init?: FromCodeInit | string): ${base};`,
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
    // The flag of the base class's key, which every instance's prototype carries: the guard holds
    // no class, so importing it alone brings neither the catalog nor CodedError into a bundle.
    `const isMember = /* @__PURE__ */ keyGuard(${lit(data.system)});`,
    '',
    `/** True for any ${data.displayName} error, from any copy of this package. */`,
    `export function is${prefix}Error(value: unknown): value is ${base} {`,
    `  return isMember(value);`,
    '}',
    '',
    '/**',
    ` * True for an error of its catalog code's own class, from any copy of this package: a \`switch\``,
    ` * on \`code\` then narrows it to that class. False for a code outside the catalog, and for a`,
    ` * \`${base}\` or category instance that carries a catalog code. Uses every class of the catalog.`,
    ' */',
    `export function isKnown${base}(value: unknown): value is Known${base} {`,
    `  if (!(value instanceof ${base})) return false;`,
    // Read without trust: a proxy that passes the class check may still throw on `code`.
    `  const own = classes.get(read(value, 'code') as ${model.codeType});`,
    '  return own !== undefined && value instanceof own;',
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
