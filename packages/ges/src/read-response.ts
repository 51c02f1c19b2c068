// What a GES answer says: an HTTP exchange's error body (both shapes, see read-body.ts), or a bare
// error body. The request id is X-Request-Id (the body's request_id otherwise); TraceID is kept in
// details. A status of 400 or more without a code is left to the status.
import { type WireExchange, type WireReading, httpStatusOf, isRecord, read, shortText } from '@errs/core';
import { readBody } from './read-body.js';

function compact(record: Record<string, unknown>): Record<string, unknown> | undefined {
  const entries = Object.entries(record).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

export function readResponse(exchange: WireExchange): WireReading {
  const body = exchange.body;
  // A thrown Go / Python SDK error keeps its status beside the body fields.
  const status = exchange.status ?? (exchange.origin === 'thrown' ? httpStatusOf(read(body, 'status_code')) : undefined);
  if (exchange.truncated || !isRecord(body)) {
    if (status === undefined || status < 400) return 'unrecognized';
    return { message: shortText(body), httpStatus: status };
  }
  // A bare body from `fromResponse` is taken as an error body; a thrown one, or a 2xx body, only
  // by its explicit error fields.
  const generic = exchange.origin === 'response' ? status === undefined || status >= 400 : status !== undefined && status >= 400;
  const facts = readBody(body, generic);
  const isError = facts.code !== undefined || facts.failed;
  if (!isError) {
    if (status === undefined || status < 400) return 'unrecognized';
    return { message: facts.message, httpStatus: status };
  }
  return {
    code: facts.code,
    message: facts.message,
    httpStatus: status,
    requestId: exchange.header('X-Request-Id') ?? facts.requestId,
    details: compact({
      traceId: exchange.header('TraceID'),
      encodedAuthorizationMessage: facts.encodedAuthorizationMessage,
    }),
  };
}
