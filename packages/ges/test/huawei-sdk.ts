// Test doubles of the Huawei Cloud Node SDK's exceptions, reproduced from
// huaweicloud/huaweicloud-sdk-nodejs-v3 core/exception/*.ts (release 3.1.x, the version with
// encodedAuthorizationMessage): same class names, hierarchy, constructor signatures, field names
// and `name` values. `sdkExceptionFor` mirrors DefaultHttpClient._formatExceptionResponse plus
// ExceptionUtil.generalException, so a test can give an HTTP response and get what the SDK throws.

export class SdkException extends Error {
  constructor(message?: string) {
    super(message);
    this.name = 'SdkException';
  }
}

export class ServiceResponseException extends SdkException {
  httpStatusCode?: string | number;
  errorMsg?: string;
  errorCode?: string;
  requestId?: string;
  encodedAuthorizationMessage?: string;
  constructor(
    httpStatusCode?: string | number,
    errorMsg?: string,
    errorCode?: string,
    requestId?: string,
    encodedAuthorizationMessage?: string,
  ) {
    super(errorMsg);
    this.name = 'ServiceResponseException';
    this.httpStatusCode = httpStatusCode;
    this.errorMsg = errorMsg;
    this.errorCode = errorCode;
    this.requestId = requestId;
    this.encodedAuthorizationMessage = encodedAuthorizationMessage;
  }
}

export class ClientRequestException extends ServiceResponseException {
  constructor(httpStatusCode: string | number, errorMsg?: string, errorCode?: string, requestId?: string, encodedAuthorizationMessage?: string) {
    super(httpStatusCode, errorMsg, errorCode, requestId, encodedAuthorizationMessage);
    this.name = 'ClientRequestException';
  }
}

export class ServerResponseException extends ServiceResponseException {
  constructor(httpStatusCode: string | number, errorMsg?: string, errorCode?: string, requestId?: string, encodedAuthorizationMessage?: string) {
    super(httpStatusCode, errorMsg, errorCode, requestId, encodedAuthorizationMessage);
    this.name = 'ServerResponseException';
  }
}

/** core/exception/ExceptionResponse.ts */
interface ExceptionResponse {
  data?: any;
  status?: number;
  message?: string;
  requestId?: string;
  headers?: any;
}

/** core/exception/ExceptionUtil.ts generalException. */
function generalException(exception: ExceptionResponse): SdkException {
  const { data = {}, status, message, requestId } = exception;
  const { error, error_code, error_msg, encoded_authorization_message } = data;
  const errorCode = error?.code ?? error_code;
  const errorMsg = error?.message ?? error_msg ?? message;
  const encodedAuthorizationMessage = error?.encoded_authorization_message ?? encoded_authorization_message;
  const httpStatusCode = status;
  if (httpStatusCode) {
    if (httpStatusCode >= 400 && httpStatusCode < 500) {
      return new ClientRequestException(httpStatusCode, errorMsg, errorCode, requestId, encodedAuthorizationMessage);
    } else if (httpStatusCode >= 500 && httpStatusCode < 600) {
      return new ServerResponseException(httpStatusCode, errorMsg, errorCode, requestId, encodedAuthorizationMessage);
    }
  }
  return new ServiceResponseException(httpStatusCode, errorMsg, errorCode, requestId, encodedAuthorizationMessage);
}

/**
 * What the SDK throws for an HTTP error response (axios parsed the JSON body into `data`; header
 * names are lower case, as axios gives them) or, without a response, a transport error.
 */
export function sdkExceptionFor(response: { status: number; data?: unknown; headers?: Record<string, string> } | undefined, transport?: { message?: string; code?: string }): SdkException {
  // axios' message for a status rejected by validateStatus.
  const message = response ? `Request failed with status code ${response.status}` : (transport?.message || transport?.code);
  return generalException({
    data: response?.data,
    status: response?.status,
    headers: response?.headers,
    message,
    requestId: response?.headers?.['x-request-id'],
  });
}
