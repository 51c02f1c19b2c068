// What the NebulaGraph Node client (@nebula-contrib/nebula-nodejs 3.0.3) throws: an Error with
// `code: 'ERR_NEBULA'` and `errno`. A negative errno is the server's NebulaGraph code; a positive
// one is the client's own (9996 execute timeout, 9997 buffer full, 9998 bad configuration), never a
// catalog code. Node's socket errors also carry a negative errno (ECONNREFUSED is -111), so only
// ERR_NEBULA counts here; the core reads transport failures and thrown responses.
import { type WireReading, integerCode, read } from '@errs/core';

/** The client's own errnos (src/nebula/Connection.ts, Client.ts) and what each means for a retry. */
const CLIENT_ERRNOS: Readonly<Record<number, { readonly transport?: string; readonly retryable: boolean }>> = {
  9996: { transport: 'NEBULA_EXECUTE_TIMEOUT', retryable: true },
  9997: { transport: 'NEBULA_BUFFER_FULL', retryable: true },
  9998: { retryable: false },
};

export function readThrown(err: object): WireReading {
  // The client's error, or its shape without the marker (an errno and a message, passed on as
  // data): never a socket error, which always names its code and syscall.
  const marked = read(err, 'code') === 'ERR_NEBULA';
  const bare = read(err, 'code') === undefined && read(err, 'syscall') === undefined && integerCode(read(err, 'errno')) !== undefined;
  if (!marked && !bare) return 'unrecognized';
  if (bare && (integerCode(read(err, 'errno')) ?? 0) >= 0) return 'unrecognized';
  const errno = integerCode(read(err, 'errno'));
  const text = read(err, 'message');
  // The client writes String(error_msg): "null" when the server sent no message.
  const message = typeof text === 'string' && text !== '' && text !== 'null' ? text : undefined;
  if (errno === undefined || errno === 0) return 'unrecognized';
  if (errno > 0) return { message, ...(CLIENT_ERRNOS[errno] ?? { retryable: false }), details: { clientErrno: errno } };
  return { code: errno, message };
}

/** The client's 'error' event payload, `{ sender, error }`: the error inside is what happened. */
export function unwrapEvent(err: object): unknown {
  return read(err, 'sender') !== undefined && typeof read(err, 'error') === 'object' ? read(err, 'error') : undefined;
}
