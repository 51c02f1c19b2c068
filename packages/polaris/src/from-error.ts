// What Polaris clients throw, as typed errors: axios-style errors carrying the HTTP response,
// errors or rejections carrying the response message ({ code, info }), and anything else wrapped.
// The original is kept as `cause`. Never throws.
import { isCodedError, isRecord, read } from '@errs/core';
import { PolarisError } from './generated/base.js';
import { isPolarisError } from './generated/factories.js';
import { readResponse } from './from-response.js';

function messageOf(value: unknown): string | undefined {
  const message = read(value, 'message');
  return typeof message === 'string' && message !== '' ? message : undefined;
}

/** A typed error for anything a Polaris client throws; the original is the cause. */
export function fromError(err: unknown): PolarisError {
  if (isPolarisError(err)) return err;
  const cause = { value: err };
  if (isCodedError(err)) return new PolarisError(err.message, { cause: err, raw: err });
  if (isRecord(err)) {
    // axios: err.response = { status, headers, data }.
    const response = read(err, 'response');
    if (isRecord(response) && typeof read(response, 'status') === 'number') {
      const found = readResponse({ status: read(response, 'status') as number, headers: read(response, 'headers'), body: read(response, 'data') }, cause);
      if (found !== undefined && found !== 'none') return found;
    }
    // A response message thrown or rejected as it is ({ code: 400301, info }).
    if (read(err, 'info') !== undefined || typeof read(err, 'code') === 'number' || isRecord(read(err, 'code'))) {
      const found = readResponse(err, cause);
      if (found !== undefined && found !== 'none') return found;
    }
  }
  return new PolarisError(messageOf(err), { cause: err, raw: err });
}
