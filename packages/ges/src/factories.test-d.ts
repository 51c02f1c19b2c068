import type { FromCodeInit } from '@errs/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type GesCode,
  GesCodes,
  GesError,
  GesGraphNotFoundError,
  GesIaasComponentError,
  GesIaasFaultError,
  GesManagementError,
  type GesSuccessCode,
  GesServiceUnavailableError,
  type KnownGesError,
  fromCode,
  fromError,
  fromJSON,
  fromResponse,
  isGesError,
  isKnownGesError,
} from './index.js';



describe('fromCode types', () => {
  it('a literal catalog code gives its exact class', () => {
    expectTypeOf(fromCode('GES.7000')).toEqualTypeOf<GesGraphNotFoundError>();
    expectTypeOf(fromCode(GesCodes.ServiceUnavailable)).toEqualTypeOf<GesServiceUnavailableError>();
    expectTypeOf(fromCode('GES.7000').code).toEqualTypeOf<'GES.7000'>();
    expectTypeOf(fromCode('GES.7000').symbol).toEqualTypeOf<'GES.7000'>();
    // Same docs text, two codes, two types.
    expectTypeOf(fromCode('GES.7004')).toEqualTypeOf<GesIaasFaultError>();
    expectTypeOf(fromCode('GES.7051')).toEqualTypeOf<GesIaasComponentError>();
    expectTypeOf(fromCode('GES.7004')).not.toEqualTypeOf<GesIaasComponentError>();
  });

  it('any other string or input gives the base class', () => {
    const s: string = String('GES.7000');
    expectTypeOf(fromCode(s)).toEqualTypeOf<GesError>();
    expectTypeOf(fromCode('ges.7000 ')).toEqualTypeOf<GesError>();
    expectTypeOf(fromCode('GES.8012')).toEqualTypeOf<GesError>();
    expectTypeOf(fromCode({} as unknown)).toEqualTypeOf<GesError>();
  });

  it('a code in any case and with space around it compiles, as do a wide string and what says nothing', () => {
    const wire: string = String('GES.7000');
    const prefixed = wire as `GES.${string}`;
    const lower = wire.toLowerCase() as `ges.${string}`;
    const untyped: unknown = wire;
    expectTypeOf(fromCode('ges.7000')).toEqualTypeOf<GesError>();
    expectTypeOf(fromCode('Ges.7000')).toEqualTypeOf<GesError>();
    expectTypeOf(fromCode(' GES.7000\n')).toEqualTypeOf<GesError>();
    expectTypeOf(fromCode(prefixed)).toEqualTypeOf<GesError>();
    expectTypeOf(fromCode(lower)).toEqualTypeOf<GesError>();
    expectTypeOf(fromCode(wire)).toEqualTypeOf<GesError>();
    expectTypeOf(fromCode(untyped)).toEqualTypeOf<GesError>();
  });

  it('a number, or anything else that is not a code string, does not compile (the consumer matrix checks the reason tsc gives)', () => {
    const maybe = undefined as string | undefined;
    // @ts-expect-error GES codes are strings: 'GES.7005', not 7005
    fromCode(7005);
    // @ts-expect-error nor a number typed wide
    fromCode(Number('7005'));
    // @ts-expect-error not a GES code
    fromCode('hello');
    // @ts-expect-error the digits alone are not the code
    fromCode('7005');
    // @ts-expect-error an object
    fromCode({});
    // @ts-expect-error no code at all
    fromCode(undefined);
    // @ts-expect-error a code that may be missing: check it first
    fromCode(maybe);
    expectTypeOf(fromCode).parameter(1).toEqualTypeOf<FromCodeInit | string | undefined>();
  });

  it('isKnownGesError narrows a caught value to the union a switch on code narrows', () => {
    const caught: unknown = fromCode('GES.7000');
    if (isKnownGesError(caught)) {
      expectTypeOf(caught).toEqualTypeOf<KnownGesError>();
      if (caught.code === 'GES.7000') expectTypeOf(caught).toEqualTypeOf<GesGraphNotFoundError>();
    }
    expectTypeOf(isKnownGesError).guards.toEqualTypeOf<KnownGesError>();
  });

  it('GES has no success code: every catalog code is accepted', () => {
    expectTypeOf<GesSuccessCode>().toEqualTypeOf<never>();
    expectTypeOf<(typeof GesCodes)[keyof typeof GesCodes]>().toEqualTypeOf<GesCode>();
  });

  it('a union of known codes gives the union of their classes; a switch on code narrows it', () => {
    const code = 'GES.7000' as GesCode;
    const err = fromCode(code);
    expectTypeOf(err).toEqualTypeOf<KnownGesError>();
    switch (err.code) {
      case 'GES.7000':
        expectTypeOf(err).toEqualTypeOf<GesGraphNotFoundError>();
        break;
      case GesCodes.ServiceUnavailable:
        expectTypeOf(err).toEqualTypeOf<GesServiceUnavailableError>();
        break;
    }
  });

  it('instanceof narrows a caught value', () => {
    const caught: unknown = fromCode('GES.7000');
    if (caught instanceof GesGraphNotFoundError) expectTypeOf(caught.code).toEqualTypeOf<'GES.7000'>();
    if (caught instanceof GesManagementError) expectTypeOf(caught.category).toEqualTypeOf<'management'>();
    if (isGesError(caught)) expectTypeOf(caught).toEqualTypeOf<GesError>();
  });

  it('the other factories give the base type; a fetch Response gives a promise', () => {
    expectTypeOf(fromResponse({ status: 400, body: {} })).toEqualTypeOf<GesError | undefined>();
    expectTypeOf(fromResponse({ status: 400, headers: new Headers(), body: new Uint8Array() })).toEqualTypeOf<GesError | undefined>();
    expectTypeOf(fromResponse(new Response())).toEqualTypeOf<Promise<GesError | undefined>>();
    expectTypeOf(fromResponse({} as unknown)).toEqualTypeOf<GesError | undefined | Promise<GesError | undefined>>();
    expectTypeOf(fromError(new Error())).toEqualTypeOf<GesError>();
    expectTypeOf(fromJSON({})).toEqualTypeOf<GesError>();
    expectTypeOf<GesError['system']>().toEqualTypeOf<'ges'>();
    expectTypeOf<GesError['code']>().toEqualTypeOf<string | undefined>();
  });

  it('per-code constructors follow Error: (message?, options?)', () => {
    expectTypeOf(new GesGraphNotFoundError()).toEqualTypeOf<GesGraphNotFoundError>();
    expectTypeOf(new GesGraphNotFoundError('gone', { requestId: 'r', locale: 'zh', cause: new Error() })).toEqualTypeOf<GesGraphNotFoundError>();
    expectTypeOf(new GesError('lost', { code: 'GES.8012' })).toEqualTypeOf<GesError>();
  });
});
