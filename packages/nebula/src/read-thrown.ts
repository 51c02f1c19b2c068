// What the NebulaGraph Node client (@nebula-contrib/nebula-nodejs) throws for a server answer:
// an Error with `code: 'ERR_NEBULA'` and `errno` = the NebulaGraph code. Node's socket errors
// also carry a negative `errno` (ECONNREFUSED is -111), so only ERR_NEBULA counts here; the core
// reads transport failures and thrown responses.
import { type WireReading, integerCode, read } from '@errs/core';

export function readThrown(err: object): WireReading {
  if (read(err, 'code') !== 'ERR_NEBULA') return 'unrecognized';
  const errno = integerCode(read(err, 'errno'));
  if (errno === undefined || errno === 0) return 'unrecognized';
  const message = read(err, 'message');
  return { code: errno, message: typeof message === 'string' && message !== '' ? message : undefined };
}
