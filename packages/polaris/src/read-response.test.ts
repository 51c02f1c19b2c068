import { describe, expect, it } from 'vitest';
import {
  PolarisError,
  PolarisExistedResourceError,
  PolarisNotFoundNamespaceError,
  PolarisNotFoundServiceError,
  PolarisStoreLayerExceptionError,
  fromError,
  fromResponse,
  isPolarisError,
} from './index.js';

// Shaped as the server writes them: jsonpb with EmitDefaults, code2info text (+ ": detail").
const notFound = { code: 400301, info: 'not found service: svc-a', service: null, instance: null, namespace: null };

describe('fromResponse: response messages', () => {
  it('reads code and info; text after the catalog message is the detail', () => {
    const err = fromResponse(notFound);
    expect(err).toBeInstanceOf(PolarisNotFoundServiceError);
    expect(err?.message).toBe('not found service: svc-a');
    expect(err?.details).toEqual({ detail: 'svc-a' });
    expect(err?.raw).toBe(notFound);
  });

  it('keeps a translated info as the message', () => {
    expect(fromResponse({ code: 400301, info: '服务未找到' })?.message).toBe('服务未找到');
  });

  it('reads protobuf wrapper values and numeric strings (gRPC clients)', () => {
    expect(fromResponse({ code: { value: 400305 }, info: { value: 'not found namespace' } })).toBeInstanceOf(PolarisNotFoundNamespaceError);
    expect(fromResponse({ code: '500001', info: 'store layer exception' })).toBeInstanceOf(PolarisStoreLayerExceptionError);
  });

  it('gives undefined on success, as JSON text too', () => {
    expect(fromResponse({ code: 200000, info: 'execute success', namespaces: [] })).toBeUndefined();
    expect(fromResponse(JSON.stringify({ code: 200001, info: 'discover data is no change' }))).toBeUndefined();
  });

  it('reads a batch: the top-level error with its failing children, or a failing child under a success', () => {
    const batch = { code: 400201, info: 'existed resource', size: 2, responses: [{ code: 200000, info: 'execute success' }, { code: 400201, info: 'existed resource' }] };
    const err = fromResponse(batch);
    expect(err).toBeInstanceOf(PolarisExistedResourceError);
    expect(err?.details).toEqual({ failures: [{ code: 400201, info: 'existed resource' }] });
    const hidden = fromResponse({ code: 200000, responses: [{ code: 200000 }, { code: 400301, info: 'not found service' }] });
    expect(hidden).toBeInstanceOf(PolarisNotFoundServiceError);
    expect(fromResponse({ code: 200000, size: 2, responses: [{ code: 200000 }, { code: 200002 }] })).toBeUndefined();
  });
});

describe('fromResponse: HTTP exchanges and fetch', () => {
  it('reads the body, Request-Id and the real status', () => {
    const err = fromResponse({ status: 400, headers: { 'Request-Id': 'req-1' }, body: JSON.stringify(notFound) });
    expect(err).toMatchObject({ code: 400301, requestId: 'req-1', httpStatus: 400 });
  });

  it('falls back to the X-Polaris-Code and X-Polaris-Message headers', () => {
    const headers = new Headers({ 'X-Polaris-Code': '400305', 'X-Polaris-Message': 'not found namespace' });
    const err = fromResponse({ status: 400, headers, body: '' });
    expect(err).toBeInstanceOf(PolarisNotFoundNamespaceError);
    expect(err?.message).toBe('not found namespace');
  });

  it('an error status without any Polaris code keeps the status; 429 and 5xx are retryable', () => {
    const gateway = fromResponse({ status: 502, body: '<html>Bad Gateway</html>' });
    expect(gateway?.constructor).toBe(PolarisError);
    expect([gateway?.httpStatus, gateway?.retryable]).toEqual([502, true]);
    expect(fromResponse({ status: 404, body: 'no route' })?.retryable).toBe(false);
    expect(fromResponse({ status: 200, body: '' })).toBeUndefined();
  });

  it('reads a fetch Response without consuming it', async () => {
    const response = new Response(JSON.stringify(notFound), { status: 400, headers: { 'Request-Id': 'r' } });
    const err = await fromResponse(response);
    expect(err).toBeInstanceOf(PolarisNotFoundServiceError);
    expect(err?.requestId).toBe('r');
    expect(await response.json()).toEqual(notFound);
    expect(await fromResponse(new Response('{"code":200000,"info":"execute success"}'))).toBeUndefined();
  });

  it('says what it expected for anything else, keeping the input', () => {
    for (const input of [null, 42, 'oops', [], {}, { info: 'no code' }]) {
      const err = fromResponse(input as Record<string, unknown>);
      expect(err?.constructor).toBe(PolarisError);
      expect(err?.raw).toBe(input);
      expect(err?.message).toMatch(/not a response/);
    }
  });
});

describe('fromError', () => {
  it('reads an axios-style error, keeping it as cause', () => {
    const thrown = Object.assign(new Error('Request failed with status code 400'), {
      response: { status: 400, headers: { 'request-id': 'x' }, data: notFound },
    });
    const err = fromError(thrown);
    expect(err).toBeInstanceOf(PolarisNotFoundServiceError);
    expect(err.cause).toBe(thrown);
    expect(err.requestId).toBe('x');
  });

  it('reads a thrown response message and wraps everything else', () => {
    const conflict = fromError({ code: 409000, info: 'data conflict, please try again' });
    expect([conflict.code, conflict.retryable]).toEqual([409000, false]);
    const socket = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const err = fromError(socket);
    expect([err.constructor, err.code, err.message, err.cause]).toEqual([PolarisError, undefined, 'Polaris: no answer (ECONNREFUSED)', socket]);
    const own = fromResponse(notFound)!;
    expect(fromError(own)).toBe(own);
  });
});

describe('fromResponse: the English the server sends by default (en.toml)', () => {
  it("recognises en.toml's wording as the code's text, keeping what follows as the detail", () => {
    // data/sources/en.toml (polarismesh/polaris:release/conf/i18n/en.toml): 429001 "instance has too many requests".
    const err = fromResponse({ status: 429, headers: {}, body: { code: 429001, info: 'instance has too many requests: svc-a' } });
    expect([err?.code, err?.message, err?.details]).toEqual([429001, 'instance has too many requests: svc-a', { detail: 'svc-a' }]);
    expect([err?.retryable, err?.throttling]).toEqual([true, true]);
    // code2info's own English is recognised too.
    expect(fromResponse({ code: 429001, info: 'your instance has too many requests: svc-b' })?.details).toEqual({ detail: 'svc-b' });
  });
});
