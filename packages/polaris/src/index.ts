export { PolarisError } from './generated/base.js';
export * from './generated/classes.js';
export { PolarisCodes, type PolarisCode, type PolarisSuccessCode } from './generated/codes.js';
export { catalog, categoryCatalog } from './generated/catalog.js';
export type { KnownPolarisError, PolarisErrorByCode } from './generated/registry.js';
export { fromCode, fromJSON, isPolarisError, isKnownPolarisError, isPolarisSuccessCode } from './generated/factories.js';
export { fromError, fromResponse } from './wire.js';
export { type CatalogEntry, type CategoryInfo, CodedError, isCodedError, isRetryable, isThrottling } from '@errs/core';
