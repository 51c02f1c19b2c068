// The facts of a GES error body. Management-plane bodies come in two shapes: v2 APIs send
// { error_code, error_msg }, v1.0 APIs { errorCode, errorMessage } (sometimes with "result":
// "failed"); Huawei gateways and SDK fallbacks add { error: { code, message } } and
// { code, message }. Bounded in depth and keys; never throws.
import { isArray, keysOf, read } from '@errs/core';
import { normalizeCode } from './generated/format.js';

/** What an error body says. `code` is the code as sent, which may not be a GES code. */
export interface BodyFacts {
  readonly code?: string;
  readonly message?: string;
  readonly requestId?: string;
  readonly encodedAuthorizationMessage?: string;
  /** v1.0 APIs: "result": "failed". */
  readonly failed: boolean;
}

const MAX_DEPTH = 4;
const MAX_KEYS = 64;

/** A non-empty string, as given. */
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** An explicit error-code field: a non-empty string (trimmed) or a finite number. */
const codeField = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim().slice(0, 64);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
};

const first = (record: unknown, keys: readonly string[]): string | undefined => {
  for (const key of keys) {
    const value = text(read(record, key));
    if (value !== undefined) return value;
  }
  return undefined;
};

const MESSAGE_KEYS = ['error_msg', 'errorMessage', 'errorMsg', 'error_message', 'message'] as const;

/**
 * The code and message of one object, in the order the Huawei Cloud SDKs look: `error_code` +
 * `error_msg` (v2), `errorCode` + `errorMessage` (v1.0), then `code` + `message`. A bare `code`
 * counts only with a message beside it (the Go and Python SDK rule) or when it is a GES code;
 * `generic: false` (objects not known to be error bodies) takes GES codes only there.
 */
function pairOf(record: object, generic: boolean): { code?: string; message?: string } {
  const snake = codeField(read(record, 'error_code'));
  if (snake !== undefined) return { code: snake, message: first(record, ['error_msg', 'error_message', ...MESSAGE_KEYS]) };
  const camel = codeField(read(record, 'errorCode'));
  if (camel !== undefined) return { code: camel, message: first(record, ['errorMessage', 'errorMsg', ...MESSAGE_KEYS]) };
  const bare = text(read(record, 'code'))?.trim();
  const message = first(record, ['message', ...MESSAGE_KEYS]);
  if (bare !== undefined && (normalizeCode(bare) !== undefined || (generic && message !== undefined))) return { code: bare, message };
  return { message };
}

/** How many nested objects one body may make the search look at, in all. */
const MAX_VISITS = 256;

/**
 * Looks for a code in nested objects: `error` first (the Node SDK), then, when `generic`, the
 * others (the Go and Python SDKs recurse into every nested object). Each object is visited once,
 * and the visits are bounded: shared references cannot make the walk exponential.
 */
function nestedPair(
  record: object,
  generic: boolean,
  depth: number,
  seen: Set<object> = new Set([record]),
): { code?: string; message?: string } | undefined {
  if (depth >= MAX_DEPTH) return undefined;
  const keys = keysOf(record, MAX_KEYS);
  const ordered = generic ? (keys.includes('error') ? ['error', ...keys.filter((k) => k !== 'error')] : keys) : keys.filter((k) => k === 'error');
  for (const key of ordered) {
    const value = read(record, key);
    if (typeof value !== 'object' || value === null || isArray(value) || seen.has(value)) continue;
    if (seen.size >= MAX_VISITS) return undefined;
    seen.add(value);
    const pair = pairOf(value, generic);
    if (pair.code !== undefined) return pair;
    const deeper = nestedPair(value, generic, depth + 1, seen);
    if (deeper !== undefined) return deeper;
  }
  return undefined;
}

/**
 * The facts of a parsed body. `generic: false` is for objects not known to be error bodies (a 2xx
 * body, a thrown error): only the explicit error fields count (`error_code`, `errorCode`,
 * `error: {...}`, a GES code in `code`).
 */
export function readBody(record: object, generic: boolean): BodyFacts {
  const top = pairOf(record, generic);
  const found = top.code !== undefined ? top : (nestedPair(record, generic, 0) ?? top);
  const error = read(record, 'error');
  const result = read(record, 'result');
  return {
    code: found.code,
    message: found.message ?? top.message ?? text(error),
    requestId: first(record, ['request_id', 'requestId']),
    encodedAuthorizationMessage:
      first(record, ['encoded_authorization_message', 'encodedAuthorizationMessage']) ??
      (typeof error === 'object' && error !== null ? first(error, ['encoded_authorization_message', 'encodedAuthorizationMessage']) : undefined),
    failed: typeof result === 'string' && result.trim().toLowerCase() === 'failed',
  };
}
