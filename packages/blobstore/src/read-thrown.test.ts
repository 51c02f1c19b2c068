import { describe, expect, it } from 'vitest';
import {
  BlobstoreAccessExceedSizeError,
  BlobstoreAccessLimitedError,
  BlobstoreDiskNotFoundError,
  BlobstoreError,
  BlobstoreJsonDecodeError,
  BlobstoreShardNodeNotLeaderError,
  BlobstoreShardNotFoundError,
  CodedError,
  fromCode,
  fromError,
  isBlobstoreError,
  isRetryable,
} from './index.js';

/** Shaped as axios 1.x rejects on a non-2xx status: an AxiosError with the response attached. */
function axiosError(status: number, data: unknown, headers: Record<string, string> = {}) {
  return Object.assign(new Error(`Request failed with status code ${status}`), {
    name: 'AxiosError',
    isAxiosError: true,
    code: status < 500 ? 'ERR_BAD_REQUEST' : 'ERR_BAD_RESPONSE',
    status,
    config: { url: '/shard/get', method: 'get' },
    response: { status, statusText: '', headers, data, config: {} },
  });
}

describe('fromError: HTTP client errors', () => {
  it('maps an axios error through the response, keeping the original as cause', () => {
    const thrown = axiosError(400, { error: 'access exceed object size' }, { 'content-type': 'application/json', 'blobstore-tracer-traceid': '9a8b7c' });
    const err = fromError(thrown);
    expect(err.constructor).toBe(BlobstoreAccessExceedSizeError);
    expect(err.message).toBe('access exceed object size');
    expect(err.requestId).toBe('9a8b7c');
    expect(err.cause).toBe(thrown);
    expect(err.raw).toBe(thrown);
  });

  it('tells a generic 400 from the catalog 400 there too', () => {
    const err = fromError(axiosError(400, '{"error":"Illegal Arguments"}'));
    expect(err.constructor).toBe(BlobstoreError);
    expect(err.symbol).toBe('ErrIllegalArguments');
  });

  it('reads a 6xx with its text body, and an HTML body as the 598 error', () => {
    expect(fromError(axiosError(611, '{"error":"disk not found"}'))).toBeInstanceOf(BlobstoreDiskNotFoundError);
    expect(fromError(axiosError(611, '<html><body>oops</body></html>')).constructor).toBe(BlobstoreJsonDecodeError);
    const html = fromError(axiosError(502, '<html><body>Bad Gateway</body></html>'));
    expect([html.constructor, html.httpStatus, html.retryable]).toEqual([BlobstoreError, 502, true]);
  });

  it('carries the retry decision of the code, also when wrapped by the application', () => {
    const err = fromError(axiosError(820, { error: 'shardnode:not leader' }));
    expect(err).toBeInstanceOf(BlobstoreShardNodeNotLeaderError);
    expect(isRetryable(err)).toBe(true);
    expect(isRetryable(new Error('put failed', { cause: err }))).toBe(true);
    expect(isRetryable(fromError(axiosError(611, { error: 'disk not found' })))).toBe(false);
  });

  it('reads superagent\'s response.body and a ky-style fetch Response (status only)', () => {
    const superagent = Object.assign(new Error('Not Found'), { status: 404, response: { status: 404, body: { error: 'shard not found' }, headers: {} } });
    expect(fromError(superagent).constructor).toBe(BlobstoreShardNotFoundError);
    const ky = Object.assign(new Error('Request failed with status code 429 Too Many Requests'), { name: 'HTTPError', response: new Response(null, { status: 429 }) });
    const err = fromError(ky);
    expect(err).toBeInstanceOf(BlobstoreAccessLimitedError);
    expect(err.message).toBe('access limited');
    expect(err.cause).toBe(ky);
  });

  it('does not read a success response as a code', () => {
    const thrown = Object.assign(new Error('validateStatus rejected it'), { response: { status: 200, data: { vid: 1 } } });
    const err = fromError(thrown);
    expect(err.constructor).toBe(BlobstoreError);
    expect(err.code).toBeUndefined();
    // Wrapped: the error says what it is, the client's words come with the cause.
    expect(err.message).toBe('CubeFS blobstore: Error was thrown');
    expect((err.cause as Error).message).toBe('validateStatus rejected it');
  });
});

describe('fromError: the Go rpc error shape', () => {
  it('reads rpc.Error{Status, Code, Err} and its lower-case form', () => {
    const go = { Status: 611, Code: '', Err: 'disk not found' };
    const err = fromError(go);
    expect(err.constructor).toBe(BlobstoreDiskNotFoundError);
    expect(err.cause).toBe(go);
    expect(fromError({ status: 400, code: '', error: 'Request Not Allow' }).symbol).toBe('ErrRequestNotAllow');
  });

  it('reads the client-side JSONDecode error', () => {
    const err = fromError({ Status: 598, Code: 'JSONDecode', Err: '502 response decode invalid character \'<\' looking for beginning of value' });
    expect(err.constructor).toBe(BlobstoreJsonDecodeError);
    expect(err.details).toEqual({ errorCode: 'JSONDecode' });
  });

  it('takes the text of a JavaScript error mirroring the shape from its message', () => {
    const mirrored = Object.assign(new Error('disk not found'), { status: 611, code: 'NoSuchDisk' });
    const err = fromError(mirrored);
    expect(err.constructor).toBe(BlobstoreDiskNotFoundError);
    expect(err.message).toBe('disk not found');
  });
});

describe('fromError: everything else', () => {
  it('returns our own errors as they are', () => {
    const own = fromCode(611);
    expect(fromError(own)).toBe(own);
  });

  it('wraps another system\'s coded error, keeping it as cause', () => {
    const other = new CodedError('from somewhere else');
    const err = fromError(other);
    expect(err.constructor).toBe(BlobstoreError);
    expect(err.message).toBe('CubeFS blobstore: CodedError was thrown');
    expect(err.cause).toBe(other);
  });

  it('wraps transport errors as a BlobstoreError with the original as cause, not as a code', () => {
    const socket = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9500'), { code: 'ECONNREFUSED', errno: -111, syscall: 'connect' });
    const err = fromError(socket);
    expect(err.constructor).toBe(BlobstoreError);
    expect(err.code).toBeUndefined();
    expect(err.message).toBe('CubeFS blobstore: no answer (ECONNREFUSED)');
    expect(err.cause).toBe(socket);
    expect([err.transport, isRetryable(err)]).toEqual(['ECONNREFUSED', true]);
    const network = Object.assign(new Error('Network Error'), { isAxiosError: true, code: 'ERR_NETWORK', response: undefined });
    expect([fromError(network).message, fromError(network).transport]).toEqual(['CubeFS blobstore: no answer (ERR_NETWORK)', 'ERR_NETWORK']);
  });

  it('keeps thrown strings and other values', () => {
    expect(fromError('disk went away').message).toBe('disk went away');
    expect(fromError(42).message).toBe('CubeFS blobstore: 42 was thrown');
    expect(fromError(undefined).cause).toBeUndefined();
  });

});
