import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BlobstoreAccessError,
  BlobstoreAccessExceedSizeError,
  BlobstoreAccessLimitedError,
  BlobstoreAccessServiceDiscoveryError,
  BlobstoreBlobnodeError,
  BlobstoreCMDiskNotFoundError,
  BlobstoreDiskNotFoundError,
  BlobstoreError,
  BlobstoreJsonDecodeError,
  BlobstoreShardNotFoundError,
  BlobstoreNoLeaderError,
  fromJSON,
  fromResponse,
  isBlobstoreError,
  isRetryable,
} from './index.js';

const bytes = (text: string) => new TextEncoder().encode(text);
/** The body rpc.Context.RespondError writes: rpc.errorResponse, `code` omitted when empty. */
const errorBody = (error: string, code?: string) => JSON.stringify(code ? { error, code } : { error });

describe('fromResponse: the status is the code', () => {
  it('reads {"error": "disk not found"} with status 611', () => {
    const response = { status: 611, headers: { 'Content-Type': 'application/json' }, body: { error: 'disk not found' } };
    const err = fromResponse(response);
    expect(err).toBeInstanceOf(BlobstoreDiskNotFoundError);
    expect(err).toBeInstanceOf(BlobstoreBlobnodeError);
    expect(err?.constructor).toBe(BlobstoreDiskNotFoundError);
    expect(err).toMatchObject({ name: 'BlobstoreDiskNotFoundError', code: 611, symbol: 'CodeDiskNotFound', httpStatus: 611, category: 'blobnode', retryable: false });
    expect(err?.message).toBe('disk not found');
    expect(err?.raw).toBe(response);
    expect(Object.keys(err!)).not.toContain('raw');
  });

  it('tells blobnode 611 from clustermgr 911 by status, though the message is the same', () => {
    expect(fromResponse({ status: 911, body: errorBody('disk not found') })?.constructor).toBe(BlobstoreCMDiskNotFoundError);
  });

  it('reads the body as an object, JSON text, or JSON bytes of every kind', () => {
    const text = errorBody('no leader');
    for (const body of [JSON.parse(text) as object, text, ` ${text}\n`, bytes(text), bytes(text).buffer, Buffer.from(text), new DataView(bytes(text).buffer)]) {
      const err = fromResponse({ status: 907, body });
      expect(err?.constructor).toBe(BlobstoreNoLeaderError);
      expect(err?.message).toBe('no leader');
      expect(isRetryable(err)).toBe(true);
    }
  });

  it('prefers the server text over the catalog, and falls back to the catalog when there is none', () => {
    expect(fromResponse({ status: 611, body: errorBody('disk not found: diskID 17') })?.message).toBe('disk not found: diskID 17');
    for (const body of [undefined, null, '', '  ', new Uint8Array(), '{}', { error: '' }, { error: 42 }]) {
      const err = fromResponse({ status: 611, body });
      expect(err?.constructor).toBe(BlobstoreDiskNotFoundError);
      expect(err?.message).toBe('disk not found');
    }
  });

  it('keeps an error code the body carries', () => {
    const err = fromResponse({ status: 611, body: errorBody('disk not found', 'NoSuchDisk') });
    expect(err?.details).toEqual({ errorCode: 'NoSuchDisk' });
  });

  it('reads `data` (axios) and `statusCode` (got, Node) as well', () => {
    expect(fromResponse({ status: 611, data: { error: 'disk not found' } })).toBeInstanceOf(BlobstoreDiskNotFoundError);
    expect(fromResponse({ statusCode: 611, body: errorBody('x') })).toBeInstanceOf(BlobstoreDiskNotFoundError);
    expect(fromResponse({ status: '611', body: errorBody('x') })).toBeInstanceOf(BlobstoreDiskNotFoundError);
  });

  it('puts an unknown status in the category class of its range, keeping code and text', () => {
    const err = fromResponse({ status: 612, body: errorBody('blobnode: something new') });
    expect(err?.constructor).toBe(BlobstoreBlobnodeError);
    expect(err?.code).toBe(612);
    expect(err?.message).toBe('blobnode: something new');
    const gateway = fromResponse({ status: 502, body: errorBody('upstream went away') });
    expect(gateway?.constructor).toBe(BlobstoreError);
    expect(gateway).toMatchObject({ code: 502, httpStatus: 502, message: 'upstream went away' });
  });
});

