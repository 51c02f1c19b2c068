// What the real NebulaGraph Node client (@nebula-contrib/nebula-nodejs 3.0.3) hands its user for
// graphd's answers, read with fromResponse / fromError: the rejection of Client.execute(), the
// 'error' event of a failed login, and the thrift ExecutionResponse / AuthResponse / executeJson
// bytes of the generated GraphService client on the same pooled connection.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  NebulaBadUsernamePasswordError,
  NebulaError,
  NebulaExecutionError,
  NebulaInvalidParmError,
  NebulaRaftTermOutOfDateError,
  NebulaSyntaxError,
  fromError,
  fromResponse,
} from '../src/index.js';
import { catalogRetryable, firstFrame, upstreamMessage, upstreamSymbol } from './catalog-oracle.js';
import {
  BAD_PASSWORD,
  BODY_MARKER,
  EXECUTE_FAILURES,
  FAILS_WITHOUT_MESSAGE,
  JSON_BIG,
  JSON_BIG_FAILING,
  JSON_ENTRY_FAILURE,
  JSON_TOP_LEVEL,
  JSON_TOP_LEVEL_FAILURE,
  type LoopbackGraphd,
  SESSION_ID,
  startLoopbackGraphd,
} from './loopback-graphd.js';
import { type TestClient, connect, shape } from './nebula-client.js';

const BOUND = { timeout: 5000 };
const classFor: Record<number, abstract new (...args: never[]) => NebulaError> = {
  [-1001]: NebulaBadUsernamePasswordError,
  [-1004]: NebulaSyntaxError,
  [-1005]: NebulaExecutionError,
  [-2009]: NebulaInvalidParmError,
  [-3503]: NebulaRaftTermOutOfDateError,
};
const failures = Object.entries(EXECUTE_FAILURES).map(([statement, { code, message }]) => ({ statement, code, message }));

let graphd: LoopbackGraphd;
let nebula: TestClient;

beforeAll(async () => {
  graphd = await startLoopbackGraphd();
  nebula = connect(graphd);
  await nebula.ready();
}, 5000);

afterAll(async () => {
  await nebula?.shutdown();
  await graphd?.close();
});

const stmt = (statement: string) => Buffer.from(statement, 'utf8');
const rejectionOf = (promise: Promise<unknown>) =>
  promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (err: unknown) => err,
  );

/** The catalog facts every NebulaGraph failure must carry. */
function expectCatalogError(err: unknown, code: number, message: string) {
  expect(err).toBeInstanceOf(classFor[code]!);
  expect(err).toBeInstanceOf(NebulaError);
  expect(err).toMatchObject({ code, symbol: upstreamSymbol(code), message, retryable: catalogRetryable(code) });
}

/** JSON.stringify and structuredClone work, and nothing of the wire body leaks in. */
function expectSafeJSON(err: NebulaError) {
  const json = JSON.stringify(err.toJSON());
  expect(() => structuredClone(err.toJSON())).not.toThrow();
  expect(json).not.toContain(BODY_MARKER);
  expect(json).not.toContain('"type":"Buffer"');
  expect(json.length).toBeLessThan(16 * 1024);
}

describe('successes are undefined', () => {
  it('Client.execute resolves; its original ExecutionResponse reads as success', BOUND, async () => {
    const original = await nebula.client.execute('YIELD 1', true);
    expect(original.error_code).toBe(0);
    expect(fromResponse(original)).toBeUndefined();
  });

  it('the thrift ExecutionResponse of a success', BOUND, async () => {
    const response = await nebula.connection.client.execute(nebula.connection.sessionId, stmt('YIELD 1'));
    expect(fromResponse(response)).toBeUndefined();
  });

  it('3.8 MB of executeJson bytes, as bytes, text and parsed JSON', BOUND, async () => {
    const bytes = await nebula.connection.client.executeJson(nebula.connection.sessionId, stmt(JSON_BIG));
    expect(Buffer.isBuffer(bytes)).toBe(true);
    // Past the 64-entry and few-MB marks, below the 8 MiB default bound.
    expect(bytes.byteLength).toBeGreaterThan(3.7e6);
    expect(bytes.byteLength).toBeLessThan(8 * 1024 * 1024);
    expect(fromResponse(bytes)).toBeUndefined();
    expect(fromResponse(new Uint8Array(bytes))).toBeUndefined();
    expect(fromResponse(bytes.toString('utf8'))).toBeUndefined();
    expect(fromResponse(JSON.parse(bytes.toString('utf8')))).toBeUndefined();
  });
});

