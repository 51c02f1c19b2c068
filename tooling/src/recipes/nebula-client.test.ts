// Recipe: catch what the NebulaGraph Node client (@nebula-contrib/nebula-nodejs) rejects with and
// act on the code. The real client against the loopback graphd of packages/nebula/test. Expected
// facts: upstream common.thrift (-1004 E_SYNTAX_ERROR, -3503 E_RAFT_TERM_OUT_OF_DATE), the
// messages the server sends (-3503's says "Please retry later"), and the contract (the client's
// own timeout is a transport failure: retryable, no code).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRetryable } from '@errs/nebula';
import { EXECUTE_FAILURES, type LoopbackGraphd, NEVER_ANSWER, startLoopbackGraphd } from '../../../packages/nebula/test/loopback-graphd.js';
import { type TestClient, connect } from '../../../packages/nebula/test/nebula-client.js';

type Client = TestClient['client'];

// #region readme:nebula
import { fromError, NebulaSpaceNotFoundError } from '@errs/nebula';

export async function run(client: Client, statement: string) {
  try {
    return await client.execute(statement);
  } catch (thrown) {
    // The client's Error { code: 'ERR_NEBULA', errno } -> the class of the code, the original at
    // `err.raw`; its own timeout (errno 9996) and socket failures -> a retryable NebulaError with
    // `transport` set and no code.
    const err = fromError(thrown);
    if (err instanceof NebulaSpaceNotFoundError) return undefined;
    throw err; // NebulaSyntaxError, NebulaRaftTermOutOfDateError (isRetryable), ...
  }
}
// #endregion readme:nebula

let graphd: LoopbackGraphd;
let nebula: TestClient;
let impatient: TestClient;

beforeAll(async () => {
  graphd = await startLoopbackGraphd();
  nebula = connect(graphd);
  impatient = connect({ ...graphd, executeTimeout: 300 });
  await Promise.all([nebula.ready(), impatient.ready()]);
});

afterAll(async () => {
  await Promise.all([nebula?.shutdown(), impatient?.shutdown()]);
  await graphd?.close();
});

const failure = (statement: keyof typeof EXECUTE_FAILURES) => run(nebula.client, statement).catch((error: unknown) => error);

describe('recipe: the NebulaGraph Node client errors as typed errors', { timeout: 5_000 }, () => {
  it('a success is what the client resolves with', async () => {
    await expect(run(nebula.client, 'YIELD 1')).resolves.toBeDefined();
  });

  it('-1004: NebulaSyntaxError with the server message, not retryable', async () => {
    const err = await failure('GO FORM 1 OVER follow');
    expect(err).toMatchObject({ name: 'NebulaSyntaxError', system: 'nebula', code: -1004, symbol: 'E_SYNTAX_ERROR', message: "SyntaxError: syntax error near `FORM'", retryable: false });
    expect((err as { raw?: unknown }).raw).toMatchObject({ code: 'ERR_NEBULA', errno: -1004 });
    expect((err as Error).cause).toBeUndefined();
    expect(isRetryable(err)).toBe(false);
  });

  it('-3503: the raft class, retryable as the server says', async () => {
    const err = await failure('INSERT VERTEX t() VALUES "a":()');
    expect(err).toMatchObject({ name: 'NebulaRaftTermOutOfDateError', code: -3503, symbol: 'E_RAFT_TERM_OUT_OF_DATE', category: 'raft' });
    expect(isRetryable(err)).toBe(true);
  });

  it("the client's own timeout: a retryable NebulaError without a code", async () => {
    const err = await run(impatient.client, NEVER_ANSWER).catch((error: unknown) => error);
    expect(err).toMatchObject({ name: 'NebulaError', system: 'nebula', retryable: true });
    expect((err as { code?: unknown }).code).toBeUndefined();
    expect((err as { transport?: unknown }).transport).toEqual(expect.any(String));
    expect(isRetryable(err)).toBe(true);
  });
});
