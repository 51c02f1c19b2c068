// What the consumer matrix, the browser test and the size report exercise in each system
// package, from its data file: its example code and class, its sample wire answers. A new
// system package is covered as soon as its data file exists.
import { loadAllDataFiles } from '../catalog/load.js';
import { buildModel, constantKey } from '../generate/model.js';

export interface ConsumerCase {
  readonly code: number | string;
  readonly symbol: string;
  readonly cls: string;
  /** The example's own retry flag, which its class fixes. */
  readonly retryable: boolean;
  /** The class of the example's category, when it has one. */
  readonly categoryCls?: string;
  readonly base: string;
  readonly guard: string;
  readonly prefix: string;
  /** How many codes the catalog has. */
  readonly codes: number;
  /** Key of `code` in the `<Prefix>Codes` constant. */
  readonly codesKey: string;
  /** A success code, which `fromCode` rejects at compile time (none when the system has none). */
  readonly successCode?: number | string;
  /** A value `fromResponse` reads as `code`. */
  readonly response: unknown;
  /** An HTTP answer the browser test serves, with the class and request id it gives. */
  readonly fetch?: { readonly status: number; readonly headers: Record<string, string>; readonly body: string; readonly cls: string; readonly requestId?: string };
}

export function consumerCases(): Record<string, ConsumerCase> {
  const out: Record<string, ConsumerCase> = {};
  for (const loaded of loadAllDataFiles()) {
    const model = buildModel(loaded.data);
    const { data } = model;
    const entryOf = (code: number | string) => data.entries.find((e) => e.code === code);
    const example = entryOf(data.example)!;
    const fetch = data.samples.fetch;
    const success = data.entries.find((e) => e.success);
    out[loaded.packageName] = {
      code: example.code,
      symbol: example.symbol,
      cls: example.className!,
      retryable: example.retryable,
      ...(example.category === undefined ? {} : { categoryCls: data.categories.find((c) => c.name === example.category)!.className }),
      base: data.baseClassName,
      guard: `is${data.prefix}Error`,
      prefix: data.prefix,
      codes: data.entries.length,
      codesKey: constantKey(model, example),
      ...(success === undefined ? {} : { successCode: success.code }),
      response: data.samples.response,
      ...(fetch === undefined
        ? {}
        : { fetch: { status: fetch.status, headers: fetch.headers, body: fetch.body, cls: entryOf(fetch.code)!.className!, ...(fetch.requestId === undefined ? {} : { requestId: fetch.requestId }) } }),
    };
  }
  return out;
}

/** `cases.mjs` for the consumer project: the fixtures (Node, bundles, browser page) import it. */
export const casesModule = (cases: Record<string, ConsumerCase>): string =>
  `// Written by the consumer matrix from the data files.\nexport const cases = ${JSON.stringify(cases, null, 2)};\n`;

/** A TypeScript consumer of one system package, as a user writes it, type-checked under strict. */
export function typedSource(name: string, c: ConsumerCase): string {
  const lit = (v: unknown) => JSON.stringify(v);
  const p = c.prefix;
  const loose = typeof c.code === 'number' ? `Number(${lit(String(c.code))})` : `String(${lit(c.code)}).toLowerCase()`;
  return [
    `// Written by the consumer matrix: ${name} as a TypeScript user writes it; literal codes give their exact class.`,
    `import { CodedError, type SystemDescriptor, isCodedError } from '@errs/core';`,
    `import { type Known${c.base}, ${p}Codes, ${c.base}, ${c.cls}, ${c.categoryCls === undefined ? '' : `${c.categoryCls}, `}fromCode, fromJSON, fromResponse, ${c.guard}, isKnown${c.base}, system } from '${name}';`,
    '',
    `const one: ${c.cls} = fromCode(${lit(c.code)});`,
    `const viaName: ${c.cls} = fromCode(${p}Codes.${c.codesKey});`,
    `const code: ${lit(c.code)} = one.code;`,
    `const symbol: ${lit(c.symbol)} = one.symbol;`,
    `const retryable: ${c.retryable} = one.retryable;`,
    ...(c.categoryCls === undefined
      ? []
      : ['// @ts-expect-error the statics the identity protocol reads are not in the published types.', `export const range = ${c.categoryCls}.range;`]),
    `const loose: ${c.base} = fromCode(${loose});`,
    ...(c.successCode === undefined ? [] : ['// @ts-expect-error a success code: fromCode rejects it at compile time.', `fromCode(${lit(c.successCode)});`]),
    `const wire: ${c.base} | undefined = fromResponse(${lit(c.response)});`,
    '// A fetch Response (anything with status, headers and text()) gives a promise.',
    `const fetched: Promise<${c.base} | undefined> = fromResponse({ status: 500, ok: false, headers: {}, text: async () => '{}' });`,
    `const back: ${c.base} = fromJSON(one.toJSON());`,
    'const caught: unknown = back;',
    `const guarded: ${c.base} | undefined = ${c.guard}(caught) ? caught : undefined;`,
    'const asCore: CodedError | undefined = isCodedError(caught) ? caught : undefined;',
    'const described: SystemDescriptor = system;',
    '// `cause` type-checks under lib ES2020 too, whose Error has none.',
    'const cause: unknown = one.cause;',
    `const known: Known${c.base} | undefined = isKnown${c.base}(caught) ? caught : undefined;`,
    '// @ts-expect-error an object is not a code: fromCode rejects it at compile time.',
    'fromCode({});',
    `function narrow(err: Known${c.base}): string {`,
    '  switch (err.code) {',
    `    case ${lit(c.code)}:`,
    `      return err.symbol satisfies ${lit(c.symbol)};`,
    '    default:',
    '      return err.message;',
    '  }',
    '}',
    'export const uses = [one, viaName, code, symbol, retryable, loose, wire, fetched, guarded, asCore, described, cause, known, narrow(one)] as const;',
    '',
  ].join('\n');
}