describe('fromResponse: statuses shared with the generic errors are told apart by the message', () => {
  it('400 "Illegal Arguments" is the generic error, 400 "access exceed object size" the catalog code', () => {
    const generic = fromResponse({ status: 400, body: errorBody('Illegal Arguments') });
    expect(generic?.constructor).toBe(BlobstoreError);
    expect(generic).not.toBeInstanceOf(BlobstoreAccessExceedSizeError);
    expect(generic).not.toBeInstanceOf(BlobstoreAccessError);
    expect(generic).toMatchObject({ name: 'BlobstoreError', code: 400, httpStatus: 400, message: 'Illegal Arguments', retryable: false });
    expect(generic?.symbol).toBe('ErrIllegalArguments');

    const notAllowed = fromResponse({ status: 400, body: errorBody('Request Not Allow') });
    expect(notAllowed?.constructor).toBe(BlobstoreError);
    expect(notAllowed?.symbol).toBe('ErrRequestNotAllow');

    const tooLarge = fromResponse({ status: 400, body: errorBody('access exceed object size') });
    expect(tooLarge?.constructor).toBe(BlobstoreAccessExceedSizeError);
    expect(tooLarge).toBeInstanceOf(BlobstoreAccessError);
    expect(tooLarge).toMatchObject({ code: 400, symbol: 'CodeAccessExceedSize', message: 'access exceed object size' });
  });

  it('404 "Not Found" is the generic error, 404 "shard not found" the catalog code', () => {
    const generic = fromResponse({ status: 404, body: errorBody('Not Found') });
    expect(generic?.constructor).toBe(BlobstoreError);
    expect(generic).toMatchObject({ code: 404, symbol: 'ErrNotFound' });
    expect(fromResponse({ status: 404, body: errorBody('shard not found') })?.constructor).toBe(BlobstoreShardNotFoundError);
  });

  it('matches messages regardless of case and surrounding blanks, keeping the server text', () => {
    const err = fromResponse({ status: 404, body: errorBody(' not found ') });
    expect(err?.symbol).toBe('ErrNotFound');
    expect(err?.message).toBe(' not found ');
    expect(fromResponse({ status: 400, body: errorBody('Access Exceed Object Size') })).toBeInstanceOf(BlobstoreAccessExceedSizeError);
  });

  it('any other message on a shared status is not the catalog code, but keeps status and text', () => {
    // rpc's Context.ParseArgs: NewError(400, "Argument", err).
    const err = fromResponse({ status: 400, body: errorBody('json: cannot unmarshal string into Go value of type proto.Vid', 'Argument') });
    expect(err?.constructor).toBe(BlobstoreError);
    expect(err).toMatchObject({ code: 400, httpStatus: 400, message: 'json: cannot unmarshal string into Go value of type proto.Vid' });
    expect(err?.details).toEqual({ errorCode: 'Argument' });
  });

  it('a shared status without a message keeps the status as the code on a base instance', () => {
    const err = fromResponse({ status: 404, body: '' });
    expect(err?.constructor).toBe(BlobstoreError);
    expect(err?.code).toBe(404);
    expect(err?.message).toMatch(/HTTP 404 without an error message/);
    expect(fromResponse({ status: 400 })?.constructor).toBe(BlobstoreError);
    // rpc.ReplyErr marshals rpc.Error itself; its Err field comes out as {}.
    expect(fromResponse({ status: 404, body: '{"Status":404,"Code":"","Err":{}}' })?.constructor).toBe(BlobstoreError);
  });

  it('the other generic errors are base instances too, with the retry flag of common.go', () => {
    const cases = [
      [408, 'Request Timeout', 'ErrRequestTimeout', true],
      [416, 'Request Range Not Satisfiable', 'ErrRequestedRangeNotSatisfiable', false],
      [499, 'Reader Error', 'ErrReaderError', false],
      [500, 'Unexpected Error', 'ErrUnexpected', true],
    ] as const;
    for (const [status, message, symbol, retryable] of cases) {
      const err = fromResponse({ status, body: errorBody(message) })!;
      expect(err.constructor).toBe(BlobstoreError);
      expect(err).toMatchObject({ code: status, httpStatus: status, message, symbol, retryable });
      expect(isRetryable(err)).toBe(retryable);
      expect(isRetryable(new Error('wrapped', { cause: err }))).toBe(retryable);
      // The round trip keeps the generic facts, the retry flag included.
      const back = fromJSON(JSON.parse(JSON.stringify(err)));
      expect(back.constructor).toBe(BlobstoreError);
      expect(back.toJSON()).toEqual(err.toJSON());
      expect(back.retryable).toBe(retryable);
    }
  });

  it('a 500 that is not the generic one is a plain 500', () => {
    // errors.Error2HTTPError: any other error becomes 500 with code "ServerError".
    const err = fromResponse({ status: 500, body: errorBody('open /data/disk3: input/output error', 'ServerError') })!;
    expect(err.constructor).toBe(BlobstoreError);
    // A bare 500 is retryable in every system (the access SDK's shouldRetry retries it too).
    expect(err).toMatchObject({ code: 500, message: 'open /data/disk3: input/output error', details: { errorCode: 'ServerError' }, retryable: true });
  });
});

