export { NebulaError } from './generated/base.js';
export * from './generated/classes.js';
export { NebulaCodes, type NebulaCode, type NebulaSuccessCode } from './generated/codes.js';
export { catalog, categoryCatalog } from './generated/catalog.js';
export type { KnownNebulaError, NebulaErrorByCode } from './generated/registry.js';
export { fromCode, fromJSON, isNebulaError, isKnownNebulaError, isNebulaSuccessCode } from './generated/factories.js';
export { fromError, fromResponse } from './wire.js';
export { type CatalogEntry, type CategoryInfo, CodedError, isCodedError, isRetryable, isThrottling } from '@errs/core';
