// Recipe: a `switch` over the codes an application handles, with TypeScript narrowing each case to
// its class. `KnownNebulaError` is the union of every per-code class, so `err.code` is a union of
// literals and each `case` narrows. Expected facts: upstream common.thrift (-1004 E_SYNTAX_ERROR,
// -4 E_LEADER_CHANGED, -2069 E_SESSION_NOT_FOUND) and the contract (unknown codes never throw and
// keep their code in the base or category class).
// `isKnownNebulaError` narrows any value to that union: true for an error of its catalog code's own
// class, from any copy of the package.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type KnownNebulaError, type NebulaLeaderChangedError, type NebulaSessionNotFoundError, NebulaSyntaxError, fromCode, fromError } from '@errs/nebula';

// #region readme:switch
import { isKnownNebulaError } from '@errs/nebula';

export function nextStep(err: unknown): string {
  if (!isKnownNebulaError(err)) return 'report'; // not NebulaGraph, or a code outside the catalog
  switch (err.code) {
    case -1004: return `fix the query: ${err.message}`; // err: NebulaSyntaxError
    case -4: return 'refresh the leader, then retry';   // err: NebulaLeaderChangedError
    case -2069: return 'sign in again, then retry';     // err: NebulaSessionNotFoundError
    default: return err.retryable ? 'retry' : 'report';
  }
}
// #endregion readme:switch

describe('recipe: switch over known NebulaGraph codes', () => {
  it('each handled code takes its case', () => {
    expect(nextStep(fromCode(-1004, { message: 'syntax error near `MATC`' }))).toBe('fix the query: syntax error near `MATC`');
    expect(nextStep(fromCode(-4))).toBe('refresh the leader, then retry');
    expect(nextStep(fromCode(-2069))).toBe('sign in again, then retry');
  });

  it('the client error shape reaches the same case through fromError', () => {
    const thrown = Object.assign(new Error('SyntaxError: syntax error near `GO FORM`'), { code: 'ERR_NEBULA', errno: -1004 });
    expect(nextStep(fromError(thrown))).toBe('fix the query: SyntaxError: syntax error near `GO FORM`');
  });

  it('other known codes fall to the default by their retry flag', () => {
    expect(nextStep(fromCode(-3503))).toBe('retry'); // E_RAFT_TERM_OUT_OF_DATE: "Please retry later"
    expect(nextStep(fromCode(-1009))).toBe('report'); // E_SEMANTIC_ERROR: nebula-java does not retry it
  });

  it('a code outside the catalog and a foreign error are not known', () => {
    const unknownCode = fromCode(-1999);
    expect(unknownCode.code).toBe(-1999);
    expect(nextStep(unknownCode)).toBe('report');
    expect(nextStep(new Error('boom'))).toBe('report');
    expect(nextStep({ code: -1004 })).toBe('report');
  });

  it('each case narrows to its class (checked by tsc)', () => {
    const narrowed = (err: KnownNebulaError): string => {
      switch (err.code) {
        case -1004:
          expectTypeOf(err).toEqualTypeOf<NebulaSyntaxError>();
          return err.symbol;
        case -4:
          expectTypeOf(err).toEqualTypeOf<NebulaLeaderChangedError>();
          return err.symbol;
        case -2069:
          expectTypeOf(err).toEqualTypeOf<NebulaSessionNotFoundError>();
          return err.symbol;
        default:
          return 'other';
      }
    };
    expect(narrowed(fromCode(-1004))).toBe('E_SYNTAX_ERROR');
    expect(fromCode(-1004)).toBeInstanceOf(NebulaSyntaxError);
  });
});
