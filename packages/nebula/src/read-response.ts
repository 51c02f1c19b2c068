// What a NebulaGraph answer says: the thrift ExecutionResponse / AuthResponse object
// ({ error_code, error_msg }, error_msg as bytes or text, snake or camel case) and executeJson
// output ({ errors: [{ code, message }], results: [{ errors: { code, message }, ... }] }), as an
// object, JSON text or JSON bytes, bare or as the body of an HTTP gateway's response.
import { type WireExchange, type WireReading, decodeText, integerCode, isArray, isRecord, itemsOf, read } from '@errs/core';

/** Every entry is looked at: a failure in the last result of a large batch is still a failure. */
const MAX_ENTRIES = 1_048_576; // 2^20, as a literal so that bundles without the reader drop it

const text = (value: unknown): string | undefined => {
  const decoded = decodeText(value);
  return decoded === undefined || decoded === '' ? undefined : decoded;
};

function fromThrift(response: object): WireReading | undefined {
  const code = read(response, 'error_code') ?? read(response, 'errorCode');
  if (code === undefined) return undefined;
  if (integerCode(code) === 0) return 'success';
  const spaceName = text(read(response, 'space_name') ?? read(response, 'spaceName'));
  return {
    code,
    message: text(read(response, 'error_msg') ?? read(response, 'errorMsg')),
    details: spaceName === undefined ? undefined : { spaceName },
  };
}

/** The first failing `{ code, message }` of executeJson output: top-level errors, then each result's. */
function fromExecuteJson(response: object): WireReading | undefined {
  const errors = read(response, 'errors');
  const results = read(response, 'results');
  if (!isArray(errors) && !isArray(results)) return undefined;
  let sawCode = false;
  const check = (entry: unknown): WireReading | undefined => {
    const first = isArray(entry) ? itemsOf(entry, 1)[0] : entry;
    if (!isRecord(first)) return undefined;
    const code = read(first, 'code');
    if (code === undefined) return undefined;
    sawCode = true;
    if (integerCode(code) === 0) return undefined;
    return { code, message: text(read(first, 'message')) };
  };
  for (const entry of itemsOf(errors, MAX_ENTRIES)) {
    const found = check(entry);
    if (found !== undefined) return found;
  }
  for (const result of itemsOf(results, MAX_ENTRIES)) {
    const found = check(read(result, 'errors'));
    if (found !== undefined) return found;
  }
  return sawCode ? 'success' : undefined;
}

// executeJson output past the read bound: its top-level `errors` comes first in graphd's output.
const LEADING_CODE = /^\s*\{\s*"errors"\s*:\s*\[\s*\{\s*"code"\s*:\s*(-?\d{1,6})\s*(?:,\s*"message"\s*:\s*"((?:[^"\\]|\\.){0,1000})")?/;

function fromPrefix(prefix: string): WireReading {
  const match = LEADING_CODE.exec(prefix);
  if (match === null) return 'unrecognized';
  if (Number(match[1]) === 0) return 'success';
  let message: string | undefined;
  try {
    message = match[2] === undefined ? undefined : (JSON.parse(`"${match[2]}"`) as string);
  } catch {
    message = undefined;
  }
  return { code: Number(match[1]), message };
}

export function readResponse(exchange: WireExchange): WireReading {
  if (exchange.truncated) return fromPrefix(exchange.prefix);
  const body = exchange.body;
  if (!isRecord(body)) return 'unrecognized';
  return fromThrift(body) ?? fromExecuteJson(body) ?? 'unrecognized';
}
