// What a Polaris answer says: the protobuf Response / BatchWriteResponse / BatchQueryResponse
// message ({ code, info, ... }, as a gRPC client or a parsed HTTP body gives it; code and info
// may be UInt32Value / StringValue wrappers), with every child of a batch checked; or, for an
// HTTP exchange whose body has no code, the X-Polaris-Code / X-Polaris-Message headers.
import { type LocalizedText, type WireExchange, type WireFacts, type WireReading, integerCode, isRecord, itemsOf, read } from '@errs/core';
import { isPolarisSuccessCode } from './generated/factories.js';
import { classes } from './generated/registry.js';

/** Every child of a batch is looked at; the failures kept in details are bounded. */
const MAX_CHILDREN = 1_048_576; // 2^20, as a literal so that bundles without the reader drop it
const MAX_KEPT_FAILURES = 100;

/** A code from a number, a numeric string or a protobuf UInt32Value `{ value }`. */
function codeOf(value: unknown): number | undefined {
  return integerCode(isRecord(value) ? read(value, 'value') : value);
}

/** Text from a string or a protobuf StringValue `{ value }`. */
function infoOf(value: unknown): string | undefined {
  const text = isRecord(value) ? read(value, 'value') : value;
  return typeof text === 'string' && text !== '' ? text : undefined;
}

/**
 * `info` is the code's text + ': ' + detail (NewResponseWithMsg), in the language the server
 * speaks: code2info's English, en.toml's (the HTTP default, kept as docText), or zh.toml's.
 */
function detailOf(code: number, info: string): string | undefined {
  const cls = classes.get(code) as { readonly messages?: LocalizedText; readonly docText?: LocalizedText } | undefined;
  for (const text of [cls?.messages?.en, cls?.docText?.en, cls?.messages?.zh]) {
    if (text !== undefined && info.startsWith(`${text}: `)) return info.slice(text.length + 2);
  }
  return undefined;
}

interface Failure {
  readonly code: number;
  readonly info?: string;
}

function factsOf(failure: Failure, failures: readonly Failure[], count: number): WireFacts {
  const detail = failure.info === undefined ? undefined : detailOf(failure.code, failure.info);
  const details: Record<string, unknown> = {};
  if (detail !== undefined) details.detail = detail;
  if (failures.length > 0) details.failures = failures;
  if (count > failures.length) details.failureCount = count;
  return { code: failure.code, message: failure.info, details: Object.keys(details).length === 0 ? undefined : details };
}

/** The reading of a response message, or undefined when it has no code. */
function fromMessage(message: object, thrown: boolean): WireReading | undefined {
  const code = codeOf(read(message, 'code'));
  if (code === undefined) return undefined;
  // A thrown value's numeric `code` is a Polaris code only in Polaris' six-digit form.
  if (thrown && (code < 100000 || code > 999999)) return undefined;
  const failures: Failure[] = [];
  let count = 0;
  for (const child of itemsOf(read(message, 'responses'), MAX_CHILDREN)) {
    const childCode = codeOf(read(child, 'code'));
    if (childCode === undefined || isPolarisSuccessCode(childCode)) continue;
    count++;
    if (failures.length < MAX_KEPT_FAILURES) {
      const info = infoOf(read(child, 'info'));
      failures.push(info === undefined ? { code: childCode } : { code: childCode, info });
    }
  }
  if (!isPolarisSuccessCode(code)) {
    const info = infoOf(read(message, 'info'));
    return factsOf(info === undefined ? { code } : { code, info }, failures, count);
  }
  // A batch whose top level says success while a child failed: the first failure is the error.
  const first = failures[0];
  return first === undefined ? 'success' : factsOf(first, failures, count);
}

export function readResponse(exchange: WireExchange): WireReading {
  const body = exchange.body;
  if (!exchange.truncated && isRecord(body)) {
    const found = fromMessage(body, exchange.origin === 'thrown' && exchange.status === undefined);
    if (found !== undefined) return found;
  }
  const header = integerCode(exchange.header('X-Polaris-Code'));
  if (header !== undefined) {
    if (isPolarisSuccessCode(header)) return exchange.status !== undefined && exchange.status >= 400 ? 'unrecognized' : 'success';
    return { code: header, message: exchange.header('X-Polaris-Message') };
  }
  return 'unrecognized';
}
