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

  // What must never reach a terminal or log line, from Unicode's own classes rather than a list:
  // controls (Cc), line and paragraph separators (Zl, Zp), and the bidi embeddings, overrides and
  // isolates of UAX #9 (U+202A-202E, U+2066-2069) that can reorder what a reader sees.
  const unsafe = /[\p{Cc}\p{Zl}\p{Zp}\u202a-\u202e\u2066-\u2069]/u;
  const keepSafe = (text: string): string => [...text].filter((c) => !unsafe.test(c)).join('');

  it('stripping removes exactly the unsafe characters of the whole BMP, keeping the rest in order', () => {
    // Every UTF-16 code unit once (lone surrogates included): a complete check, not a sample.
    const all = String.fromCharCode(...Array.from({ length: 0x10000 }, (_, unit) => unit));
    const clean = stripControl(all);
    expect(clean).not.toMatch(unsafe);
    expect(clean).toBe(keepSafe(all));
    expect(stripControl(clean)).toBe(clean);
  });

  it('property: stripped text has no control characters, and stripping twice changes nothing', () => {
    // Code points of any plane, weighted towards the unsafe ones, so that most strings mix them
    // with text, astral characters and surrogate pairs split by a control character.
    const codePoint = fc.oneof(
      fc.integer({ min: 0, max: 0x10ffff }),
      fc.integer({ min: 0, max: 0xa0 }),
      fc.constantFrom(0x2028, 0x2029, 0x202a, 0x202e, 0x2066, 0x2069, 0xd83d, 0xde00),
    );
    fc.assert(
      fc.property(fc.string({ unit: codePoint.map((c) => String.fromCodePoint(c)), maxLength: 64 }), (text) => {
        const clean = stripControl(text);
        return !unsafe.test(clean) && clean === keepSafe(text) && stripControl(clean) === clean;
      }),
      { numRuns: 300 },
    );
  });
});
