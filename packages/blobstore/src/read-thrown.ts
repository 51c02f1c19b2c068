// The Go rpc client's error `rpc.Error{Status, Code, Err}` as it looks once marshalled or mirrored
// in JavaScript (`{ status|Status, code|Code, error|Err }`): an HTTP answer without the exchange.
import { type WireReading, integerCode, read, toExchange } from '@errs/core';
import { readResponse } from './read-response.js';

export function readThrown(err: object, maxBytes: number): WireReading {
  // The rpc shape has its text in `error` / `Err`: an HTTP client's error (axios sets `status`
  // and `code: 'ERR_BAD_REQUEST'` too) is left to the core, which reads its response.
  const error = read(err, 'error') ?? read(err, 'Err');
  if (error === undefined && read(err, 'Status') === undefined) return 'unrecognized';
  const status = integerCode(read(err, 'status') ?? read(err, 'Status'));
  if (status === undefined) return 'unrecognized';
  const code = read(err, 'code') ?? read(err, 'Code');
  // A JavaScript error mirroring the shape keeps its text in `message`.
  const message = typeof error === 'string' && error.trim() !== '' ? error : read(err, 'message');
  const exchange = toExchange({ status, body: { error: message, code } }, 'thrown', maxBytes);
  if ('invalid' in exchange) return 'unrecognized';
  const reading = readResponse(exchange);
  return reading === 'success' ? 'unrecognized' : reading;
}
