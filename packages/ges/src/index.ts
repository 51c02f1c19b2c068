export { GesError } from './generated/base.js';
export * from './generated/classes.js';
export { GesCodes, type GesCode, type GesSuccessCode } from './generated/codes.js';
export { catalog, categoryCatalog } from './generated/catalog.js';
export type { KnownGesError, GesErrorByCode } from './generated/registry.js';
export { fromCode, fromJSON, isGesError, isKnownGesError, isGesSuccessCode } from './generated/factories.js';
export { normalizeCode } from './normalize-code.js';
export { fromError, fromResponse } from './wire.js';
export { type CatalogEntry, type CategoryInfo, CodedError, isCodedError, isRetryable, isThrottling } from '@errs/core';
