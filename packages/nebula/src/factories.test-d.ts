import type { FromCodeInit } from '@errs/core';
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
  isKnownNebulaError,
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

  it('the success code does not compile (the consumer matrix checks the reason tsc gives)', () => {
    // @ts-expect-error 0 is SUCCEEDED, not an error
    fromCode(0);
    // @ts-expect-error nor in its string form
    fromCode('0');
    // @ts-expect-error nor through the codes constant
    fromCode(NebulaCodes.SUCCEEDED);
  });

  it('every natural form of a code compiles: numbers, decimal strings, bigints, and what says nothing', () => {
    const n: number = Number('-1004');
    const decimal = String(n) as `${number}`;
    const wire: string = String(n);
    const untyped: unknown = n;
    expectTypeOf(fromCode(decimal)).toEqualTypeOf<NebulaError>();
    expectTypeOf(fromCode(` ${n} `)).toEqualTypeOf<NebulaError>();
    expectTypeOf(fromCode(' -1004 ')).toEqualTypeOf<NebulaError>();
    expectTypeOf(fromCode(-1004n)).toEqualTypeOf<NebulaError>();
    expectTypeOf(fromCode(wire)).toEqualTypeOf<NebulaError>();
    expectTypeOf(fromCode(untyped)).toEqualTypeOf<NebulaError>();
    expectTypeOf(fromCode(-1004 as -1004 | -4)).toEqualTypeOf<NebulaSyntaxError | NebulaLeaderChangedError>();
  });

  it('what is not a code does not compile (the consumer matrix checks the reason tsc gives)', () => {
    const maybe = undefined as number | undefined;
    // @ts-expect-error not a decimal string
    fromCode('hello');
    // @ts-expect-error an object
    fromCode({});
    // @ts-expect-error no code at all
    fromCode(undefined);
    // @ts-expect-error null
    fromCode(null);
    // @ts-expect-error a boolean
    fromCode(true);
    // @ts-expect-error a code that may be missing: check it first
    fromCode(maybe);
  });

  it('the init takes the server message as a string or as init.message', () => {
    expectTypeOf(fromCode(-1004, 'syntax error near `MATC`')).toEqualTypeOf<NebulaSyntaxError>();
    expectTypeOf(fromCode).parameter(1).toEqualTypeOf<FromCodeInit | string | undefined>();
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

  it('isKnownNebulaError narrows a caught value to the union a switch on code narrows', () => {
    const caught: unknown = fromCode(-1004);
    if (isKnownNebulaError(caught)) {
      expectTypeOf(caught).toEqualTypeOf<KnownNebulaError>();
      if (caught.code === -1004) expectTypeOf(caught).toEqualTypeOf<NebulaSyntaxError>();
    }
    const err: NebulaError = fromError(caught);
    if (isKnownNebulaError(err)) expectTypeOf(err).toEqualTypeOf<KnownNebulaError>();
    else expectTypeOf(err).toEqualTypeOf<NebulaError>();
    expectTypeOf(isKnownNebulaError).guards.toEqualTypeOf<KnownNebulaError>();
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
