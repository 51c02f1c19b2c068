// Recipe: log a caught errs error with pino, no custom serializer. pino's standard `err`
// serializer copies an error's own enumerable fields, and errs errors carry their facts as such.
// The log lines are captured from pino's destination stream and parsed as JSON.
// Expected facts: the GES docs (GES.7005, "请稍后重试"), the status and X-Request-Id the loopback
// server sends, and the contract's field names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as nebula from '@errs/nebula';
import { type Loopback, json, startLoopback } from '../loopback/server.js';

// #region readme:pino
import pino from 'pino';
import { fromError, fromResponse } from '@errs/ges';

export async function resizeGraph(url: string, logger: pino.Logger): Promise<void> {
  try {
    const res = await fetch(url, { method: 'POST' });
    const err = await fromResponse(res);
    if (err) throw err;
  } catch (thrown) {
    // fetch's own failures too (a refused connection): fromError returns a GES error as it is.
    logger.error({ err: fromError(thrown) }, 'graph resize failed');
    // {"level":50,...,"err":{"type":"GesServiceUnavailableError","message":"...",
    //  "stack":"GesServiceUnavailableError [GES.7005]: The underlying service ...\n    at ...",
    //  "name":"GesServiceUnavailableError","system":"ges","category":"management","code":"GES.7005",
    //  "symbol":"GES.7005","retryable":true,"httpStatus":503,"requestId":"req-7005"},"msg":"graph resize failed"}
  }
}
// #endregion readme:pino

let server: Loopback;

beforeAll(async () => {
  server = await startLoopback({
    '/resize': json(503, { error_code: 'GES.7005', error_msg: 'The underlying service of the graph engine is unavailable.' }, { 'X-Request-Id': 'req-7005' }),
  });
});

afterAll(async () => {
  await server?.close();
});

/** A pino logger whose lines land in an array, as a file or stdout would get them. */
function capturing(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: pino({ base: undefined }, { write: (line: string) => void lines.push(line) }), lines };
}

describe('recipe: pino logs the facts of an errs error', { timeout: 5_000 }, () => {
  it('the err object of the JSON line has every field an operator filters on', async () => {
    const { logger, lines } = capturing();
    await resizeGraph(server.url('/resize'), logger);

    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!);
    expect(line.msg).toBe('graph resize failed');
    expect(line.err).toMatchObject({
      type: 'GesServiceUnavailableError',
      name: 'GesServiceUnavailableError',
      system: 'ges',
      category: 'management',
      code: 'GES.7005',
      symbol: 'GES.7005',
      retryable: true,
      httpStatus: 503,
      requestId: 'req-7005',
      message: 'The underlying service of the graph engine is unavailable.',
    });
    // The first line as Node prints its own coded errors: `Name [code]: message`.
    expect(line.err.stack).toMatch(/^GesServiceUnavailableError \[GES\.7005\]: The underlying service of the graph engine is unavailable\.\n {4}at /);
  });

  it('an error read from a client error says its message once, with no empty "caused by"', async () => {
    const { logger, lines } = capturing();
    // The NebulaGraph client's errno and message passed on as data (common.thrift: -1004 E_SYNTAX_ERROR).
    logger.error(nebula.fromError({ errno: -1004, message: 'boom' }));
    const { err } = JSON.parse(lines[0]!);
    expect(err).toMatchObject({ type: 'NebulaSyntaxError', message: 'boom', code: -1004, system: 'nebula' });
    expect(err.stack).toMatch(/^NebulaSyntaxError \[-1004\]: boom\n/);
    expect(err.stack).not.toContain('caused by');
  });

  it('a failure with no answer says so, and its cause says how: each message once', async () => {
    const { logger, lines } = capturing();
    const refused = await startLoopback({});
    const url = refused.url('/resize');
    await refused.close();
    await resizeGraph(url, logger);
    const { err } = JSON.parse(lines[0]!);
    expect(err).toMatchObject({ type: 'GesError', system: 'ges', transport: 'ECONNREFUSED', retryable: true });
    // pino joins the messages down the cause chain: ours, fetch's, then the socket's.
    expect(err.message).toMatch(/^Huawei Cloud GES: no answer \(ECONNREFUSED\): fetch failed: connect ECONNREFUSED 127\.0\.0\.1:\d+$/);
    expect(err.stack).toMatch(/\ncaused by: TypeError: fetch failed\n/);
  });

  it('an error passed as the first argument is serialized the same way', async () => {
    const { logger, lines } = capturing();
    const err = await fromResponse(await fetch(server.url('/resize'), { method: 'POST' }));
    logger.error(err);
    expect(JSON.parse(lines[0]!).err).toMatchObject({ system: 'ges', code: 'GES.7005', retryable: true, httpStatus: 503, requestId: 'req-7005' });
  });
});
