import { describe, expect, it } from 'vitest';
import { makeFixture } from '../test/fixture.js';
import * as core from './index.js';

const f = makeFixture(core);

describe('CodedError construction', () => {
  it('takes the catalog message when none is given, in the asked language with fallback', () => {
    expect(new f.DemoRaftTooManyRequestsError().message).toBe('Too many requests');
    expect(new f.DemoRaftTooManyRequestsError(undefined, { locale: 'zh' }).message).toBe('请求数量过多');
    // -3002 has no Chinese text: zh falls back to English.
    expect(new f.DemoKeyHasExistsError(undefined, { locale: 'zh' }).message).toBe('Key already exists');
    expect(new f.DemoRaftTooManyRequestsError('server says so').message).toBe('server says so');
  });

  it('sets every documented field from the class and the options', () => {
    const cause = new Error('socket');
    const err = new f.DemoRaftTooManyRequestsError(undefined, { cause, requestId: 'r-1', details: { part: 3 }, httpStatus: 503 });
    expect(err).toMatchObject({
      name: 'DemoRaftTooManyRequestsError',
      system: 'demo',
      code: -3523,
      symbol: 'E_RAFT_TOO_MANY_REQUESTS',
      category: 'raft',
      retryable: true,
      requestId: 'r-1',
      details: { part: 3 },
      httpStatus: 503,
    });
    expect(err.cause).toBe(cause);
    expect(err.stack).toContain('DemoRaftTooManyRequestsError [-3523]: Too many requests');
  });

  it('has no cause property unless one is given, like Error', () => {
    expect('cause' in new f.DemoRaftTooManyRequestsError()).toBe(false);
    expect('cause' in new f.DemoRaftTooManyRequestsError(undefined, { cause: undefined })).toBe(true);
  });

  it('a per-code class ignores options.code; base and category keep an unknown code', () => {
    expect(new f.DemoRaftTooManyRequestsError(undefined, { code: -1 } as never).code).toBe(-3523);
    const base = new f.DemoError(undefined, { code: -9999 });
    expect(base.code).toBe(-9999);
    expect(base.symbol).toBeUndefined();
    // Constructed directly, the message is the system's name; the code is in the fields and the trace.
    expect(base.message).toBe('Demo error');
    expect(String(base)).toBe('DemoError [-9999]: Demo error');
    expect(new f.DemoRaftError(undefined, { code: -3555 }).category).toBe('raft');
  });

  it('keeps the raw value non-enumerable, out of logs and JSON', () => {
    const raw = { body: 'secret' };
    const err = new f.DemoError(undefined, { code: -9999, raw });
    expect(err.raw).toBe(raw);
    expect(Object.keys(err)).not.toContain('raw');
    expect(JSON.stringify(err)).not.toContain('secret');
  });

  it('a logged error shows name, system, category and the facts of its code, and nothing undefined', () => {
    // Structured loggers and spreads copy own enumerable fields: the class facts come first.
    expect(Object.keys(new f.DemoRaftTooManyRequestsError())).toEqual(['name', 'system', 'category', 'code', 'symbol', 'retryable']);
    expect(Object.keys(new f.DemoRaftTooManyRequestsError(undefined, { requestId: 'r-1', httpStatus: 503 }))).toEqual([
      'name',
      'system',
      'category',
      'code',
      'symbol',
      'retryable',
      'httpStatus',
      'requestId',
    ]);
    expect({ ...new f.DemoRaftTooManyRequestsError() }).toMatchObject({ name: 'DemoRaftTooManyRequestsError', system: 'demo', category: 'raft' });
    // A base instance without a category has no category field; the raw value is never own.
    expect(Object.keys(new f.DemoError(undefined, { code: -9999 }))).toEqual(['name', 'system', 'code', 'retryable']);
    // Without a code (a transport failure), no code field at all.
    expect(Object.keys(new f.DemoError('refused', { transport: 'ECONNREFUSED', retryable: true }))).toEqual(['name', 'system', 'retryable', 'transport']);
    expect(Object.getOwnPropertyNames(new f.DemoError(undefined, { code: -9999, raw: { body: 'x' } }))).not.toContain('raw');
  });

  it('toString and the inspected error name the code, as Node names its own coded errors', () => {
    expect(String(new f.DemoRaftTooManyRequestsError('busy'))).toBe('DemoRaftTooManyRequestsError [-3523]: busy');
    expect(String(new f.DemoError('plain'))).toBe('DemoError: plain');
  });

  it('names survive minification: name is a literal per class, not constructor.name', () => {
    const Renamed = f.DemoRaftTooManyRequestsError;
    Object.defineProperty(Renamed, 'name', { value: 'a' });
    expect(new Renamed().name).toBe('DemoRaftTooManyRequestsError');
  });
});

