export { BlobstoreError } from './generated/base.js';
export * from './generated/classes.js';
export { BlobstoreCodes, type BlobstoreCode, type BlobstoreSuccessCode } from './generated/codes.js';
export { catalog, categoryCatalog, genericErrors } from './generated/catalog.js';
export type { KnownBlobstoreError, BlobstoreErrorByCode } from './generated/registry.js';
export { fromCode, fromJSON, isBlobstoreError, isKnownBlobstoreError, isBlobstoreSuccessCode } from './generated/factories.js';
export { fromError, fromResponse } from './wire.js';
export { type CatalogEntry, type CategoryInfo, CodedError, isCodedError, isRetryable, isThrottling } from '@errs/core';
