// Recipe: retry with p-retry on what errs says is worth retrying, with a longer pause when the
// server throttles. Against a loopback GES that fails twice with 503 before answering, one that
// throttles once with 429, and one that rejects the request with 400 GES.0001.
// Expected answers come from the contract (a bare 503 is retryable, 429 is throttling) and the GES
// docs (GES.0001 "参数错误" with HTTP 400, and nothing says to retry it).
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Handler, type Loopback, json, send, startLoopback } from '../loopback/server.js';

// #region readme:retry
import { setTimeout as sleep } from 'node:timers/promises';
import pRetry from 'p-retry';
import { fromResponse, isRetryable, isThrottling } from '@errs/ges';

const THROTTLED_PAUSE_MS = 1_000;

async function getGraph(url: string): Promise<unknown> {
  const res = await fetch(url);
  const err = await fromResponse(res);
  if (err) throw err;
  return res.json();
}

export const getGraphWithRetry = (url: string) =>
  pRetry(() => getGraph(url), {
    retries: 3,
    minTimeout: 100, // then 200, 400: exponential backoff
    // The error's own answer; raw transport failures (refused, reset, `fetch failed`, timeouts) count too.
    shouldRetry: ({ error }) => isRetryable(error),
    // Throttling (429, rate or access limits) wants a longer pause before the next attempt.
    onFailedAttempt: async ({ error }) => {
      if (isThrottling(error)) await sleep(THROTTLED_PAUSE_MS);
    },
  });
// #endregion readme:retry

/** Answers the n-th request to a path with the n-th handler; the last one repeats. */
function sequence(...handlers: Handler[]): Handler & { times: number[] } {
  const times: number[] = [];
  const handler: Handler = (req, res: ServerResponse) => {
    times.push(performance.now());
    handlers[Math.min(times.length, handlers.length) - 1]!(req, res);
  };
  return Object.assign(handler, { times });
}

const unavailable = send(503, '');
const graphs = json(200, { graphs: [{ id: 'g-1', name: 'demo' }] });
const flaky = sequence(unavailable, unavailable, graphs);
const throttled = sequence(send(429, '', { 'retry-after': '1' }), graphs);
const badRequest = sequence(json(400, { error_code: 'GES.0001', error_msg: 'Incorrect parameter.' }, { 'X-Request-Id': 'req-400' }));

let server: Loopback;

beforeAll(async () => {
  server = await startLoopback({ '/flaky': flaky, '/throttled': throttled, '/bad-request': badRequest });
});

afterAll(async () => {
  await server?.close();
});

const gaps = (times: number[]): number[] => times.slice(1).map((t, i) => t - times[i]!);

describe('recipe: p-retry with isRetryable and isThrottling', { timeout: 5_000 }, () => {
  it('two 503s then a success: three requests, the success is the result', async () => {
    await expect(getGraphWithRetry(server.url('/flaky'))).resolves.toEqual({ graphs: [{ id: 'g-1', name: 'demo' }] });
    expect(flaky.times).toHaveLength(3);
    // p-retry's backoff, not the throttling pause: minTimeout 100 ms, then 200 ms.
    for (const gap of gaps(flaky.times)) {
      expect(gap).toBeGreaterThanOrEqual(90);
      expect(gap).toBeLessThan(THROTTLED_PAUSE_MS);
    }
  });

  it('a 429 waits the throttling pause on top of the backoff, then succeeds', async () => {
    await expect(getGraphWithRetry(server.url('/throttled'))).resolves.toEqual({ graphs: [{ id: 'g-1', name: 'demo' }] });
    expect(throttled.times).toHaveLength(2);
    expect(gaps(throttled.times)[0]).toBeGreaterThanOrEqual(THROTTLED_PAUSE_MS);
  });

  it('a 400 with GES.0001 is not retried: one request, the typed error comes out', async () => {
    const err = await getGraphWithRetry(server.url('/bad-request')).catch((error: unknown) => error);
    expect(badRequest.times).toHaveLength(1);
    expect(err).toMatchObject({ name: 'GesIncorrectParameterError', code: 'GES.0001', httpStatus: 400, requestId: 'req-400', retryable: false });
  });
});
