// Recipe: log a caught errs error with pino, no custom serializer. pino's standard `err`
// serializer copies an error's own enumerable fields, and errs errors carry their facts as such.
// The log lines are captured from pino's destination stream and parsed as JSON.
// Expected facts: the GES docs (GES.7005, "请稍后重试"), the status and X-Request-Id the loopback
// server sends, and the contract's field names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Loopback, json, startLoopback } from '../loopback/server.js';

// #region readme:pino
import pino from 'pino';
import { fromResponse } from '@errs/ges';

export async function resizeGraph(url: string, logger: pino.Logger): Promise<void> {
  try {
    const res = await fetch(url, { method: 'POST' });
    const err = await fromResponse(res);
    if (err) throw err;
  } catch (err) {
    logger.error({ err }, 'graph resize failed');
    // {"level":50,...,"err":{"type":"GesServiceUnavailableError","message":"...","stack":"...",
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
    expect(line.err.stack).toMatch(/^GesServiceUnavailableError/);
  });

  it('an error passed as the first argument is serialized the same way', async () => {
    const { logger, lines } = capturing();
    const err = await fromResponse(await fetch(server.url('/resize'), { method: 'POST' }));
    logger.error(err);
    expect(JSON.parse(lines[0]!).err).toMatchObject({ system: 'ges', code: 'GES.7005', retryable: true, httpStatus: 503, requestId: 'req-7005' });
  });
});
