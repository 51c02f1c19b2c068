import { describe, expect, it } from 'vitest';
import { NebulaError, NebulaSpaceNotFoundError, NebulaSyntaxError, fromResponse, isNebulaError } from './index.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('fromResponse: thrift ExecutionResponse / AuthResponse', () => {
  it('reads error_code and a byte error_msg, keeping the server text', () => {
    const response = { error_code: -1004, latency_in_us: 120, error_msg: bytes('SyntaxError: syntax error near `MATC\''), space_name: bytes('nba') };
    const err = fromResponse(response);
    expect(err).toBeInstanceOf(NebulaSyntaxError);
    expect(err?.message).toBe('SyntaxError: syntax error near `MATC\'');
    expect(err?.details).toEqual({ spaceName: 'nba' });
    expect(err?.raw).toBe(response);
  });

  it('reads a string error_msg and a Node Buffer', () => {
    expect(fromResponse({ error_code: -5, error_msg: 'SpaceNotFound: nba' })?.message).toBe('SpaceNotFound: nba');
    expect(fromResponse({ error_code: -5, error_msg: Buffer.from('no space') })).toBeInstanceOf(NebulaSpaceNotFoundError);
  });

  it('falls back to the catalog message when error_msg is absent or empty', () => {
    expect(fromResponse({ error_code: -5 })?.message).toBe('Graph space does not exist');
    expect(fromResponse({ error_code: -5, error_msg: new Uint8Array() })?.message).toBe('Graph space does not exist');
  });

  it('gives undefined on success', () => {
    expect(fromResponse({ error_code: 0, latency_in_us: 5, data: {} })).toBeUndefined();
    expect(fromResponse({ error_code: '0' })).toBeUndefined();
  });

  it('keeps an unknown code', () => {
    const err = fromResponse({ error_code: -9123, error_msg: 'new in a later release' });
    expect(err?.code).toBe(-9123);
    expect(err?.message).toBe('new in a later release');
  });
});

describe('fromResponse: executeJson output', () => {
  const json = (code: number, message?: string) => ({
    errors: [{ code, ...(message ? { message } : {}) }],
    results: [{ spaceName: 'nba', latencyInUs: 10, errors: { code, ...(message ? { message } : {}) } }],
  });

  it('reads the top-level errors, as an object, JSON text or JSON bytes', () => {
    for (const input of [json(-1004, 'syntax error near `MATC\''), JSON.stringify(json(-1004, 'x')), bytes(JSON.stringify(json(-1004)))]) {
      expect(fromResponse(input)).toBeInstanceOf(NebulaSyntaxError);
    }
  });

  it('gives undefined when every error code is 0', () => {
    expect(fromResponse(json(0))).toBeUndefined();
    expect(fromResponse(JSON.stringify(json(0)))).toBeUndefined();
  });

  it('reads a failing result when the top level succeeded', () => {
    const response = { errors: [{ code: 0 }], results: [{ errors: { code: -5, message: 'no nba' } }] };
    expect(fromResponse(response)?.message).toBe('no nba');
  });
});

describe('fromResponse: anything else', () => {
  it('is a NebulaError that keeps the input and says what was expected', () => {
    for (const input of [null, undefined, 42, 'oops', [], {}, { errors: 'no' }, bytes('<html>')]) {
      const err = fromResponse(input);
      expect(err?.constructor).toBe(NebulaError);
      expect(err?.raw).toBe(input);
      expect(err?.message).toMatch(/not a response/);
    }
  });

});
