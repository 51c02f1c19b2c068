export { CodedError, isCodedError, pickText, type ClassFacts } from './coded-error.js';
export { type CodeFormat, type CodeFormatSpec, codeFormat } from './code-format.js';
export { frozen } from './frozen.js';
export { LINEAGE, ROOT_KEY, categoryKey, codeKey, keyGuard, systemKey } from './identity.js';
export { type HttpStatusRule, type SystemDescriptor, statusByRule } from './descriptor.js';
export { type CodeRange, codeRange, findRange, inRange } from './ranges.js';
export { isRetryable, isThrottling } from './retryable.js';
export { serializeCause, toPlain } from './serialize.js';
export {
  type CategoryDef,
  type ErrorClass,
  type FromCodeInit,
  type MakeInit,
  type SystemDef,
  type SystemFactories,
  defineSystem,
  integerCode,
} from './system.js';
export { describeValue, stripControl } from './text.js';
export type {
  BeforeRetry,
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
export { type Body, DEFAULT_MAX_BYTES, decodeText, parseBody, readBody, shortText } from './body.js';
export { getHeader } from './headers.js';
export { has, hasOwn, isArray, isRecord, itemsOf, keysOf, nonBlank, read, readOwn } from './safe.js';
export { DEFAULT_TIMEOUT_MS, type FetchResponseLike, type ReadBounds, isBodyStream, isFetchResponse, readFetchBody, readStreamBody } from './fetch-response.js';
export { httpStatusOf, isHttpStatus, isRetryableStatus, isThrottlingStatus } from './http-status.js';
export { type Transport, findTransport } from './transport.js';
export { type WireExchange, toExchange } from './exchange.js';
export {
  type BodyStreamLike,
  type ErrorOptions,
  type FromResponse,
  type ResponseOptions,
  type ResponseResult,
  type WireFacts,
  type WireFactories,
  type WireReaders,
  type WireReading,
  defineWire,
} from './define-wire.js';
