import { describe, expect, it } from 'vitest';
import {
  GesError,
  GesGraphNotFoundError,
  GesServicePlaneError,
  GesServiceUnavailableError,
  fromCode,
  fromError,
  fromResponse,
  isGesError,
  isRetryable,
} from './index.js';

const bytes = (text: string) => new TextEncoder().encode(text);

/** fromResponse on input of no known type: synchronous unless it is a fetch Response. */
function sync(input: unknown): GesError | undefined {
  const result = fromResponse(input);
  if (result instanceof Promise) throw new Error('expected a synchronous result');
  return result;
}
const json = (value: unknown) => JSON.stringify(value);

describe('fromResponse: v2 management APIs, { error_code, error_msg }', () => {
  // POST /v2/{project_id}/graphs/{graph_id}/resize, docs example of a failed request (ges_03_0357).
  const resize = { error_msg: 'graph [demo] is not found', error_code: 'GES.8012' };

  it('keeps an unknown service-plane code in GesServicePlaneError, with the server text and status', () => {
    const err = fromResponse({ status: 400, headers: { 'X-Request-Id': 'b1c9e6f0' }, body: resize });
    expect(err).toBeInstanceOf(GesServicePlaneError);
    expect(err?.constructor).toBe(GesServicePlaneError);
    expect(err?.code).toBe('GES.8012');
    expect(err?.message).toBe('graph [demo] is not found');
    expect(err?.httpStatus).toBe(400);
    expect(err?.requestId).toBe('b1c9e6f0');
  });

  it('maps a catalog code to its class; the server message wins over the catalog', () => {
    const err = fromResponse({ status: 400, body: { error_code: 'GES.7000', error_msg: 'graph [movies] does not exist' } });
    expect(err).toBeInstanceOf(GesGraphNotFoundError);
    expect(err?.message).toBe('graph [movies] does not exist');
    expect(err?.httpStatus).toBe(400);
  });

  it('falls back to the catalog message when error_msg is missing or empty', () => {
    expect(fromResponse({ status: 400, body: { error_code: 'GES.7000' } })?.message).toBe('The graph does not exist or has been deleted.');
    expect(fromResponse({ status: 400, body: { error_code: 'GES.7000', error_msg: '' } })?.message).toBe(
      'The graph does not exist or has been deleted.',
    );
  });

  it('reads JSON text and JSON bytes bodies', () => {
    for (const body of [json(resize), bytes(json(resize)), Buffer.from(json(resize)), bytes(json(resize)).buffer]) {
      const err = fromResponse({ status: 400, body });
      expect(err?.code).toBe('GES.8012');
      expect(err?.message).toBe('graph [demo] is not found');
    }
  });

  it('puts the status actually received in httpStatus', () => {
    expect(fromResponse({ status: 503, body: { error_code: 'GES.7005', error_msg: 'busy' } })?.httpStatus).toBe(503);
    const documented = fromResponse({ status: 408, body: { error_code: 'GES.7005', error_msg: 'busy' } });
    expect(documented).toBeInstanceOf(GesServiceUnavailableError);
    expect(documented?.httpStatus).toBe(408);
    expect(isRetryable(documented)).toBe(true);
  });
});

describe('fromResponse: v1.0 APIs, { errorCode, errorMessage }', () => {
  it('reads the camelCase body of 查询图详情 (1.0.0)', () => {
    const body = { errorCode: 'GES.7000', errorMessage: 'The graph does not exist or has been deleted.' };
    const err = fromResponse({ status: 400, headers: { 'x-request-id': 'r-10' }, body: json(body) });
    expect(err).toBeInstanceOf(GesGraphNotFoundError);
    expect(err?.requestId).toBe('r-10');
  });

  it('reads a "result": "failed" body, even with HTTP 200', () => {
    const body = { result: 'failed', errorCode: 'GES.7001', errorMessage: 'graph [demo] is not running' };
    expect(fromResponse({ status: 400, body })?.code).toBe('GES.7001');
    const ok = fromResponse({ status: 200, body });
    expect(ok?.code).toBe('GES.7001');
    expect(ok?.message).toBe('graph [demo] is not running');
  });

  it('service-plane 404 with GES.8000 (ges_03_0122 example) keeps the code and the 404', () => {
    const err = fromResponse({ status: 404, body: { errorMessage: 'Not found. Please check the input parameters.', errorCode: 'GES.8000' } });
    expect(err).toBeInstanceOf(GesServicePlaneError);
    expect(err?.code).toBe('GES.8000');
    expect(err?.httpStatus).toBe(404);
  });

  it('"result": "failed" without a code is still an error', () => {
    const err = fromResponse({ status: 200, body: { result: 'failed', errorMessage: 'query failed' } });
    expect(err?.constructor).toBe(GesError);
    expect(err?.message).toBe('query failed');
  });

  it('success bodies, whose errorCode / errorMessage "may be left blank", give undefined', () => {
    expect(fromResponse({ status: 200, body: { version: '2.0.0' } })).toBeUndefined();
    expect(fromResponse({ status: 200, body: { errorCode: '', errorMessage: '', result: 'success', data: { code: 'x', message: 'y' } } })).toBeUndefined();
    expect(fromResponse({ status: 200, body: { errorCode: null, errorMessage: null, jobId: 'ff80808167bb90340167bc7445670428' } })).toBeUndefined();
    expect(fromResponse({ status: 200, body: { graph: { status: '200', schemaPath: [{ status: 'success' }] } } })).toBeUndefined();
    expect(fromResponse({ status: 204 })).toBeUndefined();
    expect(fromResponse({ status: 302, headers: { Location: '/v2/p/graphs' }, body: 'Found' })).toBeUndefined();
    expect(fromResponse({ status: 201, headers: {}, body: '' })).toBeUndefined();
  });
});

