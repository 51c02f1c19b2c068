// What NebulaGraph clients throw, as typed errors. The Node client (@nebula-contrib/nebula-nodejs)
// throws an Error with `errno` = the code and `code` = 'ERR_NEBULA'; responses and errors that
// carry `error_code` / `error_msg` are read as responses. The original is kept as `cause`.
import { isCodedError, isRecord, read } from '@errs/core';
import { fromCode, isNebulaError } from './generated/factories.js';
import { fromResponse } from './from-response.js';
import { NebulaError } from './generated/base.js';

function messageOf(value: unknown): string | undefined {
  const message = read(value, 'message');
  return typeof message === 'string' && message !== '' ? message : undefined;
}

/** A typed error for anything a NebulaGraph client throws. Never throws; the original is the cause. */
export function fromError(err: unknown): NebulaError {
  if (isNebulaError(err)) return err;
  if (isCodedError(err)) return new NebulaError(err.message, { cause: err, raw: err });
  if (isRecord(err)) {
    const errno = read(err, 'errno');
    if (read(err, 'code') === 'ERR_NEBULA' || (typeof errno === 'number' && errno < 0)) {
      const error = fromCode(errno === 0 ? undefined : errno, { message: messageOf(err), cause: err, raw: err });
      return error;
    }
    if (read(err, 'error_code') !== undefined || read(err, 'errorCode') !== undefined) {
      const fromBody = fromResponse(err);
      if (fromBody !== undefined && fromBody.code !== undefined) {
        return fromCode(fromBody.code, { message: fromBody.message, cause: err, raw: err, details: fromBody.details });
      }
    }
    const message = messageOf(err);
    if (message !== undefined) return new NebulaError(message, { cause: err, raw: err });
  }
  return new NebulaError(undefined, { cause: err, raw: err });
}
