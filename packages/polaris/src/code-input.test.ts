// fromCode's types reject what is not a Polaris code; the runtime stays total for callers the
// types do not reach (JavaScript, casts, `any`): garbage gives the base class and never throws,
// and a success code throws a RangeError
// (DESIGN.md, fromCode).
import { describe, expect, it } from 'vitest';
import { PolarisError, PolarisNotFoundServiceError, fromCode } from './index.js';

describe('fromCode with input its types reject', () => {
  it('what is not a code gives the base class, keeping the input as raw', () => {
    const object = {};
    const made = [
      // @ts-expect-error a symbol is not a code
      [fromCode('NotFoundService'), 'NotFoundService'],
      // @ts-expect-error an object
      [fromCode(object), object],
      // @ts-expect-error null
      [fromCode(null), null],
    ] as const;
    for (const [err, input] of made) {
      expect(err.constructor).toBe(PolarisError);
      expect(err.raw).toBe(input);
    }
    // @ts-expect-error no code at all
    expect(fromCode(undefined).constructor).toBe(PolarisError);
  });

  it('the success codes throw a RangeError that says so, in any form', () => {
    // Block bodies: a rejected call as an arrow's expression body is checked again in each of
    // `expect`'s inference passes, which cost seconds of type-check time.
    expect(() => {
      // @ts-expect-error 200000 is ExecuteSuccess
      fromCode(200000);
    }).toThrow(RangeError);
    expect(() => {
      // @ts-expect-error 200002 is NoNeedUpdate, in string form too
      fromCode('200002');
    }).toThrow(/success/);
  });

  it('the forms the types admit give the class of the code', () => {
    expect(fromCode(' 400301 ')).toBeInstanceOf(PolarisNotFoundServiceError);
    const wire: string = '400301';
    expect(fromCode(wire)).toBeInstanceOf(PolarisNotFoundServiceError);
  });
});
