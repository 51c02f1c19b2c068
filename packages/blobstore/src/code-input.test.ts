// fromCode's types reject what is not a CubeFS blobstore code; the runtime stays total for callers the
// types do not reach (JavaScript, casts, `any`): garbage gives the base class and never throws
// (DESIGN.md, fromCode).
import { describe, expect, it } from 'vitest';
import { BlobstoreError, BlobstoreDiskNotFoundError, fromCode } from './index.js';

describe('fromCode with input its types reject', () => {
  it('what is not a code gives the base class, keeping the input as raw', () => {
    const object = {};
    const made = [
      // @ts-expect-error a symbol is not a code
      [fromCode('CodeDiskNotFound'), 'CodeDiskNotFound'],
      // @ts-expect-error an object
      [fromCode(object), object],
      // @ts-expect-error null
      [fromCode(null), null],
    ] as const;
    for (const [err, input] of made) {
      expect(err.constructor).toBe(BlobstoreError);
      expect(err.raw).toBe(input);
    }
    // @ts-expect-error no code at all
    expect(fromCode(undefined).constructor).toBe(BlobstoreError);
  });

  it('the forms the types admit give the class of the code', () => {
    expect(fromCode(' 611 ')).toBeInstanceOf(BlobstoreDiskNotFoundError);
    const wire: string = '611';
    expect(fromCode(wire)).toBeInstanceOf(BlobstoreDiskNotFoundError);
  });
});
