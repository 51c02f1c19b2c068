// Recipe: log a caught errs error with winston, `format.errors()` + `format.json()`, no custom
// format. format.errors() copies an error's own enumerable fields into the log entry, and errs
// errors carry their facts as such. The lines are captured from a Stream transport and parsed.
// Expected facts: the blobstore docs (611 "disk not found", blobnode 600–699), the status and
// tracer header the loopback server sends, and the contract's field names.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Loopback, json, startLoopback } from '../loopback/server.js';

// #region readme:winston
import winston from 'winston';
import { fromResponse } from '@errs/blobstore';

export const logger = winston.createLogger({
  format: winston.format.combine(winston.format.errors({ stack: true }), winston.format.json()),
  transports: [new winston.transports.Console()],
});

export async function getShard(url: string, log = logger): Promise<void> {
  const res = await fetch(url);
  const err = await fromResponse(res);
  if (err) log.error(err);
  // {"category":"blobnode","code":611,"httpStatus":611,"level":"error","message":"disk not found",
  //  "name":"BlobstoreDiskNotFoundError","requestId":"trace-611","retryable":false,
  //  "stack":"BlobstoreDiskNotFoundError [611]: disk not found\n    at ...","symbol":"CodeDiskNotFound","system":"blobstore"}
}
// #endregion readme:winston

let server: Loopback;

beforeAll(async () => {
  server = await startLoopback({
    '/shard/get/diskid/17/vuid/3/bid/9': json(611, { error: 'disk not found' }, { 'Blobstore-Tracer-Traceid': 'trace-611' }),
  });
});

afterAll(async () => {
  await server?.close();
});

/** A JSON winston logger (the recipe's format) whose lines land in an array. */
function capturing(): { log: winston.Logger; lines: Promise<string[]> } {
  const lines: string[] = [];
  let done: (lines: string[]) => void;
  const first = new Promise<string[]>((resolve) => (done = resolve));
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done(lines);
      callback();
    },
  });
  const log = winston.createLogger({
    format: winston.format.combine(winston.format.errors({ stack: true }), winston.format.json()),
    transports: [new winston.transports.Stream({ stream })],
  });
  return { log, lines: first };
}

const url = () => server.url('/shard/get/diskid/17/vuid/3/bid/9');

describe('recipe: winston logs the facts of an errs error', { timeout: 5_000 }, () => {
  it('logger.error(err): the JSON line has every field an operator filters on', async () => {
    const { log, lines } = capturing();
    await getShard(url(), log);
    const [line] = await lines;
    expect(JSON.parse(line!)).toMatchObject({
      level: 'error',
      message: 'disk not found',
      name: 'BlobstoreDiskNotFoundError',
      system: 'blobstore',
      category: 'blobnode',
      code: 611,
      symbol: 'CodeDiskNotFound',
      retryable: false,
      httpStatus: 611,
      requestId: 'trace-611',
      stack: expect.stringMatching(/^BlobstoreDiskNotFoundError \[611\]: disk not found\n/),
    });
  });

  it("logger.error('text', err) merges the same fields, with both messages", async () => {
    const { log, lines } = capturing();
    const err = await fromResponse(await fetch(url()));
    log.error('shard read failed:', err);
    const [line] = await lines;
    expect(JSON.parse(line!)).toMatchObject({
      message: 'shard read failed: disk not found',
      system: 'blobstore',
      category: 'blobnode',
      code: 611,
      symbol: 'CodeDiskNotFound',
      retryable: false,
      httpStatus: 611,
      requestId: 'trace-611',
    });
  });
});