describe('fromResponse: success', () => {
  it('gives undefined for 1xx, 2xx and 3xx', () => {
    for (const status of [100, 200, 204, 206, 299, 301, 304, 399]) {
      expect(fromResponse({ status, body: '{"location":{"cluster_id":1}}' })).toBeUndefined();
      expect(fromResponse({ status, body: errorBody('disk not found') })).toBeUndefined();
    }
  });

  it('201 is a success, unless the body is the generic "Data Already Exist" error', () => {
    expect(fromResponse({ status: 201, body: '{"vid":3}' })).toBeUndefined();
    expect(fromResponse({ status: 201 })).toBeUndefined();
    expect(fromResponse({ status: 201, body: errorBody('something else') })).toBeUndefined();
    const exists = fromResponse({ status: 201, body: errorBody('Data Already Exist') })!;
    expect(exists.constructor).toBe(BlobstoreError);
    expect(exists).toMatchObject({ code: 201, httpStatus: 201, message: 'Data Already Exist', symbol: 'ErrExist', retryable: false });
  });
});

describe('fromResponse: bodies JSON cannot decode (the Go client\'s 598)', () => {
  const html = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n';

  it('an HTML page from a proxy under a status that is no catalog code is that bare status', () => {
    const response = { status: 502, headers: { 'content-type': 'text/html' }, body: html };
    const err = fromResponse(response)!;
    expect(err.constructor).toBe(BlobstoreError);
    expect(err).toMatchObject({ code: 502, httpStatus: 502, retryable: true });
    expect(err.raw).toBe(response);
    expect(JSON.stringify(err)).not.toContain('Bad Gateway');
  });

  it('truncated JSON, JSON that is not an object, and plain text under a catalog code are the JSONDecode error', () => {
    for (const [status, body] of [[611, '{"error":"disk not f'], [611, '["disk not found"]'], [911, 42]] as const) {
      const err = fromResponse({ status, body });
      expect(err?.constructor).toBe(BlobstoreJsonDecodeError);
      expect(err?.httpStatus).toBe(status);
    }
    // Under a status the generic errors share (a router's 404 page), the status speaks.
    for (const [status, body] of [[404, '404 page not found\n'], [400, bytes('"Illegal Arguments"')], [500, 42]] as const) {
      const err = fromResponse({ status, body });
      expect([err?.constructor, err?.code]).toEqual([BlobstoreError, status]);
    }
  });

  it('a 598 a server or proxy really sent with a JSON body is read like any code', () => {
    const err = fromResponse({ status: 598, body: errorBody('502 response decode invalid character \'<\'', 'JSONDecode') });
    expect(err?.constructor).toBe(BlobstoreJsonDecodeError);
    expect(err?.message).toBe('502 response decode invalid character \'<\'');
  });
});

describe('fromResponse: request id', () => {
  it('reads Blobstore-Tracer-Traceid, then X-Reqid, then X-Request-Id, from every kind of headers', () => {
    const body = errorBody('disk not found');
    expect(fromResponse({ status: 611, headers: { 'Blobstore-Tracer-Traceid': 'a1', 'X-Reqid': 'b2' }, body })?.requestId).toBe('a1');
    expect(fromResponse({ status: 611, headers: new Headers({ 'x-reqid': 'b2', 'x-request-id': 'c3' }), body })?.requestId).toBe('b2');
    expect(fromResponse({ status: 611, headers: new Map([['X-Request-Id', 'c3']]), body })?.requestId).toBe('c3');
    expect(fromResponse({ status: 611, headers: [['blobstore-tracer-traceid', 'd4']], body })?.requestId).toBe('d4');
    expect(fromResponse({ status: 611, headers: { 'blobstore-tracer-traceid': ['e5', 'f6'] }, body })?.requestId).toBe('e5');
    expect(fromResponse({ status: 611, headers: 'nonsense', body })?.requestId).toBeUndefined();
    expect(fromResponse({ status: 502, headers: { 'X-Reqid': 'g7' }, body: '<html>' })?.requestId).toBe('g7');
  });
});

