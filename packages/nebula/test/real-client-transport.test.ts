// Transport failures as the real NebulaGraph Node client surfaces them: the raw Node socket or DNS
// error on the Client's 'error' event, and the client's own timeout (NebulaError errno 9996) from
// execute(). None of them is a NebulaGraph answer, so none may become a catalog code, even where
// the errno collides with one (ECONNREFUSED -111, EPIPE -32, ENOTFOUND -3008, EINTR -4).
import { once } from 'node:events';
import net from 'node:net';
import { constants } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import GraphService from '@nebula-contrib/nebula-nodejs/nebula/interface/GraphService.js';
import thrift from 'thrift';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NebulaError,
  NebulaLeaderChangedError,
  NebulaOutOfRangeError,
  NebulaSyncListenerNotFoundError,
  fromError,
  isRetryable,
} from '../src/index.js';
import { firstFrame, transportOf } from './catalog-oracle.js';
import { HANG_UP, type LoopbackGraphd, NEVER_ANSWER, RESET, SESSION_ID, startLoopbackGraphd } from './loopback-graphd.js';
import { type TestClient, connect, shape } from './nebula-client.js';

const BOUND = { timeout: 5000 };
const errno = (name: keyof typeof constants.errno) => -constants.errno[name];
const codeIs = (code: string) => (error: unknown) => (error as { code?: unknown }).code === code;

let graphd: LoopbackGraphd;
const clients: TestClient[] = [];
const open = (options: Parameters<typeof connect>[0]) => {
  const client = connect(options);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  graphd = await startLoopbackGraphd();
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.shutdown()));
  await graphd?.close();
});

/** A transport failure: the system base class, no code, retryable as told, `transport` named. */
function expectTransport(err: NebulaError, transport: unknown, retryable = true) {
  expect(Object.getPrototypeOf(err)).toBe(NebulaError.prototype);
  expect(err.code).toBeUndefined();
  expect(err.symbol).toBeUndefined();
  expect(err.retryable).toBe(retryable);
  expect(transportOf(err)).toBe(transport);
  expect(() => structuredClone(err.toJSON())).not.toThrow();
  expect(JSON.parse(JSON.stringify(err.toJSON()))).toBeTypeOf('object');
}

/** A port nothing listens on: bound by the OS, then released. */
async function freedPort(): Promise<number> {
  const server = await startLoopbackGraphd();
  await server.close();
  return server.port;
}

describe('connection refused (no graphd)', () => {
  let raw: unknown;
  let port: number;
  beforeAll(async () => {
    port = await freedPort();
    raw = await open({ host: '127.0.0.1', port }).nextError(codeIs('ECONNREFUSED'));
  }, 5000);

  it('is emitted as the raw Node error, errno -111', () => {
    expect(shape(raw)).toEqual({
      class: 'Error',
      name: 'Error',
      code: 'ECONNREFUSED',
      errno: errno('ECONNREFUSED'),
      syscall: 'connect',
      message: `connect ECONNREFUSED 127.0.0.1:${port}`,
    });
    expect(raw).toMatchObject({ address: '127.0.0.1', port });
  });

  it('fromError: NebulaError, code undefined (not -111), retryable, transport ECONNREFUSED', () => {
    expectTransport(fromError(raw), 'ECONNREFUSED');
  });

  it('isRetryable(raw) without wrapping, and through a cause', () => {
    expect(isRetryable(raw)).toBe(true);
    expect(fromError(new Error('query failed', { cause: raw })).retryable).toBe(true);
  });

  it('the stack of fromError starts in this file', () => {
    expect(firstFrame(fromError(raw))).toContain('real-client-transport.test.ts');
  });
});

describe('execute() while no connection is up: the client times out itself', () => {
  it('rejects with the client NebulaError errno 9996; fromError gives a transport error', BOUND, async () => {
    const client = open({ host: '127.0.0.1', port: await freedPort(), executeTimeout: 300 });
    const raw = await client.client.execute('YIELD 1').catch((e: unknown) => e);
    expect(shape(raw)).toEqual({
      class: 'NebulaError',
      name: 'Error',
      code: 'ERR_NEBULA',
      errno: 9996,
      syscall: undefined,
      message: 'Execute command timeout after 300',
    });
    const err = fromError(raw);
    expect(err.code).toBeUndefined();
    expect(Object.getPrototypeOf(err)).toBe(NebulaError.prototype);
    expect(err.retryable).toBe(true);
    expect(transportOf(err)).toEqual(expect.any(String));
  });
});