describe('fromResponse: other Huawei Cloud shapes', () => {
  it('reads the nested { error: { code, message } } the Node SDK reads first', () => {
    const err = fromResponse({ status: 400, body: { error: { code: 'GES.7000', message: 'no graph' } } });
    expect(err).toBeInstanceOf(GesGraphNotFoundError);
    expect(err?.message).toBe('no graph');
  });

  it('reads a top-level { code, message } (the Go/Python SDK fallback)', () => {
    const err = fromResponse({ status: 400, body: { code: 'GES.7000', message: 'gone' } });
    expect(err).toBeInstanceOf(GesGraphNotFoundError);
    expect(err?.message).toBe('gone');
  });

  it('prefers error_code over code, as the SDKs do', () => {
    expect(fromResponse({ status: 400, body: { code: 'GES.7001', message: 'b', error_code: 'GES.7000', error_msg: 'a' } })?.code).toBe('GES.7000');
  });

  it('keeps an API gateway code, which is not a GES code, in details.errorCode, and the body request_id', () => {
    const body = { error_msg: 'Incorrect IAM authentication information: verify aksk signature fail', error_code: 'APIGW.0301', request_id: 'c5b3f0e8' };
    const err = fromResponse({ status: 401, body });
    expect(err?.constructor).toBe(GesError);
    expect(err?.code).toBeUndefined();
    expect(err?.details).toEqual({ errorCode: 'APIGW.0301' });
    expect(err?.message).toBe(body.error_msg);
    expect(err?.httpStatus).toBe(401);
    expect(err?.requestId).toBe('c5b3f0e8');
  });

  it('keeps encoded_authorization_message in details', () => {
    const err = fromResponse({ status: 403, body: { error: { code: 'GES.7041', message: 'denied', encoded_authorization_message: 'enc' } } });
    expect(err?.code).toBe('GES.7041');
    expect(err?.details).toEqual({ encodedAuthorizationMessage: 'enc' });
  });
});

describe('fromResponse: request id and trace id headers', () => {
  const body = { error_code: 'GES.7000', error_msg: 'x' };

  it('reads X-Request-Id in any letter case and header shape', () => {
    for (const headers of [
      new Headers({ 'X-Request-Id': 'abc' }),
      { 'x-request-id': 'abc' },
      { 'X-REQUEST-ID': ['abc', 'def'] },
      new Map([['X-Request-Id', 'abc']]),
      [['x-request-id', 'abc']],
    ]) {
      expect(fromResponse({ status: 400, headers, body })?.requestId).toBe('abc');
    }
  });

  it('the header wins over a request_id in the body; TraceID goes to details.traceId', () => {
    const err = fromResponse({ status: 400, headers: new Headers({ 'X-Request-Id': 'hdr', TraceID: 'trace-7' }), body: { ...body, request_id: 'body' } });
    expect(err?.requestId).toBe('hdr');
    expect(err?.details).toEqual({ traceId: 'trace-7' });
  });
});

