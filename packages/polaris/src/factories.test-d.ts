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
