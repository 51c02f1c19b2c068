import { describe, expect, it } from 'vitest';
import { ClientRequestException } from '@huaweicloud/huaweicloud-sdk-core/exception/ClientRequestException';
import { ExceptionUtil } from '@huaweicloud/huaweicloud-sdk-core/exception/ExceptionUtil';
import { SdkException } from '@huaweicloud/huaweicloud-sdk-core/exception/SdkException';
import { ServerResponseException } from '@huaweicloud/huaweicloud-sdk-core/exception/ServerResponseException';
import { ServiceResponseException } from '@huaweicloud/huaweicloud-sdk-core/exception/ServiceResponseException';
import {
  CodedError,
  GesError,
  GesGraphNotFoundError,
  GesGraphNotRunningError,
  GesInsufficientPermissionError,
  GesServicePlaneError,
  GesServiceUnavailableError,
  fromCode,
  fromError,
  fromJSON,
  isGesError,
  isRetryable,
} from './index.js';

/**
 * What the Huawei Cloud Node SDK throws for an HTTP answer: its own ExceptionUtil.generalException
 * over the record DefaultHttpClient._formatExceptionResponse makes of axios' error (axios' message,
 * lower-case headers, x-request-id), or, without a response, over a transport failure's message.
 * test/huawei-sdk-loopback.test.ts checks the same path end to end against a loopback server.
 */
function sdkExceptionFor(response: { status: number; data?: unknown; headers?: Record<string, string> } | undefined, transportMessage?: string): SdkException {
  return ExceptionUtil.generalException({
    data: response?.data as never,
    status: response?.status,
    headers: response?.headers,
    message: response ? `Request failed with status code ${response.status}` : transportMessage,
    requestId: response?.headers?.['x-request-id'],
  });
}

