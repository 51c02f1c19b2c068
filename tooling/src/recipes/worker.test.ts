// Recipe: send errors between threads. A real worker_threads Worker (worker-job.ts) reads a
// NebulaGraph response and posts `err.toJSON()`; the main thread's fromJSON gives the same class
// back. The error object itself does not survive the structured clone; its toJSON() does.
// Expected facts: upstream common.thrift (-1004 E_SYNTAX_ERROR, -4 E_LEADER_CHANGED, -3503
// E_RAFT_TERM_OUT_OF_DATE) and the contract (toJSON is structuredClone safe, fromJSON restores).
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NebulaLeaderChangedError, NebulaRaftTermOutOfDateError, NebulaSyntaxError, fromCode } from '@errs/nebula';

// #region readme:worker
import { once } from 'node:events';
import { fromJSON } from '@errs/nebula';

export async function checkInWorker(worker: Worker, response: unknown) {
  worker.postMessage(response);
  const [{ error }] = await once(worker, 'message');
  return error && fromJSON(error); // the same class, code, message, requestId and cause chain
}
// #endregion readme:worker

let worker: Worker;

beforeAll(() => {
  worker = new Worker(new URL('./worker-start.mjs', import.meta.url));
});

afterAll(async () => {
  await worker?.terminate();
});

describe('recipe: errors across a worker_threads Worker', { timeout: 5_000 }, () => {
  it('a failed response read in the worker is a NebulaSyntaxError again in the main thread', async () => {
    const err = await checkInWorker(worker, { error_code: -1004, error_msg: 'SyntaxError: syntax error near `MATC`' });
    expect(err).toBeInstanceOf(NebulaSyntaxError);
    expect(err).toMatchObject({ code: -1004, symbol: 'E_SYNTAX_ERROR', message: 'SyntaxError: syntax error near `MATC`', retryable: false });
  });

  it('a success posts no error', async () => {
    await expect(checkInWorker(worker, { error_code: 0 })).resolves.toBeUndefined();
  });

  it('structuredClone of toJSON() keeps the class and the cause chain; of the error itself, neither', () => {
    const err = fromCode(-4, { requestId: 'req-1', cause: fromCode(-3503) });
    const again = fromJSON(structuredClone(err.toJSON()));
    expect(again).toBeInstanceOf(NebulaLeaderChangedError);
    expect(again).toMatchObject({ code: -4, requestId: 'req-1' });
    expect(again.cause).toBeInstanceOf(NebulaRaftTermOutOfDateError);

    const cloned = structuredClone(err);
    expect(cloned).not.toBeInstanceOf(NebulaLeaderChangedError);
    expect((cloned as { code?: unknown }).code).toBeUndefined();
  });

  it('JSON text works the same way', () => {
    const err = fromCode(-3503, { message: 'Term of part 3 is out of date' });
    expect(fromJSON(JSON.parse(JSON.stringify(err)))).toBeInstanceOf(NebulaRaftTermOutOfDateError);
  });
});
