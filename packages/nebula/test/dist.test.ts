// The built package as users load it: the ESM and the CJS build in one process are two copies
// of every class; errors made by one must be instances of the other's classes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuilds } from '../../../tooling/configs/load-builds.js';
import type * as Nebula from '../src/index.js';

const dist = join(__dirname, '..', 'dist');
const { esm, cjs } = await loadBuilds<typeof Nebula>(dist);

describe.each([
  ['esm', 'cjs', esm, cjs],
  ['cjs', 'esm', cjs, esm],
] as const)('errors from the %s build against classes of the %s build', (_a, _b, from, to) => {
  it('keep per-code, category, base and CodedError identity', () => {
    expect(esm.NebulaSyntaxError).not.toBe(cjs.NebulaSyntaxError);
    const err = from.fromCode(-1004);
    expect(err).toBeInstanceOf(to.NebulaSyntaxError);
    expect(err).toBeInstanceOf(to.NebulaGraphdError);
    expect(err).toBeInstanceOf(to.NebulaError);
    expect(err).toBeInstanceOf(to.CodedError);
    expect(err).not.toBeInstanceOf(to.NebulaSemanticError);
    expect(to.isNebulaError(err)).toBe(true);
    expect(to.isCodedError(err)).toBe(true);
  });

  it('a base instance is not an instance of a subclass of the other build', () => {
    const base = new from.NebulaError('lost', { code: -9999 });
    expect(base).toBeInstanceOf(to.NebulaError);
    expect(base).not.toBeInstanceOf(to.NebulaGraphdError);
    expect(base).not.toBeInstanceOf(to.NebulaSyntaxError);
  });

  it('round-trips through JSON into the other build', () => {
    const err = from.fromCode(-4, { message: 'leader moved', requestId: 'r' });
    const back = to.fromJSON(JSON.parse(JSON.stringify(err)));
    expect(back.constructor).toBe(to.NebulaLeaderChangedError);
    expect(to.isRetryable(back)).toBe(true);
  });
});
