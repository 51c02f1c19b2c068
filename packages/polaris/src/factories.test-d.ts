import { describe, expectTypeOf, it } from 'vitest';
import {
  type KnownPolarisError,
  type PolarisCode,
  PolarisCodes,
  PolarisError,
  PolarisNotFoundServiceError,
  PolarisDataConflictError,
  fromCode,
  fromError,
  fromResponse,
  isKnownPolarisError,
} from './index.js';



describe('fromCode types', () => {
  it('a literal catalog code gives its exact class', () => {
    expectTypeOf(fromCode(400301)).toEqualTypeOf<PolarisNotFoundServiceError>();
    expectTypeOf(fromCode(PolarisCodes.DataConflict)).toEqualTypeOf<PolarisDataConflictError>();
    expectTypeOf(fromCode(400301).code).toEqualTypeOf<400301>();
  });

  it('any other number gives the base class', () => {
    const n: number = Number('400301');
    expectTypeOf(fromCode(n)).toEqualTypeOf<PolarisError>();
    expectTypeOf(fromCode('400301')).toEqualTypeOf<PolarisError>();
  });

  it('success codes do not compile', () => {
    // @ts-expect-error 200000 is ExecuteSuccess
    fromCode(200000);
    // @ts-expect-error 200001 is DataNoChange
    fromCode(200001);
    // @ts-expect-error nor in string form
    fromCode('200002');
    // @ts-expect-error nor through the codes constant
    fromCode(PolarisCodes.ExecuteSuccess);
  });

  it('numbers and decimal strings compile; what is not a code does not', () => {
    const wire: string = String('400301');
    expectTypeOf(fromCode(wire)).toEqualTypeOf<PolarisError>();
    expectTypeOf(fromCode(wire as `${number}`)).toEqualTypeOf<PolarisError>();
    expectTypeOf(fromCode(wire as unknown)).toEqualTypeOf<PolarisError>();
    // @ts-expect-error not a decimal string
    fromCode('NotFoundService');
    // @ts-expect-error an object
    fromCode({});
    // @ts-expect-error no code at all
    fromCode(undefined);
  });

  it('isKnownPolarisError narrows a caught value to the union a switch on code narrows', () => {
    const caught: unknown = fromCode(400301);
    if (isKnownPolarisError(caught)) {
      expectTypeOf(caught).toEqualTypeOf<KnownPolarisError>();
      if (caught.code === 400301) expectTypeOf(caught).toEqualTypeOf<PolarisNotFoundServiceError>();
    }
    expectTypeOf(isKnownPolarisError).guards.toEqualTypeOf<KnownPolarisError>();
  });

  it('a switch on code narrows a known error', () => {
    const err = fromCode(400301 as PolarisCode);
    expectTypeOf(err).toEqualTypeOf<KnownPolarisError>();
    if (err.code === 409000) expectTypeOf(err).toEqualTypeOf<PolarisDataConflictError>();
  });

  it('fromResponse is a Promise for a fetch Response and synchronous for the rest', () => {
    expectTypeOf(fromResponse(new Response())).toEqualTypeOf<Promise<PolarisError | undefined>>();
    expectTypeOf(fromResponse({ code: 400301, info: 'x' })).toEqualTypeOf<PolarisError | undefined>();
    expectTypeOf(fromError(new Error())).toEqualTypeOf<PolarisError>();
  });
});
