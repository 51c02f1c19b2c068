// Transport failures of real clients (global fetch, undici's fetch and request, axios) against a
// loopback server and a closed port, held to the contract: a package's fromError gives its base
// class with no code and no status, retryable, with `transport` = the code the client reported,
// and the original as cause; isRetryable says so of the raw value too. A user's own abort is not
// retryable. The clients are passed in: each package uses its own installed ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Loopback, closedPort, silent, startLoopback } from './server.js';
import { type Clients, type Targets, transportFailures, transportRoutes } from './transport.js';

const BOUND = 4_000;

type Made = Error & { readonly code?: unknown; readonly httpStatus?: unknown; readonly retryable: boolean; readonly transport?: unknown };

export interface TransportSuite {
  readonly base: abstract new (...args: never[]) => Error;
  readonly fromError: (err: unknown) => Made;
  readonly isRetryable: (err: unknown) => boolean;
  readonly clients: Clients;
  /** Whether to check first that each client reports the code its case names (once is enough). */
  readonly checkClients?: boolean;
}

export function transportSuite({ base, fromError, isRetryable, clients, checkClients = false }: TransportSuite): void {
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
    if (checkClients) {
      // The premise of the cases below: each client reports the failure with the code the case names.
      it.each(transportFailures)('$client, $failure: the client reports $transport', async ({ run, transport }) => {
        const thrown = (await run(clients, targets)) as { code?: unknown; name?: unknown; cause?: { code?: unknown } };
        expect([thrown.code, thrown.cause?.code, thrown.name]).toContain(transport);
      });
    }

    it.each(transportFailures)('$client, $failure: the base class, no code, retryable, transport set', async ({ run, transport }) => {
      const thrown = await run(clients, targets);
      const err = fromError(thrown);
      expect(err.constructor).toBe(base);
      expect(err.code).toBeUndefined();
      expect(err.httpStatus).toBeUndefined();
      expect(err.retryable).toBe(true);
      expect(err.transport).toBe(transport);
      expect(err.cause).toBe(thrown);
      expect(isRetryable(thrown)).toBe(true);
    });

    it("a user's own abort is not retryable", async () => {
      const controller = new AbortController();
      const pending = fetch(server.url('/silent'), { signal: controller.signal });
      controller.abort();
      const thrown = await pending.catch((e: unknown) => e);
      expect(thrown).toMatchObject({ name: 'AbortError' });
      expect(fromError(thrown).retryable).toBe(false);
      expect(isRetryable(thrown)).toBe(false);
    });
  });
}
