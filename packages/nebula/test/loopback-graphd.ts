// A loopback graphd: the GraphService processor and response types generated into
// @nebula-contrib/nebula-nodejs (nebula/interface/*.js), served over framed binary thrift with the
// `thrift` package, so the real Node client talks to it exactly as it talks to graphd.
// Each connection gets its own handler, so a statement can reset or stall the socket it came on.
import net from 'node:net';
import thrift from 'thrift';
import GraphService from '@nebula-contrib/nebula-nodejs/nebula/interface/GraphService.js';
import graphTypes from '@nebula-contrib/nebula-nodejs/nebula/interface/graph_types.js';
import commonTypes from '@nebula-contrib/nebula-nodejs/nebula/interface/common_types.js';

export const USER = 'root';
export const PASSWORD = 'nebula';
export const SPACE = 'errs';
export const SESSION_ID = 4242;

/** What graphd sends for a wrong password: -1001 with the reason as bytes. */
export const BAD_PASSWORD = { code: -1001, message: 'Invalid password' };

/** Statements `execute` fails, with the code and the error_msg bytes graphd would send. */
export const EXECUTE_FAILURES = {
  'GO FORM 1 OVER follow': { code: -1004, message: "SyntaxError: syntax error near `FORM'" },
  'FETCH PROP ON 人物 "张三"': { code: -1005, message: '执行错误：标签 `人物` 不存在' },
  'INSERT VERTEX t() VALUES "a":()': { code: -3503, message: 'Storage Error: Term of part 3 is out of date. Please retry later.' },
  'BALANCE DATA REMOVE 0:0': { code: -2009, message: 'Invalid param!' },
} as const satisfies Record<string, { code: number; message: string }>;

/** A failure without error_msg (graphd leaves the optional field out). */
export const FAILS_WITHOUT_MESSAGE = 'SHOW SNAPSHOTS';

/** Statements that make the server misbehave on the connection they arrive on. */
export const RESET = 'RESET CONNECTION'; // RST (ECONNRESET on the client)
export const HANG_UP = 'HANG UP'; // FIN, no answer
export const NEVER_ANSWER = 'NEVER ANSWER'; // the request is read, no reply is written

/** executeJson statements. */
export const JSON_BIG = 'MATCH (v) RETURN v'; // success, ~3.8 MB
export const JSON_BIG_FAILING = 'MATCH (v) RETURN v; YIELD $nope'; // same size, entry 65 failed
export const JSON_FAILING_ENTRY = 64; // zero-based: the 65th result entry
export const JSON_ENTRY_FAILURE = { code: -1005, message: '执行错误：第 65 条语句的变量 `$nope` 未定义' };
export const JSON_TOP_LEVEL = 'YIELDD 1'; // top-level errors[]
export const JSON_TOP_LEVEL_FAILURE = { code: -1004, message: "SyntaxError: syntax error near `YIELDD'" };
/** A string in every row of the big executeJson bodies, to look for in serialized errors. */
export const BODY_MARKER = 'row-payload-7f3a';

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

/** executeJson output as graphd's Response.h toJson() lays it out, ~3.8 MB of UTF-8. */
export function bigJsonBody(failingEntry?: number): Buffer {
  const cell = `${BODY_MARKER}-${'x'.repeat(1000)}`;
  const results = Array.from({ length: 70 }, (_, entry) => ({
    spaceName: SPACE,
    latencyInUs: 1200,
    columns: ['v'],
    data: Array.from({ length: 53 }, (_, row) => ({ row: [`${cell}-${entry}-${row}`], meta: [null] })),
    errors:
      entry === failingEntry ? JSON_ENTRY_FAILURE : { code: 0 },
  }));
  return utf8(JSON.stringify({ errors: [{ code: 0 }], results }));
}

export interface Call {
  readonly method: string;
  readonly args: readonly string[];
}

export interface LoopbackGraphd {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** Every request the server read, in order. */
  readonly calls: Call[];
  /** Closes the listener and every connection still open. */
  close(): Promise<void>;
}

const text = (value: unknown): string => (Buffer.isBuffer(value) ? value.toString('utf8') : String(value));
const never = (): Promise<never> => new Promise(() => {});

function handlerFor(socket: net.Socket, calls: Call[]) {
  const succeeded = () =>
    new graphTypes.ExecutionResponse({
      error_code: 0,
      latency_in_us: 100,
      space_name: utf8(SPACE),
      data: new commonTypes.DataSet({
        column_names: [utf8('1')],
        rows: [new commonTypes.Row({ values: [new commonTypes.Value({ iVal: 1 })] })],
      }),
    });
  // Two parameters each: the generated processor then treats the handler as promise-returning.
  return {
    authenticate(username: unknown, password: unknown) {
      calls.push({ method: 'authenticate', args: [text(username), text(password)] });
      if (text(username) === USER && text(password) === PASSWORD) {
        return new graphTypes.AuthResponse({ error_code: 0, session_id: SESSION_ID, time_zone_offset_seconds: 0 });
      }
      return new graphTypes.AuthResponse({ error_code: BAD_PASSWORD.code, error_msg: utf8(BAD_PASSWORD.message) });
    },
    signout(sessionId: unknown) {
      calls.push({ method: 'signout', args: [text(sessionId)] });
    },
    execute(sessionId: unknown, stmt: unknown) {
      const statement = text(stmt);
      calls.push({ method: 'execute', args: [text(sessionId), statement] });
      if (/^use /i.test(statement)) return new graphTypes.ExecutionResponse({ error_code: 0, latency_in_us: 10, space_name: utf8(SPACE) });
      if (statement === RESET) {
        socket.resetAndDestroy();
        return never();
      }
      if (statement === HANG_UP) {
        socket.destroy();
        return never();
      }
      if (statement === NEVER_ANSWER) return never();
      if (statement === FAILS_WITHOUT_MESSAGE) return new graphTypes.ExecutionResponse({ error_code: -1005, latency_in_us: 10 });
      const failure = (EXECUTE_FAILURES as Record<string, { code: number; message: string }>)[statement];
      if (failure) return new graphTypes.ExecutionResponse({ error_code: failure.code, latency_in_us: 10, error_msg: utf8(failure.message) });
      return succeeded();
    },
    executeJson(sessionId: unknown, stmt: unknown) {
      const statement = text(stmt);
      calls.push({ method: 'executeJson', args: [text(sessionId), statement] });
      if (statement === JSON_BIG) return bigJsonBody();
      if (statement === JSON_BIG_FAILING) return bigJsonBody(JSON_FAILING_ENTRY);
      if (statement === JSON_TOP_LEVEL) return utf8(JSON.stringify({ errors: [JSON_TOP_LEVEL_FAILURE] }));
      return utf8(JSON.stringify({ errors: [{ code: 0 }], results: [{ spaceName: SPACE, columns: ['1'], data: [{ row: [1], meta: [null] }], errors: { code: 0 } }] }));
    },
  };
}

/** Starts a loopback graphd on 127.0.0.1 and an OS-chosen port. */
export async function startLoopbackGraphd(): Promise<LoopbackGraphd> {
  const calls: Call[] = [];
  const sockets = new Set<net.Socket>();
  const options = { transport: thrift.TFramedTransport, protocol: thrift.TBinaryProtocol };
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {}); // resets are part of the script
    // thrift's own connection handler, bound to a processor for this socket alone.
    const perSocket = thrift.createServer(GraphService as never, handlerFor(socket, calls) as never, options as never);
    perSocket.on('error', () => socket.destroy());
    perSocket.emit('connection', socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
