// Transport failures of real clients (global fetch, undici's fetch and request, axios) against a
// loopback server and a closed port. The contract: fromError gives the base BlobstoreError with no
// code, retryable, and `transport` = the code the client reported; isRetryable says so of the raw
// value too. A user's own abort is not retryable.
import axios from 'axios';
import { request, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Loopback, closedPort, silent, startLoopback } from '../../../tooling/src/loopback/server.js';
import { type Clients, type Targets, transportFailures, transportRoutes } from '../../../tooling/src/loopback/transport.js';
import { BlobstoreError, fromError, isRetryable } from '../src/index.js';

const BOUND = 4_000;

const clients: Clients = { fetch, undiciFetch, request, axiosGet: (url, config) => axios.get(url, config) };
let server: Loopback;
let targets: Targets;

beforeAll(async () => {
  server = await startLoopback({ ...transportRoutes, '/silent': silent });
  targets = { origin: server.origin, refusedOrigin: `http://127.0.0.1:${await closedPort()}` };
});

afterAll(async () => {
  await server?.close();
});

describe('transport failures', { timeout: BOUND }, () => {
  it.each(transportFailures)('$client, $failure: the base class, no code, retryable, transport set', async ({ run, transport }) => {
    const thrown = await run(clients, targets);
    const err = fromError(thrown);
    expect(err.constructor).toBe(BlobstoreError);
    expect(err.code).toBeUndefined();
    expect(err.httpStatus).toBeUndefined();
    expect(err.retryable).toBe(true);
    expect(err.transport).toBe(transport);
    expect(err.cause).toBe(thrown);
    expect(isRetryable(thrown)).toBe(true);
  });

  it('a user\'s own abort is not retryable', async () => {
    const controller = new AbortController();
    const pending = fetch(server.url('/silent'), { signal: controller.signal });
    controller.abort();
    const thrown = await pending.catch((e: unknown) => e);
    expect(thrown).toMatchObject({ name: 'AbortError' });
    expect(fromError(thrown).retryable).toBe(false);
    expect(isRetryable(thrown)).toBe(false);
  });
});
