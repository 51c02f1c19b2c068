// The real @nebula-contrib/nebula-nodejs client pointed at a test server, plus what it hides:
// transport errors only reach the Client's 'error' event (execute() just times out), the thrift
// connection reconnects forever and close() does not stop it, so tests stop it here.
import type net from 'node:net';
import { createClient } from '@nebula-contrib/nebula-nodejs';
import { PASSWORD, SPACE, USER } from './loopback-graphd.js';

type Client = ReturnType<typeof createClient>;

/** The generated GraphService client of one pooled connection (what Client.execute calls). */
export interface ThriftClient {
  authenticate(username: string, password: string): Promise<{ error_code: number; error_msg: unknown }>;
  execute(sessionId: unknown, stmt: Buffer): Promise<{ error_code: number; error_msg: unknown }>;
  executeJson(sessionId: unknown, stmt: Buffer): Promise<Buffer>;
}

interface PooledConnection {
  sessionId: unknown;
  isReady: boolean;
  client: ThriftClient;
  // The thrift Connection wrapper and its socket.
  connection: { forceClose: boolean; retry_timer: NodeJS.Timeout | null; connection: net.Socket };
}

export interface TestClient {
  readonly client: Client;
  /** Every error the Client emitted (`{ sender, error }` events), unwrapped. */
  readonly errors: unknown[];
  readonly connection: PooledConnection;
  /** The next emitted error that passes `test` (or one already emitted). */
  nextError(test?: (error: unknown) => boolean): Promise<unknown>;
  ready(): Promise<void>;
  shutdown(): Promise<void>;
}

export function connect(options: {
  host: string;
  port: number;
  password?: string;
  executeTimeout?: number;
}): TestClient {
  const client = createClient({
    servers: [{ host: options.host, port: options.port }],
    userName: USER,
    password: options.password ?? PASSWORD,
    space: SPACE,
    poolSize: 1,
    executeTimeout: options.executeTimeout ?? 2000,
  });
  const errors: unknown[] = [];
  const waiters: Array<{ test: (error: unknown) => boolean; resolve: (error: unknown) => void }> = [];
  client.on('error', ({ error }: { error: unknown }) => {
    errors.push(error);
    for (const waiter of [...waiters]) {
      if (waiter.test(error)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(error);
      }
    }
  });
  const connection = (client as unknown as { connections: PooledConnection[] }).connections[0]!;
  const readyPromise = new Promise<void>((resolve) => client.once('ready', () => resolve()));
  return {
    client,
    errors,
    connection,
    nextError: (test = () => true) => {
      const seen = errors.find(test);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ test, resolve }));
    },
    ready: () => readyPromise,
    async shutdown() {
      // close() signs out and ends a live socket, but leaves a reconnect loop running.
      await Promise.race([client.close(), new Promise((resolve) => setTimeout(resolve, 500))]);
      const thrift = connection.connection;
      thrift.forceClose = true;
      if (thrift.retry_timer) clearTimeout(thrift.retry_timer);
      thrift.connection.destroy();
    },
  };
}

/** `err.code` and friends of a value the client surfaced, for readable assertions. */
export function shape(error: unknown): Record<string, unknown> {
  const e = error as Record<string, unknown>;
  return {
    class: (error as object)?.constructor?.name,
    name: e.name,
    code: e.code,
    errno: e.errno,
    syscall: e.syscall,
    message: e.message,
  };
}
