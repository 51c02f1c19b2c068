// src/generated/format.ts and src/generated/descriptor.ts: the system's code format as @errs/core
// reads it, and what the package says about its system (the CLI and the tooling iterate these).
import { HEADER, type Model, lit } from './model.js';

export function renderFormat(model: Model): string {
  const { data } = model;
  const code = data.codeFormat.kind === 'integer' ? 'number' : 'string';
  return [
    HEADER,
    `import { type CodeFormat, codeFormat } from '@errs/core';`,
    '',
    `/** How ${data.displayName} writes its codes: the normalizer and range key of every reader. */`,
    `export const format: CodeFormat<${code}> = /* @__PURE__ */ codeFormat(${lit(data.codeFormat)});`,
    '',
    // Bindings of their own: a property read at the top of a module would keep `format`, and what
    // reads it, in every bundle (bundlers cannot know a read has no side effect).
    `/** The canonical code for any of its natural forms, or undefined. */`,
    `export const normalize: (input: unknown) => ${code} | undefined = /* @__PURE__ */ (() => format.normalize)();`,
    '',
    `/** The integer a canonical code is ranged by. */`,
    `export const rangeKey: (code: number | string) => number | undefined = /* @__PURE__ */ (() => format.rangeKey)();`,
    '',
    ...(data.codeFormat.kind === 'prefixed'
      ? [
          `/** The canonical form (${lit(data.example)}) of a ${data.displayName} code written any natural way, or undefined. */`,
          'export const normalizeCode: (input: unknown) => string | undefined = normalize;',
          '',
        ]
      : []),
  ].join('\n');
}

export function renderDescriptor(model: Model, packageName: string): string {
  const { data } = model;
  return [
    HEADER,
    `import type { SystemDescriptor } from '@errs/core';`,
    `import { catalog, categoryCatalog } from './catalog.js';`,
    `import { format } from './format.js';`,
    '',
    `/** ${data.displayName} as ${packageName} describes it: id, names, code format, HTTP status rule, categories and catalog. */`,
    'export const descriptor: SystemDescriptor = /* @__PURE__ */ Object.freeze({',
    `  id: ${lit(data.system)},`,
    `  displayName: ${lit(data.displayName)},`,
    `  packageName: ${lit(packageName)},`,
    `  prefix: ${lit(data.prefix)},`,
    '  codeFormat: format,',
    `  example: ${lit(data.example)},`,
    `  httpStatus: ${lit(data.httpStatus)},`,
    '  categories: categoryCatalog,',
    '  catalog,',
    '});',
    '',
  ].join('\n');
}
