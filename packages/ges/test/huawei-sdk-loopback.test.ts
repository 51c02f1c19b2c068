// The real Huawei Cloud Node SDK core (@huaweicloud/huaweicloud-sdk-core 3.1.211) against a
// loopback GES: what the SDK resolves with and throws for each GES answer, fed to fromResponse /
// fromError. Expected codes and statuses come from data/sources (docs-zh.md) and the contract.
//
// SDK facts these tests pin (read in node_modules/@huaweicloud/huaweicloud-sdk-core):
// - HcClient.sendRequest resolves with the parsed body itself plus `httpStatusCode`.
// - On an HTTP error or a transport failure it throws ExceptionUtil.generalException(...): a
//   ClientRequestException (4xx), ServerResponseException (5xx) or ServiceResponseException (no
//   status), with own fields name, httpStatusCode, errorMsg, errorCode, requestId,
//   encodedAuthorizationMessage and nothing else: no cause, no response, no transport code
//   (only axios' message survives, e.g. "connect ECONNREFUSED 127.0.0.1:1").
// - It retries only ECONNABORTED / ECONNREFUSED / ECONNRESET / 504, once, and only when a second
//   endpoint is configured.
import { ClientRequestException } from '@huaweicloud/huaweicloud-sdk-core/exception/ClientRequestException';
import { ServerResponseException } from '@huaweicloud/huaweicloud-sdk-core/exception/ServerResponseException';
import { ServiceResponseException } from '@huaweicloud/huaweicloud-sdk-core/exception/ServiceResponseException';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Loopback, closedPort, json, reset, send, silent, startLoopback } from '../../../tooling/src/loopback/server.js';
import {
  GesError,
  GesGraphNotRunningError,
  GesGraphStoppedError,
  GesServiceUnavailableError,
  fromError,
  fromResponse,
  isRetryable,
  isThrottling,
} from '../src/index.js';
import { gesClient, getGraph, graph } from './huawei-client.js';

const BOUND = 4_000;

let server: Loopback;
let refusedPort: number;

