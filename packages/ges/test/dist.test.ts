// The built package as users load it: the ESM and the CJS build in one process are two copies
// of every class; errors made by one must be instances of the other's classes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuilds } from '../../../tooling/configs/load-builds.js';
import type * as Ges from '../src/index.js';

const dist = join(__dirname, '..', 'dist');
const { esm, cjs } = await loadBuilds<typeof Ges>(dist);

describe.each([
  ['esm', 'cjs', esm, cjs],
  ['cjs', 'esm', cjs, esm],
] as const)('errors from the %s build against classes of the %s build', (_a, _b, from, to) => {
  it('keep per-code, category, base and CodedError identity', () => {
    expect(esm.GesGraphNotFoundError).not.toBe(cjs.GesGraphNotFoundError);
    const err = from.fromCode('GES.7000');
    expect(err).toBeInstanceOf(to.GesGraphNotFoundError);
    expect(err).toBeInstanceOf(to.GesManagementError);
    expect(err).toBeInstanceOf(to.GesError);
    expect(err).toBeInstanceOf(to.CodedError);
    expect(err).not.toBeInstanceOf(to.GesCommonError);
    expect(err).not.toBeInstanceOf(to.GesGraphNotRunningError);
    expect(to.isGesError(err)).toBe(true);
    expect(to.isCodedError(err)).toBe(true);
  });

  it('a base instance is not an instance of a subclass of the other build', () => {
    const base = new from.GesError('lost', { code: 'GES.9999' });
    expect(base).toBeInstanceOf(to.GesError);
    expect(base).not.toBeInstanceOf(to.GesManagementError);
    expect(base).not.toBeInstanceOf(to.GesGraphNotFoundError);
  });

  it('an unknown service-plane code from a response is the other build\'s GesServicePlaneError', () => {
    const err = from.fromResponse({ status: 400, body: { error_msg: 'graph [demo] is not found', error_code: 'GES.8012' } });
    expect(err).toBeInstanceOf(to.GesServicePlaneError);
    expect(err?.code).toBe('GES.8012');
  });

  it('fromError of one build returns an error of the other build as it is', () => {
    const err = from.fromCode('GES.7005');
    expect(to.fromError(err)).toBe(err);
  });

  it('round-trips through JSON into the other build', () => {
    const err = from.fromCode('GES.7005', { message: 'busy', requestId: 'r' });
    const back = to.fromJSON(JSON.parse(JSON.stringify(err)));
    expect(back.constructor).toBe(to.GesServiceUnavailableError);
    expect(to.isRetryable(back)).toBe(true);
  });
});
