// NebulaGraph responses: the thrift ExecutionResponse / AuthResponse object
// ({ error_code, error_msg }, error_msg as bytes or text) and executeJson output
// ({ errors: [{ code, message }], results: [{ errors: { code, message }, ... }] }), as an object,
// JSON text or JSON bytes. Success gives undefined.
import { decodeText, integerCode, isRecord, parseBody, read } from '@errs/core';
import { fromCode, isNebulaSuccessCode } from './generated/factories.js';
import { NebulaError } from './generated/base.js';

interface Found {
  readonly code: unknown;
  readonly message: string | undefined;
  readonly details?: Record<string, unknown>;
}

const text = (value: unknown): string | undefined => {
  const decoded = decodeText(value);
  return decoded === undefined || decoded === '' ? undefined : decoded;
};

/** The error code and message of a thrift-shaped response (snake or camel case). */
function fromThrift(response: Record<string, unknown>): Found | undefined {
  const code = read(response, 'error_code') ?? read(response, 'errorCode');
  if (code === undefined) return undefined;
  const spaceName = text(read(response, 'space_name') ?? read(response, 'spaceName'));
  return {
    code,
    message: text(read(response, 'error_msg') ?? read(response, 'errorMsg')),
    details: spaceName === undefined ? undefined : { spaceName },
  };
}

/** The first failing `{ code, message }` of executeJson output: top-level errors, then each result's. */
function fromExecuteJson(response: Record<string, unknown>): Found | 'success' | undefined {
  const errors = read(response, 'errors');
  const results = read(response, 'results');
  if (!Array.isArray(errors) && !Array.isArray(results)) return undefined;
  const candidates: unknown[] = [];
  if (Array.isArray(errors)) candidates.push(...errors.slice(0, 64));
  if (Array.isArray(results)) for (const result of results.slice(0, 64)) candidates.push(read(result, 'errors'));
  let sawCode = false;
  for (const candidate of candidates) {
    const entry = Array.isArray(candidate) ? candidate[0] : candidate;
    if (!isRecord(entry)) continue;
    const code = read(entry, 'code');
    if (code === undefined) continue;
    sawCode = true;
    if (!isNebulaSuccessCode(code)) return { code, message: text(read(entry, 'message')) };
  }
  return sawCode ? 'success' : undefined;
}

/**
 * The error a NebulaGraph response carries, or undefined when it succeeded. Input that is not a
 * NebulaGraph response gives a `NebulaError` saying so, with the input kept in `raw`. Never throws.
 */
export function fromResponse(response: unknown): NebulaError | undefined {
  const parsed = parseBody(response);
  const found = isRecord(parsed) ? (fromThrift(parsed) ?? fromExecuteJson(parsed)) : undefined;
  if (found === 'success') return undefined;
  if (found === undefined) {
    return new NebulaError('NebulaGraph: not a response (expected { error_code, error_msg } or executeJson output)', {
      raw: response,
    });
  }
  const code = integerCode(found.code);
  if (code !== undefined && isNebulaSuccessCode(code)) return undefined;
  return fromCode(code ?? found.code, { message: found.message, details: found.details, raw: response });
}
