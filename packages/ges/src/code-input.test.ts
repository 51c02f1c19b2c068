// fromCode's types reject what is not a Huawei Cloud GES code; the runtime stays total for callers the
// types do not reach (JavaScript, casts, `any`): garbage gives the base class and never throws
// (DESIGN.md, fromCode).
import { describe, expect, it } from 'vitest';
import { GesError, GesGraphNotFoundError, fromCode } from './index.js';

describe('fromCode with input its types reject', () => {
  it('what is not a code gives the base class, keeping the input as raw', () => {
    const object = {};
    const made = [
      // @ts-expect-error not a GES code
      [fromCode('hello'), 'hello'],
      // @ts-expect-error an object
      [fromCode(object), object],
      // @ts-expect-error null
      [fromCode(null), null],
      // @ts-expect-error GES codes are strings: 'GES.7000', not 7000
      [fromCode(7000), 7000],
      // @ts-expect-error the digits alone are not the code
      [fromCode('7000'), '7000'],
    ] as const;
    for (const [err, input] of made) {
      expect(err.constructor).toBe(GesError);
      expect(err.raw).toBe(input);
    }
    // @ts-expect-error no code at all
    expect(fromCode(undefined).constructor).toBe(GesError);
  });

  it('the forms the types admit give the class of the code', () => {
    expect(fromCode('GES.7000')).toBeInstanceOf(GesGraphNotFoundError);
    expect(fromCode(' ges.7000\n')).toBeInstanceOf(GesGraphNotFoundError);
    expect(fromCode('Ges.7000')).toBeInstanceOf(GesGraphNotFoundError);
    const wire: string = 'GES.7000';
    expect(fromCode(wire)).toBeInstanceOf(GesGraphNotFoundError);
  });
});
