// Transport failures, told apart from system errors: a refused, reset or timed-out connection,
// a DNS failure, a broken pipe, undici's and axios' socket and timeout errors, fetch's
// "fetch failed" and AbortSignal.timeout(). They are found on a value, along its `cause` chain
// and inside AggregateErrors (Node's happy-eyeballs connect), and never read as a system code:
// Node's errno of ECONNREFUSED is -111, which is also a NebulaGraph code.
import { isArray, itemsOf, read } from './safe.js';

/** A transport failure: the code as found ('ECONNREFUSED', 'UND_ERR_SOCKET', 'TimeoutError'). */
export interface Transport {
  readonly code: string;
  readonly retryable: boolean;
}

/** Failures of the connection, not of the request: the same request can succeed later. */
const TRANSIENT = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'ETIMEOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENETRESET',
  'EAI_AGAIN',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'ERR_HTTP2_STREAM_ERROR',
  'ERR_HTTP2_GOAWAY_SESSION',
  'ERR_NETWORK',
  'TimeoutError',
  'FETCH_FAILED',
]);

/** Transport failures that a retry of the same request will meet again. */
const PERMANENT = new Set([
  'ENOTFOUND',
  'EAI_NONAME',
  'EAI_FAIL',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const IN_MESSAGE = /\b(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN|ENOTFOUND)\b/;
// axios' timeout, where a wrapper (the Huawei Cloud SDK) kept only its message.
const AXIOS_TIMEOUT = /^timeout of \d+ms exceeded$/;
const MAX_LINKS = 8;

function known(code: unknown): Transport | undefined {
  if (typeof code !== 'string') return undefined;
  if (TRANSIENT.has(code)) return { code, retryable: true };
  if (PERMANENT.has(code)) return { code, retryable: false };
  return undefined;
}

function ofLink(link: object): Transport | undefined {
  const byCode = known(read(link, 'code'));
  if (byCode !== undefined) return byCode;
  // AbortSignal.timeout() rejects with a DOMException named TimeoutError (code 23).
  if (read(link, 'name') === 'TimeoutError') return { code: 'TimeoutError', retryable: true };
  return undefined;
}

/**
 * The transport failure `value` is or wraps, or undefined. A user's abort (AbortError) is not
 * one. Bounded, cycle-safe, never throws.
 */
export function findTransport(value: unknown): Transport | undefined {
  const seen = new Set<object>();
  let fetchFailed = false;
  let byMessage: Transport | undefined;
  const queue: unknown[] = [value];
  while (queue.length > 0 && seen.size < MAX_LINKS) {
    const link = queue.shift();
    if (typeof link !== 'object' || link === null || seen.has(link)) continue;
    seen.add(link);
    const found = ofLink(link);
    if (found !== undefined) return found;
    const message = read(link, 'message');
    if (typeof message === 'string') {
      if (message === 'fetch failed' && read(link, 'name') === 'TypeError') fetchFailed = true;
      else if (byMessage === undefined && read(link, 'code') === undefined) {
        const match = IN_MESSAGE.exec(message.slice(0, 512));
        if (match !== null) byMessage = known(match[1]);
        else if (AXIOS_TIMEOUT.test(message)) byMessage = { code: 'ECONNABORTED', retryable: true };
      }
    }
    queue.push(read(link, 'cause'));
    const errors = read(link, 'errors');
    if (isArray(errors)) queue.push(...itemsOf(errors, 4));
  }
  return byMessage ?? (fetchFailed ? { code: 'FETCH_FAILED', retryable: true } : undefined);
}