describe.each(failures)('execute "$statement" fails with $code', ({ statement, code, message }) => {
  it('Client.execute rejects with the client NebulaError: code ERR_NEBULA, errno = the code', BOUND, async () => {
    const err = await rejectionOf(nebula.client.execute(statement));
    // The shape other readers rely on: an Error subclass, error_msg bytes decoded as UTF-8.
    expect(shape(err)).toEqual({ class: 'NebulaError', name: 'Error', code: 'ERR_NEBULA', errno: code, syscall: undefined, message });
    expect(Object.keys(err as object).sort()).toEqual(['code', 'errno']);
  });

  it('fromError gives the catalog class with the server message', BOUND, async () => {
    const raw = await rejectionOf(nebula.client.execute(statement));
    const err = fromError(raw);
    expectCatalogError(err, code, message);
    // The client's error says the same message: it is the error read, kept at raw, not a cause.
    expect(err.raw).toBe(raw);
    expect(err.cause).toBeUndefined();
    expectSafeJSON(err);
  });

  it('fromResponse of the thrift ExecutionResponse gives the same', BOUND, async () => {
    const response = await nebula.connection.client.execute(nebula.connection.sessionId, stmt(statement));
    // This client's generated code reads the thrift `binary` error_msg with readString (UTF-8).
    expect(response.error_msg).toBe(message);
    const err = fromResponse(response);
    expectCatalogError(err, code, message);
    expectSafeJSON(err!);
  });

  it('fromResponse of the same response with error_msg as bytes (as Go and Java hold it)', BOUND, async () => {
    const response = await nebula.connection.client.execute(nebula.connection.sessionId, stmt(statement));
    const bytes = Buffer.from(String(response.error_msg), 'utf8');
    expectCatalogError(fromResponse({ ...response, error_msg: bytes }), code, message);
    expectCatalogError(fromResponse({ ...response, error_msg: new Uint8Array(bytes) }), code, message);
  });
});

describe('a failure without error_msg', () => {
  it('the client rejects with errno -1005 and the message "null" (String(null))', BOUND, async () => {
    const raw = await rejectionOf(nebula.client.execute(FAILS_WITHOUT_MESSAGE));
    expect(shape(raw)).toMatchObject({ code: 'ERR_NEBULA', errno: -1005, message: 'null' });
    const err = fromError(raw);
    expect(err).toBeInstanceOf(NebulaExecutionError);
    expect(err).toMatchObject({ code: -1005, symbol: upstreamSymbol(-1005) });
  });

  it('fromResponse of the thrift response falls back to the catalog message', BOUND, async () => {
    const response = await nebula.connection.client.execute(nebula.connection.sessionId, stmt(FAILS_WITHOUT_MESSAGE));
    expect(response.error_msg).toBeNull();
    expectCatalogError(fromResponse(response), -1005, upstreamMessage(-1005));
  });
});

