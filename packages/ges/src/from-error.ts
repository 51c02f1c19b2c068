// What Huawei Cloud GES clients throw, as typed errors:
// - the Huawei Cloud Node SDK (@huaweicloud/huaweicloud-sdk-core): ServiceResponseException and its
//   ClientRequestException (4xx) / ServerResponseException (5xx), with httpStatusCode, errorMsg,
//   errorCode, requestId and encodedAuthorizationMessage. The SDK reads only `error.code` and
//   `error_code`, so for a v1.0 body ({ errorCode, errorMessage }) errorCode is undefined and
//   errorMsg is axios' "Request failed with status code 400": what can be recovered is;
// - errors shaped like the Go and Python SDKs' (status_code, error_code, error_msg / error_message,
//   request_id), e.g. passed on as JSON by a backend;
// - axios-style errors (err.response.{status, headers, data});
// - our own errors, returned as they are.
// The original is kept as `cause` (and `raw`).
import { getHeader, isCodedError, isFetchResponse, isRecord, parseBody, read } from '@errs/core';
import { GesError } from './generated/base.js';
import { isGesError } from './generated/factories.js';
import { type ErrorContext, errorFor, fromExchange, httpStatusOf, readBody } from './from-response.js';

const SDK_EXCEPTIONS = new Set(['ServiceResponseException', 'ClientRequestException', 'ServerResponseException']);
const GES_CODE_IN_TEXT = /\bGES\.\d{4,8}\b/i;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

function has(value: object, key: string): boolean {
  return key in value;
}

/** An HTTP exchange another object carries: axios' `response`, the SDK's `originalError`, a `cause`. */
function attachedResponse(err: Record<string, unknown>): { status: number | undefined; headers: unknown; body: unknown } | undefined {
  for (const key of ['response', 'originalError', 'cause']) {
    let value = read(err, key);
    if (isRecord(read(value, 'response'))) value = read(value, 'response');
    if (!isRecord(value)) continue;
    const status = httpStatusOf(read(value, 'status') ?? read(value, 'statusCode'));
    if (status === undefined && !has(value, 'data') && !has(value, 'body')) continue;
    return { status, headers: read(value, 'headers'), body: has(value, 'data') ? read(value, 'data') : read(value, 'body') };
  }
  return undefined;
}

/** A GES error body written into a message: JSON (whole, or from the first `{` to the last `}`). */
function bodyInText(message: string): { code?: string; message?: string } | undefined {
  const candidates = [message.trim()];
  const open = message.indexOf('{');
  const close = message.lastIndexOf('}');
  if (open > 0 && close > open) candidates.push(message.slice(open, close + 1));
  for (const candidate of candidates) {
    const parsed = parseBody(candidate);
    if (!isRecord(parsed)) continue;
    const facts = readBody(parsed);
    if (facts.code !== undefined) return { code: facts.code, message: facts.message };
  }
  return undefined;
}

/** A Huawei Cloud SDK ServiceResponseException (or a subclass), by name or by its fields. */
function isSdkException(err: Record<string, unknown>): boolean {
  const name = read(err, 'name');
  return (typeof name === 'string' && SDK_EXCEPTIONS.has(name)) || has(err, 'httpStatusCode') || has(err, 'errorMsg');
}

function fromSdkException(err: Record<string, unknown>): GesError {
  const status = httpStatusOf(read(err, 'httpStatusCode'));
  const errorMsg = text(read(err, 'errorMsg')) ?? text(read(err, 'message'));
  const context: ErrorContext = { raw: err, cause: err, hasCause: true, requestId: text(read(err, 'requestId')) };
  const encodedAuthorizationMessage = text(read(err, 'encodedAuthorizationMessage'));
  // Older SDKs put the HTTP status in errorCode when the body had no code: only strings count.
  const errorCode = read(err, 'errorCode');
  let code = typeof errorCode === 'string' && errorCode.trim() !== '' ? errorCode.trim() : undefined;
  let message = errorMsg;
  if (code === undefined) {
    // The body the SDK could not read, when something kept it.
    const attached = attachedResponse(err);
    if (attached !== undefined) {
      const recovered = fromExchange(attached.status ?? status, attached.headers, attached.body, context);
      if (recovered instanceof GesError && recovered.code !== undefined) return recovered;
    }
    // A body or a code written into the message.
    const inText = errorMsg === undefined ? undefined : bodyInText(errorMsg);
    if (inText !== undefined) {
      code = inText.code;
      message = inText.message ?? errorMsg;
    } else {
      code = errorMsg?.match(GES_CODE_IN_TEXT)?.[0];
    }
  }
  return errorFor(code, message, status, { ...context, encodedAuthorizationMessage });
}

function convert(err: unknown): GesError {
  if (isGesError(err)) return err;
  const base = { raw: err, cause: err };
  if (isCodedError(err)) return new GesError(text(read(err, 'message')), base);
  if (!isRecord(err)) {
    // A thrown string may be a body (JSON text) or just words.
    if (typeof err === 'string') {
      const inText = bodyInText(err);
      if (inText?.code !== undefined) return errorFor(inText.code, inText.message, undefined, { ...base, hasCause: true });
      return new GesError(text(err), base);
    }
    return new GesError(undefined, base);
  }
  if (isSdkException(err)) return fromSdkException(err);
  const context: ErrorContext = { ...base, hasCause: true };
  // A fetch Response thrown as is: its body cannot be read synchronously.
  if (isFetchResponse(err)) {
    const status = httpStatusOf(err.status);
    if (status !== undefined && status >= 400) {
      return errorFor(undefined, `Huawei Cloud GES: HTTP ${status} (pass the Response to fromResponse to read its error code)`, status, {
        ...context,
        requestId: getHeader(err.headers, 'X-Request-Id'),
        traceId: getHeader(err.headers, 'TraceID'),
      });
    }
  }
  // axios-style: err.response.{status, headers, data}.
  const response = read(err, 'response');
  if (isRecord(response)) {
    const status = httpStatusOf(read(response, 'status') ?? read(response, 'statusCode'));
    const body = 'data' in response ? read(response, 'data') : read(response, 'body');
    if (status !== undefined) {
      const fromHttp = fromExchange(status, read(response, 'headers'), body, context);
      if (fromHttp instanceof GesError) return fromHttp;
    }
  }
  // A thrown body, or an error shaped like the Go / Python SDKs' (status_code, error_code, ...).
  const facts = readBody(err, false);
  if (facts.code !== undefined) {
    const status = httpStatusOf(read(err, 'status_code') ?? read(err, 'status') ?? read(err, 'statusCode'));
    return errorFor(facts.code, facts.message, status, {
      ...context,
      requestId: facts.requestId,
      encodedAuthorizationMessage: facts.encodedAuthorizationMessage,
    });
  }
  return new GesError(text(read(err, 'message')), base);
}

/**
 * A typed error for anything a GES client throws; never throws. Huawei Cloud SDK exceptions map
 * by `errorCode` (with `errorMsg` as the message, `requestId`, and `httpStatusCode` as
 * `httpStatus`); where the SDK lost the code (v1.0 bodies) it is recovered from the message or
 * an attached response when possible, else the result is a `GesError` with the status. Our own
 * errors are returned as they are; everything else keeps the original as `cause`.
 */
export function fromError(err: unknown): GesError {
  try {
    return convert(err);
  } catch {
    try {
      return new GesError(undefined, { raw: err, cause: err });
    } catch {
      return new GesError(undefined, { raw: err });
    }
  }
}
