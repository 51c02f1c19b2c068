// Loopback HTTP servers for the packages' real-client tests: a real socket on 127.0.0.1, a port
// the OS picks, handlers per path, and a close() that also ends connections a handler left open
// (hanging or truncated bodies), so an afterAll never waits on a test's half-done response.
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface Loopback {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly origin: string;
  readonly port: number;
  /** The absolute URL of a path on this server. */
  url(path: string): string;
  /** How many requests reached a path (query string aside). */
  hits(path: string): number;
  /** Stops listening and destroys every open connection. */
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1 with a port chosen by the OS. A request to a path without a
 * handler gets 500 with a text saying so, which no test expects.
 */
export async function startLoopback(routes: Readonly<Record<string, Handler>>): Promise<Loopback> {
  const counts = new Map<string, number>();
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://loopback').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const handler = routes[path];
    if (handler === undefined) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(`loopback: no handler for ${path}`);
      return;
    }
    handler(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => `${origin}${path}`,
    hits: (path) => counts.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that was just free and has nothing listening: connecting is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A complete response with an exact content-length. */
export function send(status: number, body: string | Buffer, headers: OutgoingHttpHeaders = {}): Handler {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return (_req, res) => {
    res.writeHead(status, { 'content-length': bytes.length, ...headers }).end(bytes);
  };
}

/** A JSON response (`application/json`). */
export function json(status: number, body: unknown, headers: OutgoingHttpHeaders = {}): Handler {
  return send(status, JSON.stringify(body), { 'content-type': 'application/json', ...headers });
}

/**
 * Announces `declared` bytes in content-length, sends only `body`, then closes the socket: the
 * client sees the headers and a body that ends early.
 */
export function truncated(status: number, body: string, declared: number, headers: OutgoingHttpHeaders = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': declared, ...headers });
    res.write(body, () => setTimeout(() => res.socket?.destroy(), 20));
  };
}

/** Sends the headers and a first chunk, then nothing more until the server is closed. */
export function hanging(status: number, firstChunk: string, headers: OutgoingHttpHeaders = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.write(firstChunk);
  };
}

/** Never answers: the client waits for headers until its own timeout or the server's close. */
export const silent: Handler = () => {};

/** Closes the connection (FIN) as soon as the request arrives, before any response byte. */
export const hangUp: Handler = (req) => {
  req.socket.destroy();
};

/** Resets the connection (TCP RST) as soon as the request arrives, before any response byte. */
export const reset: Handler = (req) => {
  req.socket.resetAndDestroy();
};
