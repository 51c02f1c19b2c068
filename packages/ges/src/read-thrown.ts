// What the Huawei Cloud Node SDK (@huaweicloud/huaweicloud-sdk-core) throws for a server answer:
// ServiceResponseException and its ClientRequestException (4xx) / ServerResponseException (5xx),
// with httpStatusCode, errorMsg, errorCode, requestId and encodedAuthorizationMessage. The SDK
// reads only `error.code` and `error_code`, so for a v1.0 body ({ errorCode, errorMessage })
// errorCode is undefined and errorMsg is axios' "Request failed with status code 400": what can be
// recovered (an attached response, a body or a code written into the message) is.
import { type WireReading, httpStatusOf, isRecord, nonBlank, read, toExchange } from '@errs/core';
import { readBody } from './read-body.js';
import { readResponse } from './read-response.js';

const SDK_EXCEPTIONS = new Set(['ServiceResponseException', 'ClientRequestException', 'ServerResponseException']);
const GES_CODE_IN_TEXT = /\bGES\.\d{4,8}\b/i;

/** A ServiceResponseException (or a subclass), by name or by its fields. */
function isSdkException(err: object): boolean {
  const name = read(err, 'name');
  return (typeof name === 'string' && SDK_EXCEPTIONS.has(name)) || read(err, 'httpStatusCode') !== undefined || read(err, 'errorMsg') !== undefined;
}

/** An HTTP exchange the exception carries: axios' `response`, the SDK's `originalError`, a `cause`. */
function attachedReading(err: object, maxBytes: number): WireReading {
  for (const key of ['response', 'originalError', 'cause']) {
    let value = read(err, key);
    if (isRecord(read(value, 'response'))) value = read(value, 'response');
    if (!isRecord(value)) continue;
    const exchange = toExchange(value, 'thrown', maxBytes);
    if ('invalid' in exchange || exchange.status === undefined) continue;
    const reading = readResponse(exchange);
    if (typeof reading === 'object' && reading.code !== undefined) return reading;
  }
  return 'unrecognized';
}

/** A GES error body written into a message: JSON (whole, or from the first `{` to the last `}`). */
function bodyInText(message: string): { code?: string; message?: string } | undefined {
  const candidates = [message.trim()];
  const open = message.indexOf('{');
  const close = message.lastIndexOf('}');
  if (open > 0 && close > open) candidates.push(message.slice(open, close + 1));
  for (const candidate of candidates) {
    if (!candidate.startsWith('{')) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(candidate);
    } catch {
      continue;
    }
    if (!isRecord(parsed)) continue;
    const facts = readBody(parsed, true);
    if (facts.code !== undefined) return { code: facts.code, message: facts.message };
  }
  return undefined;
}

export function readThrown(err: object, maxBytes: number): WireReading {
  if (!isSdkException(err)) return 'unrecognized';
  const status = httpStatusOf(read(err, 'httpStatusCode'));
  const errorMsg = nonBlank(read(err, 'errorMsg')) ?? nonBlank(read(err, 'message'));
  const requestId = nonBlank(read(err, 'requestId'));
  const encoded = nonBlank(read(err, 'encodedAuthorizationMessage'));
  const details = encoded === undefined ? undefined : { encodedAuthorizationMessage: encoded };
  // Older SDKs put the HTTP status in errorCode when the body had no code: only strings count.
  const errorCode = nonBlank(read(err, 'errorCode'))?.trim();
  if (errorCode !== undefined) return { code: errorCode, message: errorMsg, httpStatus: status, requestId, details };
  const attached = attachedReading(err, maxBytes);
  if (attached !== 'unrecognized') return typeof attached === 'object' ? { ...attached, requestId: attached.requestId ?? requestId } : attached;
  const inText = errorMsg === undefined ? undefined : bodyInText(errorMsg);
  if (inText !== undefined) return { code: inText.code, message: inText.message ?? errorMsg, httpStatus: status, requestId, details };
  const code = errorMsg?.match(GES_CODE_IN_TEXT)?.[0];
  // No status and no code: the request got no answer (a transport failure the core will find).
  if (code === undefined && status === undefined) return 'unrecognized';
  return { code, message: errorMsg, httpStatus: status, requestId, details };
}