describe('toJSON', () => {
  it('gives plain data that round-trips through JSON and structuredClone unchanged', () => {
    const err = new f.DemoRaftTooManyRequestsError('busy', {
      requestId: 'r-2',
      details: { attempt: 2 },
      cause: new f.DemoKeyHasExistsError(undefined, { cause: new TypeError('inner') }),
    });
    const json = err.toJSON();
    expect(json).toEqual({
      name: 'DemoRaftTooManyRequestsError',
      system: 'demo',
      code: -3523,
      symbol: 'E_RAFT_TOO_MANY_REQUESTS',
      message: 'busy',
      category: 'raft',
      retryable: true,
      requestId: 'r-2',
      details: { attempt: 2 },
      cause: {
        name: 'DemoKeyHasExistsError',
        system: 'demo',
        code: -3002,
        symbol: 'E_KEY_HAS_EXISTS',
        message: 'Key already exists',
        category: 'storage',
        retryable: false,
        cause: { name: 'TypeError', message: 'inner' },
      },
    });
    expect(JSON.parse(JSON.stringify(err))).toEqual(json);
    expect(structuredClone(json)).toEqual(json);
  });

  it('cuts cause cycles and unserializable details instead of throwing', () => {
    const a = new f.DemoError('a', { code: -1 });
    const b = new f.DemoError('b', { code: -2, cause: a });
    (a as { cause?: unknown }).cause = b;
    const details: Record<string, unknown> = { n: 1n, fn: () => 1 };
    details.self = details;
    const c = new f.DemoError('c', { code: -3, cause: b, details });
    const text = JSON.stringify(c);
    expect(JSON.parse(text).cause.cause.cause).toBe('[Circular]');
    expect(JSON.parse(text).details).toEqual({ n: '1', self: '[Circular]' });
  });

  it('does not copy an outside error\'s own toJSON (axios errors carry request config)', () => {
    const axiosLike = Object.assign(new Error('Request failed'), {
      code: 'ERR_BAD_RESPONSE',
      config: { headers: { Authorization: 'Bearer secret' } },
      toJSON: () => ({ config: { headers: { Authorization: 'Bearer secret' } } }),
    });
    const json = JSON.stringify(new f.DemoError('x', { cause: axiosLike }));
    expect(json).not.toContain('secret');
    expect(JSON.parse(json).cause).toEqual({ name: 'Error', message: 'Request failed', code: 'ERR_BAD_RESPONSE' });
  });
});

describe('wire-known facts of codes outside the catalog', () => {
  it('a base or category instance keeps a symbol and retry flag given by the wire, and JSON keeps them', () => {
    const err = new f.DemoError('Not Found', { code: 404, symbol: 'ErrNotFound', retryable: true });
    expect([err.symbol, err.retryable]).toEqual(['ErrNotFound', true]);
    const back = f.system.fromJSON(JSON.parse(JSON.stringify(err)));
    expect([back.constructor, back.symbol, back.retryable]).toEqual([f.DemoError, 'ErrNotFound', true]);
  });

  it('a per-code class keeps its own facts whatever the options say', () => {
    const err = new f.DemoKeyHasExistsError(undefined, { symbol: 'X', retryable: true } as never);
    expect([err.symbol, err.retryable]).toEqual(['E_KEY_HAS_EXISTS', false]);
  });
});
