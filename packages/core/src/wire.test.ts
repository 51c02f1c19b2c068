import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, getHeader, isFetchResponse, parseBody, readFetchResponse } from './wire.js';
import { stripControl, describeValue } from './text.js';

describe('wire helpers', () => {
  it('decode text from bytes of every common kind', () => {
    const bytes = new TextEncoder().encode('语法错误');
    expect(decodeText(bytes)).toBe('语法错误');
    expect(decodeText(bytes.buffer)).toBe('语法错误');
    expect(decodeText(Buffer.from('abc'))).toBe('abc');
    expect(decodeText(JSON.parse(JSON.stringify(Buffer.from('abc'))))).toBe('abc');
    expect(decodeText(42)).toBeUndefined();
  });

  it('parse JSON text and bytes, and keep non-JSON text as text', () => {
    expect(parseBody('{"error":"disk not found"}')).toEqual({ error: 'disk not found' });
    expect(parseBody(new TextEncoder().encode(' {"a":1} '))).toEqual({ a: 1 });
    expect(parseBody('<html>bad gateway</html>')).toBe('<html>bad gateway</html>');
    expect(parseBody('{"broken"')).toBe('{"broken"');
  });

  it('find headers in Headers, Maps, pair arrays and objects of any case', () => {
    expect(getHeader(new Headers({ 'X-Request-Id': 'a' }), 'x-request-id')).toBe('a');
    expect(getHeader(new Map([['x-request-id', 'b']]), 'X-Request-Id')).toBe('b');
    expect(getHeader([['X-REQUEST-ID', 'c']], 'x-request-id')).toBe('c');
    expect(getHeader({ 'x-request-id': ['d', 'e'] }, 'X-Request-Id')).toBe('d');
    expect(getHeader({ 'x-polaris-code': 400301 }, 'X-Polaris-Code')).toBe('400301');
    expect(getHeader(undefined, 'x')).toBeUndefined();
  });

  it('read a fetch Response without consuming it', async () => {
    const response = new Response('{"error_code":"GES.7000"}', { status: 400, headers: { 'X-Request-Id': 'r' } });
    expect(isFetchResponse(response)).toBe(true);
    const read = await readFetchResponse(response);
    expect(read.status).toBe(400);
    expect(read.body).toEqual({ error_code: 'GES.7000' });
    expect(await response.text()).toBe('{"error_code":"GES.7000"}');
  });

  it('property: helpers never throw on any input', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withTypedArray: true, withNullPrototype: true }), fc.string(), (value, name) => {
        decodeText(value);
        parseBody(value);
        getHeader(value, name);
        isFetchResponse(value);
        describeValue(value);
      }),
    );
  });

  it('property: stripped text has no control characters, and stripping twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (text) => {
        const clean = stripControl(text);
        return !/[\u0000-\u001f\u007f-\u009f]/.test(clean) && stripControl(clean) === clean;
      }),
    );
  });
});
