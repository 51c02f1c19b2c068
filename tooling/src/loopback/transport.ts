// The transport failures every HTTP client test goes through: one request per client and failure
// against a loopback server (or a closed port), returning what the client rejects with. Clients
// are passed in, so each package's test uses its own installed global fetch, undici and axios.
// `transport` is the code as the client reports it (on the error or on its `cause`), observed
// with Node 20, undici 7 and axios 1.
import { type Handler, hanging, hangUp, reset, silent } from './server.js';

/** The few client calls the failures need; structural, so any undici 7 / axios 1 fits. */
export interface Clients {
  /** The global fetch. */
  readonly fetch: (url: string, init?: { signal?: AbortSignal }) => Promise<unknown>;
  /** undici's fetch. */
  readonly undiciFetch: (url: string, init?: { signal?: AbortSignal }) => Promise<unknown>;
  /** undici's request. */
  readonly request: (url: string, options?: { headersTimeout?: number; bodyTimeout?: number }) => Promise<{ readonly body: { text(): Promise<string> } }>;
  /** axios.get. */
  readonly axiosGet: (url: string, config?: { timeout?: number }) => Promise<unknown>;
}

/** Where the requests go: the loopback server with `transportRoutes` mounted, and a closed port. */
export interface Targets {
  readonly origin: string;
  readonly refusedOrigin: string;
}

export interface TransportFailure {
  readonly client: 'fetch' | 'undici.fetch' | 'undici.request' | 'axios';
  readonly failure: string;
  /** The transport code the thrown value carries, where the client puts it. */
  readonly transport: string;
  /** Makes the request; resolves with what the client threw (rejects if it did not throw). */
  readonly run: (clients: Clients, targets: Targets) => Promise<unknown>;
}

/** Handlers to mount on the loopback server under these paths. */
export const transportRoutes: Readonly<Record<string, Handler>> = {
  '/transport/reset': reset,
  '/transport/hang-up': hangUp,
  '/transport/silent': silent,
  '/transport/hanging-body': hanging(200, '{"instances":['),
};

function thrown(call: () => Promise<unknown>): Promise<unknown> {
  return call().then(
    (value) => {
      throw new Error(`expected the request to fail, it gave ${String(value)}`);
    },
    (err: unknown) => err,
  );
}

const refused = (t: Targets): string => `${t.refusedOrigin}/transport/refused`;
const at = (t: Targets, path: string): string => `${t.origin}${path}`;

/** A fetch-style client's failures; `pick` chooses the global fetch or undici's. */
const fetchFailures = (client: 'fetch' | 'undici.fetch', pick: (c: Clients) => Clients['fetch']): TransportFailure[] => [
  { client, failure: 'connection refused', transport: 'ECONNREFUSED', run: (c, t) => thrown(() => pick(c)(refused(t))) },
  { client, failure: 'connection reset', transport: 'ECONNRESET', run: (c, t) => thrown(() => pick(c)(at(t, '/transport/reset'))) },
  { client, failure: 'closed before the answer', transport: 'UND_ERR_SOCKET', run: (c, t) => thrown(() => pick(c)(at(t, '/transport/hang-up'))) },
  {
    client,
    failure: 'AbortSignal.timeout(100)',
    transport: 'TimeoutError',
    run: (c, t) => thrown(() => pick(c)(at(t, '/transport/silent'), { signal: AbortSignal.timeout(100) })),
  },
];

/**
 * One case per client and failure: connection refused (a closed port), reset (RST), hung up (the
 * server closes before answering), and each client's own timeout (AbortSignal.timeout(100) for
 * fetch, headersTimeout / bodyTimeout for undici.request, axios' timeout).
 */
export const transportFailures: readonly TransportFailure[] = [
  ...fetchFailures('fetch', (c) => c.fetch),
  ...fetchFailures('undici.fetch', (c) => c.undiciFetch),
  { client: 'undici.request', failure: 'connection refused', transport: 'ECONNREFUSED', run: (c, t) => thrown(() => c.request(refused(t))) },
  { client: 'undici.request', failure: 'connection reset', transport: 'ECONNRESET', run: (c, t) => thrown(() => c.request(at(t, '/transport/reset'))) },
  { client: 'undici.request', failure: 'closed before the answer', transport: 'UND_ERR_SOCKET', run: (c, t) => thrown(() => c.request(at(t, '/transport/hang-up'))) },
  {
    client: 'undici.request',
    failure: 'headersTimeout 100',
    transport: 'UND_ERR_HEADERS_TIMEOUT',
    run: (c, t) => thrown(() => c.request(at(t, '/transport/silent'), { headersTimeout: 100 })),
  },
  {
    client: 'undici.request',
    failure: 'bodyTimeout 100',
    transport: 'UND_ERR_BODY_TIMEOUT',
    run: (c, t) => thrown(async () => (await c.request(at(t, '/transport/hanging-body'), { bodyTimeout: 100 })).body.text()),
  },
  { client: 'axios', failure: 'connection refused', transport: 'ECONNREFUSED', run: (c, t) => thrown(() => c.axiosGet(refused(t))) },
  { client: 'axios', failure: 'connection reset', transport: 'ECONNRESET', run: (c, t) => thrown(() => c.axiosGet(at(t, '/transport/reset'))) },
  // axios reports a close before the answer as "socket hang up" with code ECONNRESET.
  { client: 'axios', failure: 'closed before the answer', transport: 'ECONNRESET', run: (c, t) => thrown(() => c.axiosGet(at(t, '/transport/hang-up'))) },
  { client: 'axios', failure: 'timeout 100', transport: 'ECONNABORTED', run: (c, t) => thrown(() => c.axiosGet(at(t, '/transport/silent'), { timeout: 100 })) },
];