describe('authentication failure', () => {
  it('a client with a wrong password emits the client NebulaError -1001, again each second', BOUND, async () => {
    const wrong = connect({ ...graphd, password: 'wrong' });
    try {
      // Client.prepare() logs in again 1 s after each failure, emitting each time.
      await vi.waitFor(() => expect(wrong.errors.length).toBeGreaterThanOrEqual(2), { timeout: 3000, interval: 50 });
      const [raw, again] = wrong.errors;
      expect(shape(again)).toEqual(shape(raw));
      expect(shape(raw)).toEqual({
        class: 'NebulaError',
        name: 'Error',
        code: 'ERR_NEBULA',
        errno: BAD_PASSWORD.code,
        syscall: undefined,
        message: BAD_PASSWORD.message,
      });
      const err = fromError(raw);
      expectCatalogError(err, -1001, BAD_PASSWORD.message);
      expect(err.retryable).toBe(false);
    } finally {
      await wrong.shutdown();
    }
  });

  it('fromResponse of the thrift AuthResponse gives the same class', BOUND, async () => {
    const response = await nebula.connection.client.authenticate('root', 'wrong');
    expect(response).toMatchObject({ error_code: BAD_PASSWORD.code, error_msg: BAD_PASSWORD.message });
    expectCatalogError(fromResponse(response), -1001, BAD_PASSWORD.message);
    const bytes = Buffer.from(BAD_PASSWORD.message, 'utf8');
    expectCatalogError(fromResponse({ ...response, error_msg: bytes }), -1001, BAD_PASSWORD.message);
  });
});

describe('executeJson failures', () => {
  it('a failure in the 65th result entry of 3.8 MB of bytes is found', BOUND, async () => {
    const bytes = await nebula.connection.client.executeJson(nebula.connection.sessionId, stmt(JSON_BIG_FAILING));
    expect(bytes.byteLength).toBeGreaterThan(3.7e6);
    const { code, message } = JSON_ENTRY_FAILURE;
    for (const body of [bytes, bytes.toString('utf8'), JSON.parse(bytes.toString('utf8')) as object]) {
      const err = fromResponse(body);
      expectCatalogError(err, code, message);
      expectSafeJSON(err!);
    }
  });

  it('top-level errors[] gives the catalog class', BOUND, async () => {
    const bytes = await nebula.connection.client.executeJson(nebula.connection.sessionId, stmt(JSON_TOP_LEVEL));
    expectCatalogError(fromResponse(bytes), JSON_TOP_LEVEL_FAILURE.code, JSON_TOP_LEVEL_FAILURE.message);
  });
});

describe('stack traces start at the caller', () => {
  it('fromError of the client rejection', BOUND, async () => {
    const raw = await rejectionOf(nebula.client.execute(failures[0]!.statement));
    const err = fromError(raw);
    expect(firstFrame(err)).toContain('real-client.test.ts');
  });

  it('fromResponse of a thrift response', BOUND, async () => {
    const response = await nebula.connection.client.execute(nebula.connection.sessionId, stmt(failures[0]!.statement));
    const err = fromResponse(response);
    expect(firstFrame(err)).toContain('real-client.test.ts');
  });
});

describe('the loopback graphd saw what the client sent', () => {
  it('login, USE of the configured space and statements as UTF-8', () => {
    expect(graphd.calls[0]).toEqual({ method: 'authenticate', args: ['root', 'nebula'] });
    expect(graphd.calls[1]?.args[1]).toBe('Use errs');
    expect(graphd.calls.map((c) => c.args[1])).toContain(failures.find((f) => f.code === -1005)!.statement);
  });
});

describe('closing the client', () => {
  it('Client.close() signs the session out (oneway signout) and resolves', BOUND, async () => {
    const closing = connect(graphd);
    await closing.ready();
    const before = graphd.calls.filter((c) => c.method === 'signout').length;
    try {
      await closing.client.close();
      await vi.waitFor(() => expect(graphd.calls.filter((c) => c.method === 'signout')).toHaveLength(before + 1), { timeout: 1000 });
      expect(graphd.calls.filter((c) => c.method === 'signout').at(-1)).toEqual({ method: 'signout', args: [String(SESSION_ID)] });
    } finally {
      await closing.shutdown();
    }
  });
});
