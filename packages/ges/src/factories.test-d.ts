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
