// src/generated/codes.ts: the frozen symbol -> code constant and the code literal unions.
import { HEADER, type Model, constantKey, lit } from './model.js';

export function renderCodes(model: Model): string {
  const { data } = model;
  const constant = data.codesConstName;
  const typeName = constant.replace(/s$/, '');
  const errors = model.entries.filter((e) => !e.success);
  const success = model.entries.filter((e) => e.success);
  const union = (codes: readonly (number | string)[]) => (codes.length === 0 ? 'never' : codes.map(lit).join('\n  | '));
  return [
    HEADER,
    '',
    `/** Every ${data.displayName} code by its upstream symbol, for SDK authors (\`=== ${constant}.${constantKey(model, errors[0]!)}\`). */`,
    `export const ${constant} = /* @__PURE__ */ Object.freeze({`,
    ...model.entries.filter((e) => e.replacedBy === undefined).map((e) => `  ${constantKey(model, e)}: ${lit(e.code)},`),
    '} as const);',
    '',
    `/** Every error code in the catalog (success codes excluded). */`,
    `export type ${typeName} =\n  | ${union(errors.map((e) => e.code))};`,
    '',
    `/** The codes that mean success: \`fromCode\` rejects them, \`fromResponse\` returns undefined. */`,
    `export type ${data.prefix}SuccessCode = ${success.length === 0 ? 'never' : success.map((e) => lit(e.code)).join(' | ')};`,
    '',
  ].join('\n');
}