describe('fromResponse: fetch', () => {
  it('reads a fetch Response into a promise, leaving the response readable', async () => {
    const response = new Response(errorBody('access client service discovery disconnect'), {
      status: 551,
      headers: { 'Content-Type': 'application/json', 'Blobstore-Tracer-Traceid': '6f2c1a' },
    });
    const pending = fromResponse(response);
    expect(pending).toBeInstanceOf(Promise);
    const err = await pending;
    expect(err?.constructor).toBe(BlobstoreAccessServiceDiscoveryError);
    expect(err?.requestId).toBe('6f2c1a');
    expect(err?.httpStatus).toBe(551);
    expect(await response.json()).toEqual({ error: 'access client service discovery disconnect' });
  });

  it('resolves to undefined on success and tells generic 400s apart', async () => {
    expect(await fromResponse(new Response('{"vid":1}', { status: 200 }))).toBeUndefined();
    expect(await fromResponse(new Response(null, { status: 204 }))).toBeUndefined();
    const generic = await fromResponse(new Response(errorBody('Illegal Arguments'), { status: 400 }));
    expect(generic?.symbol).toBe('ErrIllegalArguments');
    expect(await fromResponse(new Response(errorBody('access limited'), { status: 429 }))).toBeInstanceOf(BlobstoreAccessLimitedError);
  });

  it('an HTML body through fetch is the bare status, retryable for a 502, with the Response in raw', async () => {
    const response = new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } });
    const err = await fromResponse(response);
    expect(err?.constructor).toBe(BlobstoreError);
    expect([err?.httpStatus, err?.retryable]).toEqual([502, true]);
    expect(err?.raw).toBe(response);
  });

  it('a network-error Response (status 0) or a used body does not reject', async () => {
    const failed = await fromResponse(Response.error());
    expect(failed?.constructor).toBe(BlobstoreError);
    expect(failed?.message).toMatch(/network error/);
    expect(failed?.retryable).toBe(true);
    const used = new Response(errorBody('disk not found'), { status: 500 });
    await used.text();
    expect(await fromResponse(used)).toBeInstanceOf(BlobstoreError);
  });

  it('reads a 6xx status from a real server through the global fetch', async () => {
    // The Response constructor refuses statuses above 599; the wire does not.
    const server = createServer((_req, res) => {
      res.writeHead(611, { 'Content-Type': 'application/json', 'Blobstore-Tracer-Traceid': '3d9b0c2e' });
      res.end(errorBody('disk not found'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/shard/get`);
      expect(response.status).toBe(611);
      const err = await fromResponse(response);
      expect(err?.constructor).toBe(BlobstoreDiskNotFoundError);
      expect(err?.requestId).toBe('3d9b0c2e');
      expect(err?.message).toBe('disk not found');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('fromResponse: anything else', () => {
  it('is a BlobstoreError that keeps the input and says what was expected', () => {
    const inputs = [null, undefined, 42, 'oops', [], {}, { body: errorBody('disk not found') }, { status: 'x' }, { status: 0 }, { status: 99 }, { status: 1000 }, { status: 611.5 }, { status: -611 }];
    for (const input of inputs) {
      const err = fromResponse(input);
      expect(err?.constructor).toBe(BlobstoreError);
      expect(err?.raw).toBe(input);
      expect(err?.code).toBeUndefined();
      expect(err?.message).toMatch(/^CubeFS blobstore: (not a response|not an HTTP status|network error)/);
    }
  });

  it('survives hostile input', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const getter = { get status(): number { throw new Error('boom'); } };
    for (const input of [proxy, getter, { status: 611, get body(): unknown { throw new Error('boom'); } }]) {
      expect(isBlobstoreError(fromResponse(input))).toBe(true);
    }
  });

  const status = fc.oneof(fc.integer({ min: 100, max: 999 }), fc.constantFrom(201, 400, 404, 408, 500, 552, 553, 598, 611));
  const body = fc.oneof(
    fc.record({ error: fc.oneof(fc.string(), fc.constantFrom('Illegal Arguments', 'Not Found', 'Data Already Exist', 'shard not found')), code: fc.string() }, { requiredKeys: [] }),
    fc.string(),
    fc.uint8Array(),
    fc.anything({ withBigInt: true, withTypedArray: true, withNullPrototype: true }),
  );
  const asWire = (value: unknown) => fc.constantFrom(value, (() => { try { return JSON.stringify(value); } catch { return value; } })());

  it('property: never throws; an error for every status from 400 on, keeping status and input', () => {
    fc.assert(
      fc.property(status, body.chain(asWire), fc.anything(), (code, sent, headers) => {
        const response = { status: code, headers, body: sent };
        const err = fromResponse(response);
        if (code < 400) {
          if (err !== undefined) expect(err.symbol).toBe('ErrExist');
          return;
        }
        expect(isBlobstoreError(err)).toBe(true);
        expect(err!.httpStatus).toBe(code);
        expect(err!.raw).toBe(response);
        const expected = { 552: 429, 553: 400 }[code as 552 | 553] ?? code;
        expect([expected, 598]).toContain(err!.code);
      }),
    );
  });

  it('property: the server text is always the message', () => {
    const message = fc.string({ minLength: 1 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(fc.integer({ min: 400, max: 999 }), message, (code, text) => {
        expect(fromResponse({ status: code, body: JSON.stringify({ error: text }) })?.message).toBe(text);
      }),
    );
  });

});