describe('fromError: Huawei Cloud Node SDK exceptions', () => {
  it('the SDK gives a ClientRequestException with errorCode for a v2 body', () => {
    const thrown = sdkExceptionFor({ status: 400, data: { error_code: 'GES.7000', error_msg: 'graph [demo] is not found' }, headers: { 'x-request-id': 'r-1' } });
    expect(thrown).toBeInstanceOf(ClientRequestException);
    expect(thrown).toBeInstanceOf(ServiceResponseException);
    expect(thrown).toBeInstanceOf(SdkException);
    expect(thrown).toMatchObject({ name: 'ClientRequestException', httpStatusCode: 400, errorCode: 'GES.7000', errorMsg: 'graph [demo] is not found', requestId: 'r-1' });
  });

  it('maps a ClientRequestException by errorCode, with errorMsg, requestId, status; the original at raw, not as a cause saying it again', () => {
    const thrown = new ClientRequestException(400, 'graph [demo] is not found', 'GES.7000', 'r-1');
    const err = fromError(thrown);
    expect(err).toBeInstanceOf(GesGraphNotFoundError);
    expect(err.message).toBe('graph [demo] is not found');
    expect(err.requestId).toBe('r-1');
    expect(err.httpStatus).toBe(400);
    expect(err.cause).toBeUndefined();
    expect(err.raw).toBe(thrown);
  });

  it('takes httpStatusCode as a string too, and keeps the status actually received', () => {
    const err = fromError(new ClientRequestException('403', 'no permission', 'GES.7041', 'r', 'encoded-msg'));
    expect(err).toBeInstanceOf(GesInsufficientPermissionError);
    expect(err.httpStatus).toBe(403);
    expect(err.details).toEqual({ encodedAuthorizationMessage: 'encoded-msg' });
  });

  it('maps a ServerResponseException (5xx); GES.7005 stays retryable', () => {
    const thrown = sdkExceptionFor({ status: 503, data: { error: { code: 'GES.7005', message: 'service busy' } } });
    expect(thrown).toBeInstanceOf(ServerResponseException);
    const err = fromError(thrown);
    expect(err).toBeInstanceOf(GesServiceUnavailableError);
    expect(err.httpStatus).toBe(503);
    expect(err.message).toBe('service busy');
    expect(isRetryable(err)).toBe(true);
  });

  it('keeps an unknown GES code', () => {
    const err = fromError(new ClientRequestException(400, 'graph [demo] is not found', 'GES.8012', 'r'));
    expect(err.constructor).toBe(GesServicePlaneError);
    expect(err.code).toBe('GES.8012');
  });

  describe('v1.0 bodies, whose code the SDK loses', () => {
    const v1 = { errorCode: 'GES.7001', errorMessage: 'graph [demo] is not running' };

    it('the SDK gives errorCode undefined and axios\' message', () => {
      const thrown = sdkExceptionFor({ status: 400, data: v1, headers: { 'x-request-id': 'r-2' } });
      expect(thrown).toBeInstanceOf(ClientRequestException);
      expect((thrown as ClientRequestException).errorCode).toBeUndefined();
      expect((thrown as ClientRequestException).errorMsg).toBe('Request failed with status code 400');
    });

    it('without anything to recover from, a GesError with the status, request id and message', () => {
      const thrown = sdkExceptionFor({ status: 400, data: v1, headers: { 'x-request-id': 'r-2' } });
      const err = fromError(thrown);
      expect(err.constructor).toBe(GesError);
      expect(err.code).toBeUndefined();
      expect(err.httpStatus).toBe(400);
      expect(err.requestId).toBe('r-2');
      expect(err.message).toBe('Request failed with status code 400');
      expect([err.cause, err.raw]).toEqual([undefined, thrown]);
    });

    it('recovers the code from a response kept on the exception (axios error or response)', () => {
      for (const key of ['response', 'originalError'] as const) {
        const thrown = Object.assign(new ClientRequestException(400, 'Request failed with status code 400', undefined, 'r-3'), {
          [key]: { status: 400, headers: {}, data: v1 },
        });
        const err = fromError(thrown);
        expect(err).toBeInstanceOf(GesGraphNotRunningError);
        expect(err.message).toBe('graph [demo] is not running');
        expect(err.requestId).toBe('r-3');
        expect(err.cause).toBe(thrown);
      }
      const wrapped = Object.assign(new ClientRequestException(400, 'Request failed with status code 400'), {
        originalError: { message: 'Request failed with status code 400', response: { status: 400, data: JSON.stringify(v1) } },
      });
      expect(fromError(wrapped)).toBeInstanceOf(GesGraphNotRunningError);
    });

    it('recovers the code from a body or a code written into errorMsg', () => {
      const inJson = fromError(new ClientRequestException(400, JSON.stringify(v1)));
      expect(inJson).toBeInstanceOf(GesGraphNotRunningError);
      expect(inJson.message).toBe('graph [demo] is not running');
      const embedded = fromError(new ClientRequestException(400, `GES call failed: ${JSON.stringify(v1)}`));
      expect(embedded).toBeInstanceOf(GesGraphNotRunningError);
      const bare = fromError(new ClientRequestException(400, 'GES.7000: graph [demo] is gone'));
      expect(bare).toBeInstanceOf(GesGraphNotFoundError);
      expect(bare.message).toBe('GES.7000: graph [demo] is gone');
    });
  });

  it('an older SDK putting the HTTP status in errorCode does not make a code of it', () => {
    const err = fromError(new ClientRequestException(404, 'Request failed with status code 404', 404 as unknown as string));
    expect(err.constructor).toBe(GesError);
    expect(err.code).toBeUndefined();
    expect(err.details).toBeUndefined();
    expect(err.httpStatus).toBe(404);
  });

  it('keeps an API gateway code in details.errorCode', () => {
    const thrown = sdkExceptionFor({ status: 401, data: { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information', request_id: 'x' } });
    const err = fromError(thrown);
    expect(err.constructor).toBe(GesError);
    expect(err.details).toEqual({ errorCode: 'APIGW.0301' });
    expect(err.httpStatus).toBe(401);
    expect(err.message).toBe('Incorrect IAM authentication information');
  });

  it('a transport failure (no response) is a GesError saying so, with the SDK words in its cause, not a code', () => {
    const thrown = sdkExceptionFor(undefined, 'connect ECONNREFUSED 10.0.0.1:443');
    expect(thrown.constructor).toBe(ServiceResponseException);
    const err = fromError(thrown);
    expect(err.constructor).toBe(GesError);
    expect(err.code).toBeUndefined();
    expect(err.httpStatus).toBeUndefined();
    // The error says what it is; the SDK's own words come with the cause.
    expect(err.message).toBe('Huawei Cloud GES: no answer (ECONNREFUSED)');
    expect((err.cause as Error).message).toBe('connect ECONNREFUSED 10.0.0.1:443');
  });

  it('a plain SdkException (client misuse) is wrapped, its message in the cause', () => {
    const thrown = new SdkException('Endpoints cannot be empty.');
    const err = fromError(thrown);
    expect(err.constructor).toBe(GesError);
    expect(err.message).toBe('Huawei Cloud GES: SdkException was thrown');
    expect(err.cause).toBe(thrown);
    expect((err.cause as Error).message).toBe('Endpoints cannot be empty.');
  });
});

describe('fromError: other shapes', () => {
  it('reads axios-style errors through their response', () => {
    const thrown = Object.assign(new Error('Request failed with status code 400'), {
      isAxiosError: true,
      code: 'ERR_BAD_REQUEST',
      response: { status: 400, headers: { 'x-request-id': 'ax-1' }, data: { error_code: 'GES.7000', error_msg: 'graph [demo] is not found' } },
    });
    const err = fromError(thrown);
    expect(err).toBeInstanceOf(GesGraphNotFoundError);
    expect(err.message).toBe('graph [demo] is not found');
    expect(err.requestId).toBe('ax-1');
    expect(err.cause).toBe(thrown);
  });

  it('an axios error with a 5xx and no code gives the status', () => {
    const thrown = Object.assign(new Error('Request failed with status code 502'), { isAxiosError: true, response: { status: 502, data: 'Bad Gateway' } });
    const err = fromError(thrown);
    expect(err.constructor).toBe(GesError);
    expect(err.httpStatus).toBe(502);
    expect(err.message).toBe('Bad Gateway');
    expect(err.cause).toBe(thrown);
  });

  it('reads errors shaped like the Go and Python SDKs\' ServiceResponseError', () => {
    // Go: JSON tags status_code, request_id, error_code, error_message, encoded_authorization_message.
    const go = { status_code: 400, request_id: 'g-1', error_code: 'GES.7000', error_message: 'graph [demo] is not found' };
    const err = fromError(go);
    expect(err).toBeInstanceOf(GesGraphNotFoundError);
    expect(err.message).toBe('graph [demo] is not found');
    expect(err.requestId).toBe('g-1');
    // Python: status_code, error_code, error_msg, request_id.
    const python = fromError({ status_code: 404, error_code: 'GES.7000', error_msg: 'gone', request_id: 'p' });
    expect(python).toBeInstanceOf(GesGraphNotFoundError);
    expect(python.httpStatus).toBe(404);
    expect(python.requestId).toBe('p');
    // A thrown body in the nested shape.
    expect(fromError({ error: { code: 'GES.7000', message: 'gone' } })).toBeInstanceOf(GesGraphNotFoundError);
    // A thrown JSON body.
    expect(fromError('{"errorCode":"GES.7000","errorMessage":"x"}')).toBeInstanceOf(GesGraphNotFoundError);
  });

  it('returns our own errors as they are; wraps other errs systems\' errors', () => {
    const own = fromCode('GES.7000');
    expect(fromError(own)).toBe(own);
    const restored = fromJSON(JSON.parse(JSON.stringify(own)));
    expect(fromError(restored)).toBe(restored);
    const other = new CodedError('an error of another system');
    const wrapped = fromError(other);
    expect(wrapped.constructor).toBe(GesError);
    expect(wrapped.message).toBe('Huawei Cloud GES: CodedError was thrown');
    expect(wrapped.cause).toBe(other);
  });

  it('wraps transport errors as a GesError with the original as cause, not as a code', () => {
    const socket = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' });
    const err = fromError(socket);
    expect(err.constructor).toBe(GesError);
    expect(err.code).toBeUndefined();
    expect(err.details).toBeUndefined();
    expect(err.message).toBe('Huawei Cloud GES: no answer (ECONNREFUSED)');
    expect(err.cause).toBe(socket);
  });

  it('a thrown fetch Response gives its status and request id', () => {
    const response = new Response('{}', { status: 404, headers: { 'X-Request-Id': 'fr' } });
    const err = fromError(response);
    expect(err.httpStatus).toBe(404);
    expect(err.requestId).toBe('fr');
    expect(err.raw).toBe(response);
  });

  it('anything else keeps the original as cause', () => {
    for (const thrown of [undefined, null, 42, 'plain words', Symbol('s'), [], {}]) {
      const err = fromError(thrown);
      expect(err.constructor).toBe(GesError);
      expect(err.cause).toBe(thrown);
    }
    expect(fromError('plain words').message).toBe('plain words');
  });

});
