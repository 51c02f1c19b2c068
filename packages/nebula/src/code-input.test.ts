// fromCode's types reject what is not a NebulaGraph code; the runtime stays total for callers the
// types do not reach (JavaScript, casts, `any`): garbage gives the base class and never throws,
// and a success code throws a RangeError
// (DESIGN.md, fromCode).
import { describe, expect, it } from 'vitest';
import { NebulaError, NebulaSyntaxError, fromCode } from './index.js';

describe('fromCode with input its types reject', () => {
  it('what is not a code gives the base class, keeping the input as raw', () => {
    const object = {};
    const made = [
      // @ts-expect-error not a decimal string
      [fromCode('hello'), 'hello'],
      // @ts-expect-error an object
      [fromCode(object), object],
      // @ts-expect-error null
      [fromCode(null), null],
    ] as const;
    for (const [err, input] of made) {
      expect(err.constructor).toBe(NebulaError);
      expect(err.raw).toBe(input);
    }
    // @ts-expect-error no code at all
    expect(fromCode(undefined).constructor).toBe(NebulaError);
  });

  it('the success code throws a RangeError that says so, in any form', () => {
    // Block bodies: a rejected call as an arrow's expression body is checked again in each of
    // `expect`'s inference passes, which cost seconds of type-check time.
    expect(() => {
      // @ts-expect-error 0 is SUCCEEDED
      fromCode(0);
    }).toThrow(RangeError);
    expect(() => {
      // @ts-expect-error nor in its string form
      fromCode('0');
    }).toThrow(/success/);
  });

  it('the forms the types admit give the class of the code', () => {
    expect(fromCode(' -1004 ')).toBeInstanceOf(NebulaSyntaxError);
    expect(fromCode(-1004n)).toBeInstanceOf(NebulaSyntaxError);
    const wire: string = '-1004';
    expect(fromCode(wire)).toBeInstanceOf(NebulaSyntaxError);
  });
});
