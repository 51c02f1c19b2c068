// Polaris responses: the protobuf Response / BatchWriteResponse / BatchQueryResponse message
// ({ code, info, ... }, as a gRPC client or a parsed HTTP body gives it; code and info may be
// UInt32Value / StringValue wrappers), an HTTP exchange { status, headers?, body } where the
// X-Polaris-Code / X-Polaris-Message headers count, or a fetch Response (then a Promise).
import {
  type FetchResponseLike,
  type HttpResponseLike,
  type LocalizedText,
  getHeader,
  integerCode,
  isFetchResponse,
  isRecord,
  parseBody,
  read,
  readFetchResponse,
} from '@errs/core';
import { PolarisError } from './generated/base.js';
import { fromCode, isPolarisSuccessCode } from './generated/factories.js';
import { classes } from './generated/registry.js';

const NOT_A_RESPONSE = 'Polaris: not a response (expected { code, info }, { status, headers, body } or a fetch Response)';
const MAX_CHILDREN = 100;

/** A code from a number, a numeric string or a protobuf UInt32Value `{ value }`. */
function codeOf(value: unknown): number | undefined {
  return integerCode(isRecord(value) ? read(value, 'value') : value);
}

/** Text from a string or a protobuf StringValue `{ value }`. */
function infoOf(value: unknown): string | undefined {
  const text = isRecord(value) ? read(value, 'value') : value;
  return typeof text === 'string' && text !== '' ? text : undefined;
}

interface Context {
  readonly requestId?: string;
  readonly httpStatus?: number;
  readonly raw: unknown;
  readonly cause?: { readonly value: unknown };
}

/** `info` is the catalog text, or the catalog text + ': ' + detail (NewResponseWithMsg). */
function detailOf(code: number, info: string): string | undefined {
  const english = (classes.get(code) as { readonly messages?: LocalizedText } | undefined)?.messages?.en;
  return english !== undefined && info.startsWith(`${english}: `) ? info.slice(english.length + 2) : undefined;
}

function errorFor(code: number, info: string | undefined, context: Context, extra?: Record<string, unknown>): PolarisError {
  const detail = info === undefined ? undefined : detailOf(code, info);
  const details = detail === undefined && extra === undefined ? undefined : { ...extra, ...(detail === undefined ? {} : { detail }) };
  return fromCode(code, {
    message: info,
    requestId: context.requestId,
    httpStatus: context.httpStatus,
    details,
    raw: context.raw,
    ...(context.cause === undefined ? {} : { cause: context.cause.value }),
  });
}

/** The error of a response message, undefined on success, or 'none' when it has no code. */
function fromMessage(message: Record<string, unknown>, context: Context): PolarisError | undefined | 'none' {
  const code = codeOf(read(message, 'code'));
  if (code === undefined) return 'none';
  const children = read(message, 'responses');
  const failures: { code: number; info?: string }[] = [];
  if (Array.isArray(children)) {
    for (const child of children.slice(0, MAX_CHILDREN)) {
      const childCode = codeOf(read(child, 'code'));
      if (childCode !== undefined && !isPolarisSuccessCode(childCode)) {
        const info = infoOf(read(child, 'info'));
        failures.push(info === undefined ? { code: childCode } : { code: childCode, info });
      }
    }
  }
  const extra = failures.length === 0 ? undefined : { failures };
  if (!isPolarisSuccessCode(code)) return errorFor(code, infoOf(read(message, 'info')), context, extra);
  // A batch whose top level says success while a child failed: the first failure is the error.
  const first = failures[0];
  return first === undefined ? undefined : errorFor(first.code, first.info, context, extra);
}

function isExchange(value: unknown): value is HttpResponseLike {
  return isRecord(value) && typeof read(value, 'status') === 'number' && ('body' in value || 'headers' in value || 'data' in value);
}

function fromExchange(exchange: HttpResponseLike, context: Omit<Context, 'requestId' | 'httpStatus'>): PolarisError | undefined {
  const status = exchange.status;
  const headers = exchange.headers;
  const full: Context = { ...context, requestId: getHeader(headers, 'Request-Id'), httpStatus: status };
  const body = parseBody(read(exchange, 'body') ?? read(exchange, 'data'));
  if (isRecord(body)) {
    const found = fromMessage(body, full);
    if (found !== 'none') return found;
  }
  const headerCode = integerCode(getHeader(headers, 'X-Polaris-Code'));
  if (headerCode !== undefined) {
    if (isPolarisSuccessCode(headerCode)) return undefined;
    return errorFor(headerCode, getHeader(headers, 'X-Polaris-Message'), full);
  }
  if (status < 400) return undefined;
  const text = typeof body === 'string' && body.length <= 200 && !body.trimStart().startsWith('<') ? body.trim() : undefined;
  // No Polaris code at all: only the status speaks. Rate limits and server failures may pass.
  return new PolarisError(text || `Polaris: HTTP ${status} without a Polaris code`, {
    httpStatus: status,
    requestId: full.requestId,
    raw: context.raw,
    retryable: status === 429 || status >= 500,
    ...(context.cause === undefined ? {} : { cause: context.cause.value }),
  });
}

/** Reads any Polaris response; shared with fromError, which passes the thrown value as cause. */
export function readResponse(response: unknown, cause?: { readonly value: unknown }): PolarisError | undefined | 'none' {
  const context = { raw: response, cause };
  if (isExchange(response)) return fromExchange(response, context);
  const parsed = parseBody(response);
  return isRecord(parsed) ? fromMessage(parsed, context) : 'none';
}

/**
 * The error a Polaris response carries, or undefined when it succeeded (200000-200002, and a
 * batch whose children all succeeded). A fetch Response gives a Promise. The server's `info` is
 * the message; text after the catalog message and ': ' is also kept in `details.detail`. A batch
 * keeps its failing children in `details.failures`. Never throws.
 */
export function fromResponse(response: FetchResponseLike): Promise<PolarisError | undefined>;
export function fromResponse(response: HttpResponseLike | Record<string, unknown> | string | Uint8Array): PolarisError | undefined;
export function fromResponse(response: unknown): PolarisError | undefined | Promise<PolarisError | undefined>;
export function fromResponse(response: unknown): PolarisError | undefined | Promise<PolarisError | undefined> {
  if (isFetchResponse(response)) {
    return readFetchResponse(response).then((exchange) => fromResponse(exchange) as PolarisError | undefined);
  }
  const found = readResponse(response);
  return found === 'none' ? new PolarisError(NOT_A_RESPONSE, { raw: response }) : found;
}