beforeAll(async () => {
  refusedPort = await closedPort();
  server = await startLoopback({
    [graph('ok')]: json(200, { graphs: [{ id: 'g-1', status: '200' }], count: 1 }, { 'X-Request-Id': 'ok-1' }),
    [graph('busy')]: json(503, { error_code: 'GES.7005', error_msg: 'The underlying service of the graph engine is unavailable.' }, { 'X-Request-Id': 'req-7005' }),
    [graph('stopped')]: json(404, { error: { code: 'GES.7003', message: 'graph [demo] is stopped' } }, { 'X-Request-Id': 'req-7003' }),
    [graph('v1')]: json(400, { errorCode: 'GES.7001', errorMessage: 'graph [demo] is not running', result: 'failed' }, { 'X-Request-Id': 'req-v1' }),
    [graph('gateway')]: json(401, { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information', request_id: 'gw' }),
    [graph('html-502')]: send(502, '<html><body><h1>502 Bad Gateway</h1></body></html>', { 'content-type': 'text/html', 'X-Request-Id': 'req-502' }),
    [graph('empty-500')]: json(500, {}),
    [graph('bare-503')]: send(503, ''),
    [graph('throttled')]: send(429, '', { 'retry-after': '1', 'X-Request-Id': 'req-429' }),
    [graph('gateway-timeout')]: send(504, ''),
    [graph('reset')]: reset,
    [graph('silent')]: silent,
  });
});

afterAll(async () => {
  await server?.close();
});

/** What the promise rejects with; fails the test if it resolves. */
async function thrownBy(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (err: unknown) => err,
  );
}

const ownFields = ['name', 'httpStatusCode', 'errorMsg', 'errorCode', 'requestId', 'encodedAuthorizationMessage'];

describe('Huawei SDK against a loopback GES', { timeout: BOUND }, () => {
  it('a success resolves with the body plus httpStatusCode, which fromResponse reads as success', async () => {
    const resolved = await getGraph(gesClient([server.origin]), 'ok');
    expect(resolved).toEqual({ graphs: [{ id: 'g-1', status: '200' }], count: 1, httpStatusCode: 200 });
    expect(fromResponse(resolved)).toBeUndefined();
  });

  it('a v2 body { error_code, error_msg } with 503: ServerResponseException, then the catalog class, retryable', async () => {
    const thrown = await thrownBy(getGraph(gesClient([server.origin]), 'busy'));
    expect(thrown).toBeInstanceOf(ServerResponseException);
    expect(Object.keys(thrown as object).sort()).toEqual([...ownFields].sort());
    expect(thrown).toMatchObject({
      name: 'ServerResponseException',
      httpStatusCode: 503,
      errorCode: 'GES.7005',
      errorMsg: 'The underlying service of the graph engine is unavailable.',
      requestId: 'req-7005',
    });

    const err = fromError(thrown);
    expect(err).toBeInstanceOf(GesServiceUnavailableError);
    expect(err.code).toBe('GES.7005');
    expect(err.httpStatus).toBe(503);
    expect(err.requestId).toBe('req-7005');
    // docs-zh.md: GES.7005 "请稍后重试" (retry later), and 503 is retryable on its own.
    expect(err.retryable).toBe(true);
    expect(err.raw).toBe(thrown);
  });

  it('a nested body { error: { code, message } } with 404: the catalog class with the status received', async () => {
    const thrown = await thrownBy(getGraph(gesClient([server.origin]), 'stopped'));
    expect(thrown).toBeInstanceOf(ClientRequestException);
    expect(thrown).toMatchObject({ httpStatusCode: 404, errorCode: 'GES.7003', errorMsg: 'graph [demo] is stopped', requestId: 'req-7003' });

    const err = fromError(thrown);
    expect(err).toBeInstanceOf(GesGraphStoppedError);
    expect(err.httpStatus).toBe(404);
    expect(err.requestId).toBe('req-7003');
    expect(err.retryable).toBe(false);
  });

  it('a v1.0 body { errorCode, errorMessage, result } loses its code in the SDK: no code is invented', async () => {
    const thrown = await thrownBy(getGraph(gesClient([server.origin]), 'v1'));
    expect(thrown).toBeInstanceOf(ClientRequestException);
    expect(thrown).toMatchObject({ httpStatusCode: 400, errorCode: undefined, errorMsg: 'Request failed with status code 400', requestId: 'req-v1' });

    const err = fromError(thrown);
    expect(err.constructor).toBe(GesError);
    expect(err.code).toBeUndefined();
    expect(err.httpStatus).toBe(400);
    expect(err.requestId).toBe('req-v1');
    expect(err.retryable).toBe(false);
  });

  it('the same v1.0 answer read with fetch gives the code the SDK drops', async () => {
    const err = await fromResponse(await fetch(server.url(graph('v1'))));
    expect(err).toBeInstanceOf(GesGraphNotRunningError);
    expect(err?.httpStatus).toBe(400);
    expect(err?.requestId).toBe('req-v1');
  });

  it('an API gateway code is not a GES code', async () => {
    const thrown = await thrownBy(getGraph(gesClient([server.origin]), 'gateway'));
    expect(thrown).toMatchObject({ httpStatusCode: 401, errorCode: 'APIGW.0301' });
    const err = fromError(thrown);
    expect(err.constructor).toBe(GesError);
    expect(err.code).toBeUndefined();
    expect(err.httpStatus).toBe(401);
    expect(err.retryable).toBe(false);
  });

  it.each([
    ['html-502', 502, 'req-502'],
    ['empty-500', 500, undefined],
    ['bare-503', 503, undefined],
  ])('a 5xx without a GES code (%s): ServerResponseException, then a retryable GesError', async (name, status, requestId) => {
    const thrown = await thrownBy(getGraph(gesClient([server.origin]), name));
    expect(thrown).toBeInstanceOf(ServerResponseException);
    expect(thrown).toMatchObject({ httpStatusCode: status, errorCode: undefined, errorMsg: `Request failed with status code ${status}`, requestId });

    const err = fromError(thrown);
    expect(err.constructor).toBe(GesError);
    expect(err.code).toBeUndefined();
    expect(err.httpStatus).toBe(status);
    expect(err.requestId).toBe(requestId);
    expect(err.retryable).toBe(true);
  });

  it('a 429 without a GES code is retryable throttling', async () => {
    const thrown = await thrownBy(getGraph(gesClient([server.origin]), 'throttled'));
    expect(thrown).toBeInstanceOf(ClientRequestException);
    expect(thrown).toMatchObject({ httpStatusCode: 429, errorCode: undefined, requestId: 'req-429' });

    const err = fromError(thrown);
    expect(err.constructor).toBe(GesError);
    expect(err.httpStatus).toBe(429);
    expect(err.retryable).toBe(true);
    expect(err.throttling).toBe(true);
    expect(isThrottling(err)).toBe(true);
  });

  it('the SDK retries a 504 only on a second endpoint, and only once', async () => {
    const path = graph('gateway-timeout');
    const before = server.hits(path);
    expect(await thrownBy(getGraph(gesClient([server.origin]), 'gateway-timeout'))).toBeInstanceOf(ServerResponseException);
    expect(server.hits(path) - before).toBe(1);
    const thrown = await thrownBy(getGraph(gesClient([server.origin, server.origin]), 'gateway-timeout'));
    expect(server.hits(path) - before).toBe(3);
    // So the caller decides on retries: a bare 504 is retryable.
    expect(fromError(thrown).retryable).toBe(true);
  });
});

describe('Huawei SDK transport failures', { timeout: BOUND }, () => {
  it('connection refused: a ServiceResponseException with only axios\' message, then a retryable base error', async () => {
    const thrown = await thrownBy(getGraph(gesClient([`http://127.0.0.1:${refusedPort}`]), 'ok'));
    expect((thrown as object).constructor).toBe(ServiceResponseException);
    expect(thrown).toMatchObject({ httpStatusCode: undefined, errorCode: undefined, errorMsg: `connect ECONNREFUSED 127.0.0.1:${refusedPort}` });

    const err = fromError(thrown);
    expect(err.constructor).toBe(GesError);
    expect(err.code).toBeUndefined();
    expect(err.httpStatus).toBeUndefined();
    expect(err.retryable).toBe(true);
    expect(err.transport).toBe('ECONNREFUSED');
    expect(isRetryable(err)).toBe(true);
  });

  it('connection reset: "read ECONNRESET", retryable', async () => {
    const thrown = await thrownBy(getGraph(gesClient([server.origin]), 'reset'));
    expect((thrown as object).constructor).toBe(ServiceResponseException);
    expect(thrown).toMatchObject({ httpStatusCode: undefined, errorMsg: 'read ECONNRESET' });

    const err = fromError(thrown);
    expect(err.constructor).toBe(GesError);
    expect(err.code).toBeUndefined();
    expect(err.retryable).toBe(true);
    expect(err.transport).toBe('ECONNRESET');
    expect(isRetryable(err)).toBe(true);
  });

  it('an axios timeout: "timeout of 100ms exceeded", retryable', async () => {
    const thrown = await thrownBy(getGraph(gesClient([server.origin], { timeout: 100 }), 'silent'));
    expect((thrown as object).constructor).toBe(ServiceResponseException);
    expect(thrown).toMatchObject({ httpStatusCode: undefined, errorMsg: 'timeout of 100ms exceeded' });

    const err = fromError(thrown);
    expect(err.constructor).toBe(GesError);
    expect(err.code).toBeUndefined();
    expect(err.retryable).toBe(true);
    expect(err.transport).toBeDefined();
    expect(isRetryable(err)).toBe(true);
  });
});