describe('graphd that never answers', () => {
  it('execute() rejects with 9996 after executeTimeout; a retryable transport error', BOUND, async () => {
    const client = open({ ...graphd, executeTimeout: 500 });
    await client.ready();
    const started = Date.now();
    const raw = await client.client.execute(NEVER_ANSWER).catch((e: unknown) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    expect(shape(raw)).toMatchObject({ code: 'ERR_NEBULA', errno: 9996, message: 'Execute command timeout after 500' });
    // No socket error: the connection stays up.
    expect(client.errors).toEqual([]);
    const err = fromError(raw);
    expect(err.code).toBeUndefined();
    expect(err.retryable).toBe(true);
    expect(transportOf(err)).toEqual(expect.any(String));
    // 9996 is the client's own number: only this package knows it, so the raw error is read first.
    expect(isRetryable(fromError(raw))).toBe(true);
  });
});

describe('graphd resets the connection mid-request', () => {
  it('emits ECONNRESET (errno -104), execute() times out; both retryable transport errors', BOUND, async () => {
    const client = open({ ...graphd, executeTimeout: 800 });
    await client.ready();
    const fromSocket = once(client.connection.connection.connection, 'error');
    const pending = client.client.execute(RESET).catch((e: unknown) => e);
    const raw = await client.nextError(codeIs('ECONNRESET'));
    // The event carries the socket's own error object, unwrapped.
    expect(raw).toBe((await fromSocket)[0]);
    expect(shape(raw)).toEqual({
      class: 'Error',
      name: 'Error',
      code: 'ECONNRESET',
      errno: errno('ECONNRESET'),
      syscall: 'read',
      message: 'read ECONNRESET',
    });
    expectTransport(fromError(raw), 'ECONNRESET');
    expect(isRetryable(raw)).toBe(true);
    // The pending request is not failed by the reset; only the client's timer ends it.
    expect(shape(await pending)).toMatchObject({ code: 'ERR_NEBULA', errno: 9996 });
  });

  it('a plain close (FIN) emits nothing; execute() only times out', BOUND, async () => {
    const client = open({ ...graphd, executeTimeout: 500 });
    await client.ready();
    const raw = await client.client.execute(HANG_UP).catch((e: unknown) => e);
    expect(shape(raw)).toMatchObject({ code: 'ERR_NEBULA', errno: 9996 });
    expect(client.errors).toEqual([]);
    expect(fromError(raw).retryable).toBe(true);
  });

  it('writing after graphd closed the socket gives EPIPE (errno -32), never code -32', BOUND, async () => {
    // The client re-emits its socket's error object as is (see the ECONNRESET test), so a socket
    // in the state that yields EPIPE stands in for it: connected, not reading (graphd's FIN
    // unseen, as in a busy process), requests encoded by the client's generated GraphService code.
    const socket = net.connect(graphd.port, graphd.host).pause();
    await once(socket, 'connect');
    const failed = once(socket, 'error');
    const graph = new GraphService.Client(new thrift.TFramedTransport(undefined, (frame?: Buffer) => frame && socket.write(frame)), thrift.TBinaryProtocol);
    try {
      void graph.execute(SESSION_ID, Buffer.from(HANG_UP), undefined);
      // Once graphd has closed, a write is answered by an RST and the next one fails with EPIPE.
      let n = 0;
      const writing = setInterval(() => void graph.execute(SESSION_ID, Buffer.from(`YIELD ${++n}`), undefined), 25);
      const [raw] = await failed.finally(() => clearInterval(writing));
      expect(shape(raw)).toEqual({
        class: 'Error',
        name: 'Error',
        code: 'EPIPE',
        errno: errno('EPIPE'),
        syscall: 'write',
        message: 'write EPIPE',
      });
      const err = fromError(raw);
      expect(err).not.toBeInstanceOf(NebulaSyncListenerNotFoundError);
      expectTransport(err, 'EPIPE');
      expect(isRetryable(raw)).toBe(true);
    } finally {
      socket.destroy();
    }
  });
});

describe('DNS failure (a name under .invalid)', () => {
  it('emits the raw getaddrinfo error; never code -3008; ENOTFOUND is not retryable', BOUND, async () => {
    const client = open({ host: 'graphd.invalid', port: 9669 });
    const raw = await client.nextError((e) => (e as { syscall?: unknown }).syscall === 'getaddrinfo');
    const { code } = raw as { code: string };
    // RFC 6761: .invalid never resolves; a resolver that cannot be reached says EAI_AGAIN.
    expect(['ENOTFOUND', 'EAI_AGAIN']).toContain(code);
    expect(raw).toMatchObject({ hostname: 'graphd.invalid', message: `getaddrinfo ${code} graphd.invalid` });
    expect((raw as { errno: unknown }).errno).toEqual(expect.any(Number));
    const err = fromError(raw);
    expect(err).not.toBeInstanceOf(NebulaOutOfRangeError);
    expectTransport(err, code, code === 'EAI_AGAIN');
    expect(isRetryable(raw)).toBe(code === 'EAI_AGAIN');
  });
});

describe('an errno that is also a NebulaGraph code', () => {
  it('EINTR (errno -4) is not -4 E_LEADER_CHANGED', () => {
    // No socket call can be made to fail with EINTR on demand; this is Node's shape for one.
    const raw = Object.assign(new Error('read EINTR'), { errno: errno('EINTR'), code: 'EINTR', syscall: 'read' });
    expect(raw.errno).toBe(-4);
    const err = fromError(raw);
    expect(err).not.toBeInstanceOf(NebulaLeaderChangedError);
    expect(Object.getPrototypeOf(err)).toBe(NebulaError.prototype);
    expect(err.code).toBeUndefined();
  });
});
