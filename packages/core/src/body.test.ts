import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, parseBody, readBody } from './body.js';

describe('bodies', () => {
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

  it('past the bound, a body is not decoded whole but its prefix is kept', () => {
    const big = `{"errors":[{"code":0}],"pad":"${'x'.repeat(4096)}"}`;
    const over = readBody(new TextEncoder().encode(big), 1024);
    expect(over.kind).toBe('over');
    expect(over.kind === 'over' && over.prefix.startsWith('{"errors":[{"code":0}]')).toBe(true);
    expect(readBody(big, 1024).kind).toBe('over');
    expect(readBody({ type: 'Buffer', data: new Array(2048).fill(32) }, 1024).kind).toBe('over');
    // 8 MiB by default: a 3.8 MB result is read whole.
    expect(readBody(new Uint8Array(3_800_000).fill(32)).kind).toBe('none');
  });

  it('property: never throws on any input', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true }), fc.integer({ min: -1, max: 64 }), (value, max) => {
        readBody(value, max);
        parseBody(value);
        decodeText(value);
      }),
      { numRuns: 200 },
    );
  });
});
