// The built package as users load it: the ESM and the CJS build in one process are two copies
// of every class; errors made by one must be instances of the other's classes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuilds } from '../../../tooling/configs/load-builds.js';
import type * as Blobstore from '../src/index.js';

const dist = join(__dirname, '..', 'dist');
const { esm, cjs } = await loadBuilds<typeof Blobstore>(dist);

describe.each([
  ['esm', 'cjs', esm, cjs],
  ['cjs', 'esm', cjs, esm],
] as const)('errors from the %s build against classes of the %s build', (_a, _b, from, to) => {
  it('keep per-code, category, base and CodedError identity', () => {
    expect(esm.BlobstoreDiskNotFoundError).not.toBe(cjs.BlobstoreDiskNotFoundError);
    const err = from.fromResponse({ status: 611, body: '{"error":"disk not found"}' });
    expect(err).toBeInstanceOf(to.BlobstoreDiskNotFoundError);
    expect(err).toBeInstanceOf(to.BlobstoreBlobnodeError);
    expect(err).toBeInstanceOf(to.BlobstoreError);
    expect(err).toBeInstanceOf(to.CodedError);
    expect(err).not.toBeInstanceOf(to.BlobstoreCMDiskNotFoundError);
    expect(to.isBlobstoreError(err)).toBe(true);
    expect(to.fromError(err)).toBe(err);
  });

  it('a generic error is a base instance in both builds, and keeps its retry flag', () => {
    const err = from.fromResponse({ status: 500, body: '{"error":"Unexpected Error"}' });
    expect(err).toBeInstanceOf(to.BlobstoreError);
    expect(err).not.toBeInstanceOf(to.BlobstoreAccessError);
    expect(to.isRetryable(err)).toBe(true);
    const back = to.fromJSON(JSON.parse(JSON.stringify(err)));
    expect(back.constructor).toBe(to.BlobstoreError);
    expect(back.retryable).toBe(true);
  });

  it('round-trips through JSON into the other build', () => {
    const err = from.fromCode(907, { message: 'no leader', requestId: 'r' });
    const back = to.fromJSON(JSON.parse(JSON.stringify(err)));
    expect(back.constructor).toBe(to.BlobstoreNoLeaderError);
    expect(to.isRetryable(back)).toBe(true);
  });
});

describe('the builds', () => {
  it('use no Node-only API', () => {
    for (const file of ['index.js', 'index.cjs']) {
      const code = readFileSync(join(dist, file), 'utf8');
      expect(code).not.toMatch(/\brequire\(["']node:|from ["']node:|\bBuffer\b|\bprocess\./);
    }
  });
});
