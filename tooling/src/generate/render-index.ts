// src/index.ts: the package's entry point. Everything generated, plus the hand-written wire
// readers (src/wire.ts), which every system package has.
import { HEADER, type Model } from './model.js';

export function renderIndex(model: Model): string {
  const { data } = model;
  const p = data.prefix;
  const catalogNames = ['catalog', 'categoryCatalog', ...(data.generic === undefined ? [] : ['genericErrors'])];
  return [
    HEADER,
    `export { ${data.baseClassName} } from './generated/base.js';`,
    `export * from './generated/classes.js';`,
    `export { ${data.codesConstName}, type ${p}Code, type ${p}SuccessCode } from './generated/codes.js';`,
    `export { ${catalogNames.join(', ')} } from './generated/catalog.js';`,
    `export type { Known${data.baseClassName}, ${p}ErrorByCode } from './generated/registry.js';`,
    `export { fromCode, fromJSON, is${p}Error, isKnown${data.baseClassName}, is${p}SuccessCode } from './generated/factories.js';`,
    `export { descriptor as system } from './generated/descriptor.js';`,
    ...(data.codeFormat.kind === 'prefixed' ? [`export { normalizeCode } from './generated/format.js';`] : []),
    `export * from './wire.js';`,
    `export { type CatalogEntry, type CategoryInfo, CodedError, isCodedError, isRetryable, isThrottling } from '@errs/core';`,
    '',
  ].join('\n');
}
