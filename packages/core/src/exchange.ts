// The one shape every system's reader sees: an HTTP exchange (status, headers, body) or a bare
// message or body, with the body read within its bound. Built from the shapes people pass:
// `{ status | statusCode | httpStatusCode, headers?, body? | data? }` (fetch-like, Node http, got,
// undici.request, axios' response, what the Huawei Cloud SDK resolves with), or a bare body.
import { type Body, DEFAULT_MAX_BYTES, parseText, readBody } from './body.js';
import { getHeader } from './headers.js';
import { isHttpStatus } from './http-status.js';
import { has, isRecord, read } from './safe.js';

/** What a system reader is given. */
export interface WireExchange {
  /** The HTTP status, for an HTTP exchange; undefined for a bare message or body. */
  readonly status: number | undefined;
  readonly headers: unknown;
  /** The body as data: parsed JSON, non-JSON text, or undefined (none, or not readable whole). */
  readonly body: unknown;
  /** The body was past its bound or could not be read whole: use status and headers only. */
  readonly truncated: boolean;
  /** The first bytes of a body that was past its bound, as text (may be empty). */
  readonly prefix: string;
  /** 'response' for what `fromResponse` was given; 'thrown' for what `fromError` was given. */
  readonly origin: 'response' | 'thrown';
  /** A header's value, any letter case. */
  header(name: string): string | undefined;
}

/** A status-like field that is not a real HTTP status (fetch's `Response.error()` has 0). */
export interface InvalidStatus {
  readonly invalid: unknown;
}

const STATUS_KEYS = ['status', 'statusCode', 'httpStatusCode'] as const;

/** A status field's value: a number, or a string of digits; undefined when there is none. */
function statusField(record: object): { readonly value: unknown } | undefined {
  for (const key of STATUS_KEYS) {
    const value = read(record, key);
    if (typeof value === 'number') return { value };
    if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return { value: Number(value) };
  }
  return undefined;
}

export function exchangeOf(
  status: number | undefined,
  headers: unknown,
  body: Body,
  origin: 'response' | 'thrown',
): WireExchange {
  const data = body.kind === 'data' ? body.value : body.kind === 'text' ? parseText(body.text) : undefined;
  return {
    status,
    headers,
    body: data,
    truncated: body.kind === 'over',
    prefix: body.kind === 'over' ? body.prefix : '',
    origin,
    header: (name) => getHeader(headers, name),
  };
}

/** The parts of an HTTP exchange a value stands for, before its body is read; undefined for a bare body. */
export interface ExchangeParts {
  readonly status: number;
  readonly headers: unknown;
  readonly body: unknown;
}

/**
 * The parts of the HTTP exchange a value stands for, when it has a status field: its body is
 * `body`, else `data`, else the value itself (the Huawei Cloud SDK resolves with
 * `{ ...body, httpStatusCode }`). A status field that is not an HTTP status gives `{ invalid }`.
 */
export function partsOf(value: unknown): ExchangeParts | InvalidStatus | undefined {
  if (!isRecord(value)) return undefined;
  const field = statusField(value);
  if (field === undefined) return undefined;
  if (!isHttpStatus(field.value)) return { invalid: field.value };
  const body = has(value, 'body') ? read(value, 'body') : has(value, 'data') ? read(value, 'data') : value;
  return { status: field.value, headers: read(value, 'headers'), body };
}

/** The exchange a value stands for: an HTTP exchange (see `partsOf`), else a bare body. */
export function toExchange(value: unknown, origin: 'response' | 'thrown', maxBytes = DEFAULT_MAX_BYTES): WireExchange | InvalidStatus {
  const parts = partsOf(value);
  if (parts !== undefined && 'invalid' in parts) return parts;
  if (parts !== undefined) return exchangeOf(parts.status, parts.headers, readBody(parts.body, maxBytes), origin);
  return exchangeOf(undefined, undefined, readBody(value, maxBytes), origin);
}

/** The HTTP exchange a thrown value carries: axios' and got's `response`, undici's status errors. */
export function attachedExchange(err: object, maxBytes = DEFAULT_MAX_BYTES): WireExchange | InvalidStatus | undefined {
  const response = read(err, 'response');
  if (typeof response === 'object' && response !== null && statusField(response) !== undefined) {
    if (isFetchLike(response)) return fetchHeadersOnly(response);
    return toExchange(response, 'thrown', maxBytes);
  }
  // undici's ResponseStatusCodeError: statusCode, headers and body on the error itself.
  const statusCode = read(err, 'statusCode');
  if (typeof statusCode === 'number' && has(err, 'headers')) return toExchange(err, 'thrown', maxBytes);
  return undefined;
}

function isFetchLike(value: object): boolean {
  return typeof read(value, 'text') === 'function' && typeof read(value, 'ok') === 'boolean';
}

/** A fetch Response met synchronously (thrown, or at `err.response`): status and headers only. */
export function fetchHeadersOnly(response: object): WireExchange | InvalidStatus {
  const status = read(response, 'status');
  if (!isHttpStatus(status)) return { invalid: status };
  return exchangeOf(status, read(response, 'headers'), { kind: 'over', prefix: '' }, 'thrown');
}

export const isInvalid = (value: WireExchange | InvalidStatus): value is InvalidStatus => 'invalid' in value;
