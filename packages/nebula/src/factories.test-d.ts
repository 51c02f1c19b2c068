import { describe, expectTypeOf, it } from 'vitest';
import {
  type KnownNebulaError,
  type NebulaCode,
  NebulaCodes,
  NebulaError,
  NebulaLeaderChangedError,
  NebulaSyntaxError,
  fromCode,
  fromError,
  fromJSON,
  fromResponse,
  isNebulaError,
} from './index.js';

describe('fromCode types', () => {
  it('a literal catalog code gives its exact class', () => {
    expectTypeOf(fromCode(-1004)).toEqualTypeOf<NebulaSyntaxError>();
    expectTypeOf(fromCode(NebulaCodes.E_LEADER_CHANGED)).toEqualTypeOf<NebulaLeaderChangedError>();
    expectTypeOf(fromCode(-1004).code).toEqualTypeOf<-1004>();
    expectTypeOf(fromCode(-1004).symbol).toEqualTypeOf<'E_SYNTAX_ERROR'>();
  });

  it('the retry flag a class fixes is a literal (the docs: a syntax error is final, a lost connection is not)', () => {
    expectTypeOf(fromCode(-1004).retryable).toEqualTypeOf<false>();
    expectTypeOf(fromCode(NebulaCodes.E_DISCONNECTED).retryable).toEqualTypeOf<true>();
    expectTypeOf(fromCode(Number('-1004')).retryable).toEqualTypeOf<boolean>();
  });

  it('any other number or input gives the base class', () => {
    const n: number = Number('-1004');
    expectTypeOf(fromCode(n)).toEqualTypeOf<NebulaError>();
    expectTypeOf(fromCode('-1004')).toEqualTypeOf<NebulaError>();
    expectTypeOf(fromCode(-424242)).toEqualTypeOf<NebulaError>();
    expectTypeOf(fromCode({} as unknown)).toEqualTypeOf<NebulaError>();
  });

  it('the success code does not compile', () => {
    // @ts-expect-error 0 is SUCCEEDED, not an error
    fromCode(0);
    // @ts-expect-error nor in its string form
    fromCode('0');
    // @ts-expect-error nor through the codes constant
    fromCode(NebulaCodes.SUCCEEDED);
  });

  it('a union of known codes gives the union of their classes; a switch on code narrows it', () => {
    const code = -1004 as NebulaCode;
    const err = fromCode(code);
    expectTypeOf(err).toEqualTypeOf<KnownNebulaError>();
    switch (err.code) {
      case -1004:
        expectTypeOf(err).toEqualTypeOf<NebulaSyntaxError>();
        break;
      case NebulaCodes.E_LEADER_CHANGED:
        expectTypeOf(err).toEqualTypeOf<NebulaLeaderChangedError>();
        break;
    }
  });

  it('instanceof narrows a caught value', () => {
    const caught: unknown = fromCode(-1004);
    if (caught instanceof NebulaSyntaxError) expectTypeOf(caught.code).toEqualTypeOf<-1004>();
    if (isNebulaError(caught)) expectTypeOf(caught).toEqualTypeOf<NebulaError>();
  });

  it('the other factories give the base type', () => {
    expectTypeOf(fromResponse({})).toEqualTypeOf<NebulaError | undefined>();
    expectTypeOf(fromError(new Error())).toEqualTypeOf<NebulaError>();
    expectTypeOf(fromJSON({})).toEqualTypeOf<NebulaError>();
    expectTypeOf<NebulaError['system']>().toEqualTypeOf<'nebula'>();
    expectTypeOf<NebulaError['code']>().toEqualTypeOf<number | undefined>();
  });

  it('per-code constructors follow Error: (message?, options?)', () => {
    expectTypeOf(new NebulaSyntaxError()).toEqualTypeOf<NebulaSyntaxError>();
    expectTypeOf(new NebulaSyntaxError('near MATC', { requestId: 'r', locale: 'zh', cause: new Error() })).toEqualTypeOf<NebulaSyntaxError>();
    expectTypeOf(new NebulaError('lost', { code: -9999 })).toEqualTypeOf<NebulaError>();
  });
});
