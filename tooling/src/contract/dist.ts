// The built package as users load it, held to the contract: the ESM and the CJS build in one
// process are two copies of every class; errors made by one are instances of the other's classes,
// pass through the other's fromError, and round-trip through JSON into it. The builds use no
// Node-only API (the system packages run in browsers and edge runtimes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuilds } from '../../configs/load-builds.js';

type Ctor = abstract new (...args: never[]) => Error;

interface Entry {
  readonly code: number | string;
  readonly className?: string;
  readonly category?: string;
  readonly retryable: boolean;
}

/** What the suite reads of a build: the classes by name, the factories and the catalogs. */
type Build = Record<string, unknown> & {
  readonly fromCode: (code: unknown, init?: unknown) => Error;
  readonly fromJSON: (json: unknown) => Error;
  readonly fromError: (err: unknown) => Error;
  readonly isCodedError: (value: unknown) => boolean;
  readonly isRetryable: (value: unknown) => boolean;
  readonly CodedError: Ctor;
  readonly catalog: readonly Entry[];
  readonly categoryCatalog: readonly { readonly name: string; readonly className: string }[];
};

export interface DistSpec {
  /** The package's dist folder. */
  readonly dist: string;
  /** The base class's export name ('NebulaError') and the guard's ('isNebulaError'). */
  readonly base: string;
  readonly guard: string;
  /** A catalog code in a category (from the seed documents). */
  readonly code: number | string;
}

export function distSuite(spec: DistSpec): void {
  describe.each([
    ['esm', 'cjs'],
    ['cjs', 'esm'],
  ] as const)('the contract across builds: errors from the %s build against classes of the %s build', (fromName, toName) => {
    let builds: { readonly esm: Build; readonly cjs: Build } | undefined;
    const load = async () => (builds ??= await loadBuilds<Build>(spec.dist));
    const classOf = (build: Build, name: string | undefined): Ctor => build[name ?? ''] as Ctor;

    it('keep per-code, category, base and CodedError identity; a sibling class does not match', async () => {
      const { [fromName]: from, [toName]: to } = await load();
      const entry = to.catalog.find((e) => e.code === spec.code)!;
      const category = to.categoryCatalog.find((c) => c.name === entry.category)!;
      const sibling = to.catalog.find((e) => e.className !== undefined && e.className !== entry.className)!;
      expect(classOf(from, entry.className)).not.toBe(classOf(to, entry.className));
      const err = from.fromCode(spec.code);
      for (const name of [entry.className, category.className, spec.base]) expect(err).toBeInstanceOf(classOf(to, name));
      expect(err).toBeInstanceOf(to.CodedError);
      expect(err).not.toBeInstanceOf(classOf(to, sibling.className));
      expect((to[spec.guard] as (v: unknown) => boolean)(err)).toBe(true);
      expect(to.isCodedError(err)).toBe(true);
      expect(to.fromError(err)).toBe(err);
    });

    it('a base instance is not an instance of a subclass of the other build', async () => {
      const { [fromName]: from, [toName]: to } = await load();
      const entry = to.catalog.find((e) => e.code === spec.code)!;
      const Base = from[spec.base] as new (message: string) => Error;
      const base = new Base('lost');
      expect(base).toBeInstanceOf(classOf(to, spec.base));
      expect(base).not.toBeInstanceOf(classOf(to, entry.className));
    });

    it('round-trips through JSON into the other build, keeping class and retry answer', async () => {
      const { [fromName]: from, [toName]: to } = await load();
      for (const entry of [to.catalog.find((e) => e.retryable && e.className)!, to.catalog.find((e) => e.code === spec.code)!]) {
        const err = from.fromCode(entry.code, { message: 'm', requestId: 'r' });
        const back = to.fromJSON(JSON.parse(JSON.stringify(err)));
        expect(back.constructor).toBe(classOf(to, entry.className));
        expect(to.isRetryable(back)).toBe(entry.retryable);
      }
    });
  });

  describe('the builds', () => {
    it('use no Node-only API', () => {
      for (const file of ['index.js', 'index.cjs']) {
        const code = readFileSync(join(spec.dist, file), 'utf8');
        expect(code).not.toMatch(/\brequire\(["']node:|from ["']node:|\bBuffer\b|\bprocess\./);
      }
    });
  });
}
