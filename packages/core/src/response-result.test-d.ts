// What every package's fromResponse returns for each kind of argument (`FromResponse<E>`, defined
// once here): a promise exactly where the body is read later (a fetch Response, a body stream), so
// a forgotten `await` is a type error where it can be. Each package pins its export to this type.
import type { Readable } from 'node:stream';
import { describe, expectTypeOf, it } from 'vitest';
import type { CodedError } from './coded-error.js';
import type { FromResponse } from './define-wire.js';

declare const fromResponse: FromResponse<CodedError>;
type Sync = CodedError | undefined;
/** axios' response, as its types declare it: `data` is `any` unless the caller says otherwise. */
interface AxiosResponse<T = any> {
  data: T;
  status: number;
  statusText: string;
  headers: Record<string, string>;
  config: unknown;
}

describe('fromResponse result types', () => {
  it('a fetch Response gives a promise', () => {
    expectTypeOf(fromResponse(new Response())).toEqualTypeOf<Promise<Sync>>();
    expectTypeOf(fromResponse(new Response(), { maxBytes: 1024, timeoutMs: 1000 })).toEqualTypeOf<Promise<Sync>>();
  });

  it('a value typed unknown may be either, and awaiting it gives the error or undefined', async () => {
    const response: unknown = new Response();
    expectTypeOf(fromResponse(response)).toEqualTypeOf<Sync | Promise<Sync>>();
    expectTypeOf(await fromResponse(response)).toEqualTypeOf<Sync>();
  });

  it('a plain value or exchange is synchronous', () => {
    expectTypeOf(fromResponse({ error_code: -1004, error_msg: 'syntax error' })).toEqualTypeOf<Sync>();
    expectTypeOf(fromResponse({ status: 400, headers: { 'content-type': 'application/json' }, body: '{}' })).toEqualTypeOf<Sync>();
    expectTypeOf(fromResponse({ status: 400, body: new Uint8Array() })).toEqualTypeOf<Sync>();
  });

  it('an exchange whose body is a stream gives a promise', () => {
    expectTypeOf(fromResponse({ status: 400, headers: {}, body: new ReadableStream() })).toEqualTypeOf<Promise<Sync>>();
    expectTypeOf(fromResponse({ statusCode: 400, headers: {}, body: {} as Readable })).toEqualTypeOf<Promise<Sync>>();
  });

  it("axios' response is synchronous for its parsed data (typed any) and a promise for a stream", () => {
    expectTypeOf(fromResponse({} as AxiosResponse)).toEqualTypeOf<Sync>();
    expectTypeOf(fromResponse({} as AxiosResponse<unknown>)).toEqualTypeOf<Sync>();
    expectTypeOf(fromResponse({} as AxiosResponse<Readable>)).toEqualTypeOf<Promise<Sync>>();
  });

  it('a forgotten await is a type error where the promise is used as an error', async () => {
    const response = new Response();
    // @ts-expect-error a Promise is not an Error
    const err: Error | undefined = fromResponse(response);
    // @ts-expect-error nor a maybe-promise, for a value typed unknown
    const maybe: Error | undefined = fromResponse(response as unknown);
    // @ts-expect-error a promise is always truthy: TypeScript asks whether an await is missing
    if (fromResponse(response)) throw new Error('unreachable');
    const awaited: Error | undefined = await fromResponse(response);
    expectTypeOf([err, maybe, awaited]).toEqualTypeOf<(Error | undefined)[]>();
  });
});
