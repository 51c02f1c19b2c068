// One retry answer in every package: the same bare HTTP status (no system code in the body) and
// the same transport failure, from real clients against a loopback server, through the
// fromResponse / fromError of all four packages. The contract's table: 408, 429, 500, 502, 503
// and 504 are retryable, 429 is throttling too, the other 4xx and 501 are not. NebulaGraph has
// no HTTP API, so it gets what an HTTP client throws: an axios error carrying the status.
import axios from 'axios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Loopback, closedPort, send, startLoopback } from '../../../tooling/src/loopback/server.js';
import * as blobstore from '../../blobstore/src/index.js';
import * as ges from '../../ges/src/index.js';
import * as nebula from '../../nebula/src/index.js';
import * as polaris from '../src/index.js';

const BOUND = 4_000;
const STATUSES = [400, 401, 403, 404, 408, 429, 500, 501, 502, 503, 504] as const;
const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);

interface Package {
  readonly fromError: (err: unknown) => { readonly retryable: boolean; readonly throttling?: boolean; readonly code?: unknown; readonly transport?: string };
  readonly isRetryable: (err: unknown) => boolean;
  readonly isThrottling: (err: unknown) => boolean;
}
interface HttpPackage extends Package {
  readonly fromResponse: (res: Response) => Promise<{ readonly retryable: boolean; readonly throttling?: boolean; readonly httpStatus?: number } | undefined>;
}

// The contract's exports, looked up by name: isThrottling is part of every package's contract.
const http = { ges, polaris, blobstore } as unknown as Record<string, HttpPackage>;
const all = { nebula, ges, polaris, blobstore } as unknown as Record<string, Package>;

let server: Loopback;
let refusedOrigin: string;

beforeAll(async () => {
  server = await startLoopback(Object.fromEntries(STATUSES.map((s) => [`/status/${s}`, send(s, '')])));
  refusedOrigin = `http://127.0.0.1:${await closedPort()}`;
});

afterAll(async () => {
  await server?.close();
});

describe('a bare status gets one retry answer in every package', { timeout: BOUND }, () => {
  it.each(STATUSES)('HTTP %i through fromResponse (fetch) and fromError (axios)', async (status) => {
    const retryable = RETRYABLE.has(status);
    const throttling = status === 429;
    const answers: Record<string, Record<string, unknown>> = {};
    const expected: Record<string, Record<string, unknown>> = {};

    for (const [name, pkg] of Object.entries(http)) {
      const err = await pkg.fromResponse(await fetch(server.url(`/status/${status}`)));
      answers[`${name} fromResponse`] = { httpStatus: err?.httpStatus, retryable: err?.retryable, throttling: err?.throttling === true };
      expected[`${name} fromResponse`] = { httpStatus: status, retryable, throttling };
    }
    const thrown = await axios.get(server.url(`/status/${status}`)).catch((e: unknown) => e);
    for (const [name, pkg] of Object.entries(all)) {
      const err = pkg.fromError(thrown);
      const isThrottling = typeof pkg.isThrottling === 'function' ? pkg.isThrottling(err) : 'not exported';
      answers[`${name} fromError`] = { retryable: err.retryable, throttling: err.throttling === true, isThrottling };
      expected[`${name} fromError`] = { retryable, throttling, isThrottling: throttling };
    }
    // Compared as one table, so a failure shows every package's answer side by side.
    expect(answers).toEqual(expected);
  });
});

describe('a transport failure gets one retry answer in every package', { timeout: BOUND }, () => {
  it.each(['fetch', 'axios'] as const)('connection refused (%s)', async (client) => {
    const url = `${refusedOrigin}/status/503`;
    const thrown = client === 'fetch' ? await fetch(url).catch((e: unknown) => e) : await axios.get(url).catch((e: unknown) => e);
    const answers = Object.entries(all).map(([name, pkg]) => {
      const err = pkg.fromError(thrown);
      return { name, retryable: err.retryable, code: err.code, transport: err.transport, rawIsRetryable: pkg.isRetryable(thrown) };
    });
    expect(answers).toEqual(Object.keys(all).map((name) => ({ name, retryable: true, code: undefined, transport: 'ECONNREFUSED', rawIsRetryable: true })));
  });
});
