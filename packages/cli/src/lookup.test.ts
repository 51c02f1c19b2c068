import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileOrHuge } from '../test/hostile.js';
import { codesInText, lookup } from './lookup.js';

const codes = (query: string, only?: Parameters<typeof lookup>[1]) => lookup(query, only).matches.map((e) => `${e.system}:${e.code}`);

describe('lookup by code', () => {
  it('guesses the system from the shape', () => {
    expect(codes('-1004')).toEqual(['nebula:-1004']);
    expect(codes('ges.7005')).toEqual(['ges:GES.7005']);
    expect(codes('400301')).toEqual(['polaris:400301']);
    expect(codes('611')).toEqual(['blobstore:611']);
  });

  it('reads GES.1 as GES.0001 and a typeset minus as a minus', () => {
    expect(codes('GES.1')).toEqual(['ges:GES.0001']);
    expect(codes('\u22121004')).toEqual(['nebula:-1004']);
  });

  it('with --system, a code of another shape is not that system\'s, and says whose it is', () => {
    const result = lookup('-1004', 'polaris');
    expect(result.matches).toEqual([]);
    expect(result.ranges).toEqual([]);
    expect(result.elsewhere).toEqual([{ system: 'nebula', found: true }]);
    expect(lookup('GES.8012', 'nebula').elsewhere).toEqual([{ system: 'ges', found: false }]);
  });

  it('a code in no catalog names the range it falls in', () => {
    expect(lookup('-1999').ranges).toEqual([{ system: 'nebula', category: 'graphd' }]);
    expect(lookup('400999', 'polaris').ranges).toEqual([{ system: 'polaris', category: '400' }]);
  });
});

describe('lookup by symbol and class name', () => {
  it('finds what people copy out of a log, exact, any case', () => {
    expect(lookup('E_SYNTAX_ERROR')).toMatchObject({ matchedBy: 'symbol' });
    expect(codes('E_SYNTAX_ERROR')).toEqual(['nebula:-1004']);
    expect(codes('e_syntax_error')).toEqual(['nebula:-1004']);
    expect(lookup('NebulaSyntaxError')).toMatchObject({ matchedBy: 'className' });
    expect(codes('nebulasyntaxerror')).toEqual(['nebula:-1004']);
    expect(codes('CodeDiskNotFound')).toEqual(['blobstore:611']);
    expect(codes('GesServiceUnavailableError')).toEqual(['ges:GES.7005']);
    expect(codes('NotFoundService')).toEqual(['polaris:400301']);
  });

  it('matches whole names only', () => {
    expect(codes('E_SYNTAX')).toEqual([]);
    expect(codes('NebulaSyntax')).toEqual([]);
  });
});

describe('codes in a log line', () => {
  it('finds the code in a stack trace line, once', () => {
    expect(codes('NebulaSyntaxError [-1004]: SyntaxError: syntax error near `x`')).toEqual(['nebula:-1004']);
    expect(lookup('NebulaSyntaxError [-1004]: SyntaxError').matchedBy).toBe('text');
  });

  it('finds codes in JSON bodies and sentences, in the order they appear', () => {
    expect(codes('{"error_code":"GES.7005","error_msg":"unavailable"}')).toEqual(['ges:GES.7005']);
    expect(codes('polaris code 400301')).toEqual(['polaris:400301']);
    expect(codes('{"code":400301,"info":"not found service"}')).toEqual(['polaris:400301']);
    expect(codes('{"code":{"value":400301}}')).toEqual(['polaris:400301']);
    expect(codes('put failed: errno=611, then GES.7005 and -1004')).toEqual(['blobstore:611', 'ges:GES.7005', 'nebula:-1004']);
  });

  it('does not read ordinary numbers and words as codes', () => {
    expect(codesInText('HTTP status code 404 after 611 ms')).toEqual([]);
    expect(codesInText('2024-05-01T12:00:00 -0700 retry in 5s')).toEqual([]);
    expect(codesInText('got a BadRequest: unknown error')).toEqual([]);
  });

  it('keeps to --system', () => {
    expect(codesInText('errno=611, then GES.7005', 'ges').map((e) => e.code)).toEqual(['GES.7005']);
  });
});

describe('property', () => {
  it('any query gives catalog entries of the chosen system, and never throws', () => {
    fc.assert(
      fc.property(hostileOrHuge, fc.constantFrom(undefined, 'nebula', 'ges', 'polaris', 'blobstore' as const), (query, only) => {
        const result = lookup(query, only);
        if (only) for (const entry of result.matches) expect(entry.system).toBe(only);
        expect(new Set(result.matches).size).toBe(result.matches.length);
        expect(result.matchedBy === null).toBe(result.matches.length === 0);
      }),
      { numRuns: 200 },
    );
  });
});
