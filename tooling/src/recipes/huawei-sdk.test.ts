// Recipe: catch what the Huawei Cloud SDK throws and act on the GES code. The real SDK core
// (packages/ges/test/huawei-client.ts) against a loopback GES. Expected facts: the GES docs
// (GES.7000 "图不存在或者已被删除", GES.7005 "请稍后重试"), the statuses and X-Request-Id the
// server sends, and the contract (the SDK's exception is kept at `raw`: the error is that exception, read).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRetryable } from '@errs/ges';
import { gesClient, getGraph, graph } from '../../../packages/ges/test/huawei-client.js';
import { type Loopback, json, startLoopback } from '../loopback/server.js';

type Client = ReturnType<typeof gesClient>;

// #region readme:huawei
import { fromError, GesGraphNotFoundError } from '@errs/ges';

export async function findGraph(client: Client, name: string) {
  try {
    return await getGraph(client, name); // the SDK call: client.showGraph(...) and friends
  } catch (thrown) {
    // ClientRequestException / ServerResponseException -> the GES class; the original is `err.raw`.
    const err = fromError(thrown);
    if (err instanceof GesGraphNotFoundError) return undefined;
    throw err; // isRetryable(err): GES.7005, 7006, 7051, a bare 500/502/503/504, a refused connection
  }
}
// #endregion readme:huawei

let server: Loopback;

beforeAll(async () => {
  server = await startLoopback({
    [graph('demo')]: json(200, { graphs: [{ id: 'g-1', name: 'demo' }] }),
    [graph('gone')]: json(400, { error_code: 'GES.7000', error_msg: 'graph [gone] does not exist' }, { 'X-Request-Id': 'req-7000' }),
    [graph('busy')]: json(503, { error_code: 'GES.7005', error_msg: 'The underlying service of the graph engine is unavailable.' }, { 'X-Request-Id': 'req-7005' }),
    [graph('bad')]: json(400, { error_code: 'GES.0001', error_msg: 'Incorrect parameter.' }, { 'X-Request-Id': 'req-0001' }),
  });
});

afterAll(async () => {
  await server?.close();
});

describe('recipe: the Huawei Cloud SDK exceptions as GES errors', { timeout: 5_000 }, () => {
  const client = () => gesClient([server.origin]);

  it('a success is what the SDK resolves with', async () => {
    await expect(findGraph(client(), 'demo')).resolves.toMatchObject({ graphs: [{ id: 'g-1', name: 'demo' }] });
  });

  it('GES.7000 is "no such graph": undefined', async () => {
    await expect(findGraph(client(), 'gone')).resolves.toBeUndefined();
  });

  it('GES.7005 is rethrown as retryable, with the status, request id and the SDK exception at raw', async () => {
    const err = await findGraph(client(), 'busy').catch((error: unknown) => error);
    expect(err).toMatchObject({ name: 'GesServiceUnavailableError', code: 'GES.7005', httpStatus: 503, requestId: 'req-7005', retryable: true });
    expect(isRetryable(err)).toBe(true);
    expect((err as { raw?: unknown }).raw).toMatchObject({ name: 'ServerResponseException', errorCode: 'GES.7005', httpStatusCode: 503 });
  });

  it('GES.0001 is rethrown as it is: not retryable', async () => {
    const err = await findGraph(client(), 'bad').catch((error: unknown) => error);
    expect(err).toMatchObject({ name: 'GesIncorrectParameterError', code: 'GES.0001', httpStatus: 400, requestId: 'req-0001', retryable: false });
    expect(isRetryable(err)).toBe(false);
  });
});