describe('fromResponse: error statuses without a code', () => {
  it('is a GesError with the status and a short text body as the message', () => {
    const err = fromResponse({ status: 502, headers: { 'X-Request-Id': 'r' }, body: 'Bad Gateway' });
    expect(err?.constructor).toBe(GesError);
    expect(err?.code).toBeUndefined();
    expect(err?.httpStatus).toBe(502);
    expect(err?.message).toBe('Bad Gateway');
    expect(err?.requestId).toBe('r');
    expect(fromResponse({ status: 503, body: bytes('upstream connect error') })?.message).toBe('upstream connect error');
  });

  it('uses a message field when there is one, else says the status', () => {
    expect(fromResponse({ status: 401, body: { message: 'Unauthorized' } })?.message).toBe('Unauthorized');
    expect(fromResponse({ status: 500, body: { error: 'internal' } })?.message).toBe('internal');
    for (const body of [undefined, '', {}, `<html><body>${'x'.repeat(10)}</body></html>`, 'x'.repeat(5000)]) {
      const err = fromResponse({ status: 504, body });
      expect(err?.constructor).toBe(GesError);
      expect(err?.httpStatus).toBe(504);
      expect(err?.message).toMatch(/HTTP 504 without a Huawei Cloud GES error code/);
      expect(err?.raw).toEqual({ status: 504, body });
    }
  });

  it('a non-GES `code` without a message is not taken for a code', () => {
    const err = fromResponse({ status: 400, body: { code: 'InvalidThing' } });
    expect(err?.details).toBeUndefined();
    expect(err?.message).toMatch(/HTTP 400 without a Huawei Cloud GES error code/);
  });
});

describe('fromResponse: axios-style responses and bare bodies', () => {
  it('reads axios\' { status, headers, data }', () => {
    const err = fromResponse({ status: 400, headers: { 'x-request-id': 'ax' }, data: { error_code: 'GES.7000', error_msg: 'm' } });
    expect(err).toBeInstanceOf(GesGraphNotFoundError);
    expect(err?.requestId).toBe('ax');
  });

  it('reads a bare error body (object, JSON text, bytes) without a status', () => {
    const body = { errorCode: 'GES.7000', errorMessage: 'm' };
    for (const input of [body, json(body), bytes(json(body))]) {
      const err = sync(input);
      expect(err).toBeInstanceOf(GesGraphNotFoundError);
      expect(err?.httpStatus).toBe(400);
    }
  });

  it('anything else is a GesError that keeps the input and says what was expected', () => {
    for (const input of [null, undefined, 42, 'oops', [], {}, { body: {} }, { status: 'failed' }, bytes('<html>')]) {
      const err = sync(input);
      expect(err?.constructor).toBe(GesError);
      expect(err?.raw).toBe(input);
      expect(err?.message).toMatch(/not a response/);
    }
  });

  it('survives hostile objects', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    expect(sync(hostile)?.constructor).toBe(GesError);
    expect(fromResponse({ status: 400, body: hostile })?.httpStatus).toBe(400);
    expect(fromResponse({ status: 400, headers: hostile, body: { error_code: 'GES.7000' } })).toBeInstanceOf(GesGraphNotFoundError);
  });
});

describe('fromResponse: fetch Response', () => {
  it('returns a promise and reads status, headers and body of a real Response', async () => {
    const response = new Response(json({ error_code: 'GES.7000', error_msg: 'graph [demo] is not found' }), {
      status: 400,
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'f-1', TraceID: 'tr' },
    });
    const pending = fromResponse(response);
    expect(pending).toBeInstanceOf(Promise);
    const err = await pending;
    expect(err).toBeInstanceOf(GesGraphNotFoundError);
    expect(err?.message).toBe('graph [demo] is not found');
    expect(err?.requestId).toBe('f-1');
    expect(err?.details).toEqual({ traceId: 'tr' });
    expect(err?.raw).toBe(response);
    // The body was read from a clone: the caller can still read it.
    expect(await response.json()).toEqual({ error_code: 'GES.7000', error_msg: 'graph [demo] is not found' });
  });

  it('resolves undefined on success and a GesError for a status without a code', async () => {
    expect(await fromResponse(new Response(json({ job_id: 'ff8080816025a0a1016025a5a2700007' }), { status: 200 }))).toBeUndefined();
    const err = await fromResponse(new Response('Service Unavailable', { status: 503 }));
    expect(err?.constructor).toBe(GesError);
    expect(err?.httpStatus).toBe(503);
    expect(err?.message).toBe('Service Unavailable');
  });

  it('does not reject when the body cannot be read', async () => {
    const broken = { ok: false, status: 500, headers: new Headers(), text: () => Promise.reject(new Error('stream broke')) };
    const err = await fromResponse(broken);
    expect(err?.constructor).toBe(GesError);
    expect(err?.httpStatus).toBe(500);
  });
});

describe('fromResponse: statuses without a GES code', () => {
  it('a 429 or 5xx without a code is retryable, a 4xx is not', () => {
    expect(fromResponse({ status: 503, body: '<html>Service Unavailable</html>' })?.retryable).toBe(true);
    expect(fromResponse({ status: 429, body: { error_msg: 'too many requests' } })?.retryable).toBe(true);
    expect(fromResponse({ status: 403, body: { error_msg: 'forbidden' } })?.retryable).toBe(false);
  });
});
