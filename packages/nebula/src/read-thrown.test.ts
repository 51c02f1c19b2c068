import { describe, expect, it } from 'vitest';
import { NebulaError, NebulaSessionInvalidError, NebulaSyntaxError, fromCode, fromError, isNebulaError, isRetryable } from './index.js';

/** Shaped exactly as @nebula-contrib/nebula-nodejs 3.0.3 src/nebula/NebulaError.ts. */
class NodeClientNebulaError extends Error {
  public code = 'ERR_NEBULA';
  public errno = 0;
  constructor(errno: number, message: string) {
    super(message);
    this.errno = errno;
  }
}

describe('fromError', () => {
  it('maps the Node client\'s error by errno, keeps its message, and the original at raw (not as a cause saying it again)', () => {
    const thrown = new NodeClientNebulaError(-1004, 'SyntaxError: syntax error near `MATC\'');
    const err = fromError(thrown);
    expect(err).toBeInstanceOf(NebulaSyntaxError);
    expect(err.message).toBe('SyntaxError: syntax error near `MATC\'');
    expect(err.raw).toBe(thrown);
    expect(err.cause).toBeUndefined();
  });

  it('carries the retry decision of the code', () => {
    expect(isRetryable(fromError(new NodeClientNebulaError(-1002, 'session invalid')))).toBe(true);
    expect(fromError(new NodeClientNebulaError(-1002, 'x'))).toBeInstanceOf(NebulaSessionInvalidError);
  });

  it('reads a thrown response carrying error_code / error_msg', () => {
    const err = fromError({ error_code: -1004, error_msg: Buffer.from('bad') });
    expect(err).toBeInstanceOf(NebulaSyntaxError);
    expect(err.message).toBe('bad');
  });

  it('returns our own errors as they are', () => {
    const own = fromCode(-1004);
    expect(fromError(own)).toBe(own);
  });

  it('wraps transport errors as a NebulaError with the original as cause, not as a code', () => {
    const socket = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9669'), { code: 'ECONNREFUSED' });
    const err = fromError(socket);
    expect(err.constructor).toBe(NebulaError);
    expect(err.code).toBeUndefined();
    // The error says what it is; the socket's own words come with the cause.
    expect(err.message).toBe('NebulaGraph: no answer (ECONNREFUSED)');
    expect(err.cause).toBe(socket);
  });

});

describe('fromError: the client error shape passed on as data', () => {
  it('an errno and a message without the ERR_NEBULA marker is still the NebulaGraph code', () => {
    // common.thrift: -1004 E_SYNTAX_ERROR.
    const err = fromError({ errno: -1004, message: 'boom' });
    expect([err.constructor, err.code, err.message]).toEqual([NebulaSyntaxError, -1004, 'boom']);
    // A socket error names its code and syscall: never a NebulaGraph code.
    const socket = fromError({ errno: -111, code: 'ECONNREFUSED', syscall: 'connect', message: 'connect ECONNREFUSED' });
    expect([socket.code, socket.transport]).toEqual([undefined, 'ECONNREFUSED']);
  });
});
