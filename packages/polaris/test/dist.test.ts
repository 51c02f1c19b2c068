// The built package as users load it: the ESM and the CJS build in one process are two copies
// of every class; errors made by one must be instances of the other's classes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuilds } from '../../../tooling/configs/load-builds.js';
import type * as Polaris from '../src/index.js';

const dist = join(__dirname, '..', 'dist');
const { esm, cjs } = await loadBuilds<typeof Polaris>(dist);

describe.each([
  ['esm', 'cjs', esm, cjs],
  ['cjs', 'esm', cjs, esm],
] as const)('errors from the %s build against classes of the %s build', (_a, _b, from, to) => {
  it('keep per-code, category, base and CodedError identity', () => {
    expect(esm.PolarisNotFoundServiceError).not.toBe(cjs.PolarisNotFoundServiceError);
    const err = from.fromCode(400301);
    expect(err).toBeInstanceOf(to.PolarisNotFoundServiceError);
    expect(err).toBeInstanceOf(to.PolarisRequestError);
    expect(err).toBeInstanceOf(to.PolarisError);
    expect(err).toBeInstanceOf(to.CodedError);
    expect(err).not.toBeInstanceOf(to.PolarisNotFoundNamespaceError);
    expect(to.isPolarisError(err)).toBe(true);
    expect(to.isCodedError(err)).toBe(true);
  });

  it('a base instance is not an instance of a subclass of the other build', () => {
    const base = new from.PolarisError('lost', { code: 999999 });
    expect(base).toBeInstanceOf(to.PolarisError);
    expect(base).not.toBeInstanceOf(to.PolarisRequestError);
    expect(base).not.toBeInstanceOf(to.PolarisNotFoundServiceError);
  });

  it('round-trips through JSON into the other build', () => {
    const err = from.fromCode(409000, { message: 'conflict', requestId: 'r' });
    const back = to.fromJSON(JSON.parse(JSON.stringify(err)));
    expect(back.constructor).toBe(to.PolarisDataConflictError);
    expect(back.retryable).toBe(err.retryable);
  });
});
