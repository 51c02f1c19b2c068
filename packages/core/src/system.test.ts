import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeFixture } from '../test/fixture.js';
import * as core from './index.js';

const f = makeFixture(core);
const { fromCode, fromJSON, classFor, isSuccessCode } = f.system;

describe('defineSystem: fromCode', () => {
  it('gives the per-code class for a catalog code in any natural form', () => {
    for (const input of [-3523, '-3523', ' -3523 ', BigInt(-3523)]) {
      expect(fromCode(input)).toBeInstanceOf(f.DemoRaftTooManyRequestsError);
    }
  });

  it('gives the narrowest category class for an unknown code in a range, else the base', () => {
    expect(fromCode(-3555)).toBeInstanceOf(f.DemoRaftError);
    expect(fromCode(-3555).code).toBe(-3555);
    expect(fromCode(-3100)).toBeInstanceOf(f.DemoStorageError);
    expect(fromCode(-3100)).not.toBeInstanceOf(f.DemoRaftError);
    const base = fromCode(-42);
    expect(base.constructor).toBe(f.DemoError);
    expect(base.message).toContain('-42');
  });

  it('a server message wins over the catalog; an empty one does not', () => {
    expect(fromCode(-3523, { message: 'raft busy' }).message).toBe('raft busy');
    expect(fromCode(-3523, { message: '' }).message).toBe('Too many requests');
  });

  it('throws a RangeError for a success code, in any form', () => {
    expect(() => fromCode(0)).toThrow(RangeError);
    expect(() => fromCode('0')).toThrow(/success/);
    expect(isSuccessCode(' 0 ')).toBe(true);
  });

  it('keeps garbage as the raw value and says what it was, without echoing control characters', () => {
    for (const garbage of [Number.NaN, {}, '__proto__', 'constructor', null, [1], Symbol('x'), '\u001b[31m-1']) {
      const err = fromCode(garbage);
      expect(err.constructor).toBe(f.DemoError);
      expect(err.code).toBeUndefined();
      expect(err.raw).toBe(garbage);
      expect(err.message).not.toMatch(/[\u0000-\u001f]/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('property: any input gives a system error or a RangeError for success, never anything else', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true }), (input) => {
        try {
          const err = fromCode(input);
          expect(f.system.isError(err)).toBe(true);
          expect(err.raw === input || err.code !== undefined).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
          expect(isSuccessCode(input)).toBe(true);
        }
      }),
    );
  });

  it('classFor never throws and answers the class fromCode would use', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 10 }), (code) => {
        fc.pre(code !== 0);
        expect(fromCode(code).constructor).toBe(classFor(code));
      }),
    );
  });
});

describe('defineSystem: fromJSON', () => {
  it('restores the same class at every level, and keeps a base instance made with a catalog code a base', () => {
    const made = [
      new f.DemoRaftTooManyRequestsError('m', { requestId: 'r', details: { a: 1 } }),
      new f.DemoRaftError(undefined, { code: -3555 }),
      new f.DemoError('lost', { code: -9999 }),
      new f.DemoError('made by hand', { code: -3523 }),
    ];
    for (const err of made) {
      const back = fromJSON(JSON.parse(JSON.stringify(err)));
      expect(back.constructor).toBe(err.constructor);
      expect(back.toJSON()).toEqual(err.toJSON());
    }
  });

  it('restores a cause chain, own-system causes as classes', () => {
    const err = new f.DemoError('outer', { code: -1, cause: new f.DemoKeyHasExistsError(undefined, { cause: new RangeError('low') }) });
    const back = fromJSON(structuredClone(err.toJSON()));
    expect(back.cause).toBeInstanceOf(f.DemoKeyHasExistsError);
    const inner = (back.cause as Error).cause as Error;
    expect(inner).toBeInstanceOf(Error);
    expect([inner.name, inner.message]).toEqual(['RangeError', 'low']);
  });

  it('property: never throws, always a system error; round trip of any made error is stable', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true }), (input) => {
        expect(f.system.isError(fromJSON(input))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(-3523, -3002, -3555, -3100, -1), fc.string(), fc.option(fc.string(), { nil: undefined }), (code, message, requestId) => {
        const err = fromCode(code, { message, requestId });
        expect(fromJSON(JSON.parse(JSON.stringify(err))).toJSON()).toEqual(err.toJSON());
      }),
    );
  });

  it('a deep cause chain is bounded', () => {
    let json: Record<string, unknown> = { system: 'demo', code: -1, message: 'leaf' };
    for (let i = 0; i < 10_000; i++) json = { system: 'demo', code: -1, message: String(i), cause: json };
    expect(() => fromJSON(json)).not.toThrow();
  });
});
