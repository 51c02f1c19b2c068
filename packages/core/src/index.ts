export { CodedError, isCodedError, pickText, type ClassFacts } from './coded-error.js';
export { frozen } from './frozen.js';
export { LINEAGE, ROOT_KEY, categoryKey, codeKey, systemKey } from './identity.js';
export { type CodeRange, codeRange, findRange, inRange } from './ranges.js';
export { isRetryable } from './retryable.js';
export { serializeCause, toPlain } from './serialize.js';
export {
  type CategoryDef,
  type ErrorClass,
  type FromCodeInit,
  type SystemDef,
  type SystemFactories,
  defineSystem,
  integerCode,
} from './system.js';
export { describeValue, stripControl } from './text.js';
export type {
  CatalogEntry,
  CategoryInfo,
  CodedErrorJSON,
  CodedErrorOptions,
  CodeOptions,
  GenericWireError,
  Locale,
  LocalizedText,
  SerializedCause,
  SystemId,
} from './types.js';
export {
  type FetchResponseLike,
  type HttpResponseLike,
  decodeText,
  getHeader,
  isFetchResponse,
  isRecord,
  parseBody,
  read,
  readFetchResponse,
} from './wire.js';
