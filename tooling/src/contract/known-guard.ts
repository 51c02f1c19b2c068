// The `isKnown<System>Error` guard every system package exports, held to what it promises: true
// exactly for an error of its catalog code's own class (what a `switch` on `code` may narrow),
// from any copy of the package; false for base and category instances that carry a catalog code,
// for codes outside the catalog and for look-alikes; never throws. The oracle is the data file.
import { describe, expect, it } from 'vitest';
import { revokedProxy, throwingGetters, throwingProxy } from './hostile.js';

type Made = Error & { readonly code?: unknown; toJSON(): unknown };
type ErrorCtor = new (message?: string, options?: { code?: never }) => Made;

/** What the kit uses of a system package (its ESM or CJS build, or its source). */
export interface GuardModule {
  readonly fromCode: (code: never) => Made;
  readonly fromJSON: (json: unknown) => Made;
}

/** The entries and categories of a package's data file. */
export interface GuardData {
  readonly baseClassName: string;
  readonly prefix: string;
  readonly entries: readonly { readonly code: number | string; readonly success?: true }[];
  readonly categories: readonly { readonly className: string; readonly range: readonly [number, number] }[];
}

export interface GuardSpec {
  readonly data: GuardData;
  /** Two copies of the package: the ESM and CJS builds, in one process. */
  readonly builds: readonly [GuardModule, GuardModule];
  /** A code outside the catalog, in a category's range (from the docs: listed nowhere). */
  readonly outside: number | string;
}

const exported = (pkg: GuardModule, name: string): unknown => (pkg as unknown as Record<string, unknown>)[name];

export function knownGuardSuite(spec: GuardSpec): void {
  const { data, builds } = spec;
  const guardName = `isKnown${data.baseClassName}`;
  const errorCodes = data.entries.filter((e) => e.success !== true).map((e) => e.code);
  const guardOf = (pkg: GuardModule) => exported(pkg, guardName) as (value: unknown) => boolean;
  const [esm, cjs] = builds;

  describe(`${guardName}`, () => {
    it('is given a code the catalog does not list', () => {
      expect(data.entries.map((e) => e.code)).not.toContain(spec.outside);
    });

    it('is true for the error of every catalog code, and for its JSON restored', () => {
      const guard = guardOf(esm);
      for (const code of errorCodes) {
        const err = esm.fromCode(code as never);
        expect(guard(err), String(code)).toBe(true);
        expect(guard(esm.fromJSON(JSON.parse(JSON.stringify(err)))), String(code)).toBe(true);
      }
    });

    it('holds across the two copies of the package', () => {
      for (const [from, to] of [[esm, cjs], [cjs, esm]] as const) {
        expect(guardOf(to)(from.fromCode(errorCodes[0] as never))).toBe(true);
        expect(guardOf(to)(from.fromCode(spec.outside as never))).toBe(false);
      }
    });

    it('is false for a base or category instance that carries a catalog code', () => {
      const guard = guardOf(esm);
      const Base = exported(esm, data.baseClassName) as ErrorCtor;
      for (const code of errorCodes) expect(guard(new Base(undefined, { code: code as never })), String(code)).toBe(false);
      for (const category of data.categories) {
        const Category = exported(esm, category.className) as ErrorCtor;
        const inside = errorCodes.find((c) => {
          const n = typeof c === 'number' ? c : Number(/\d+$/.exec(c)?.[0]);
          return n >= category.range[0] && n <= category.range[1];
        });
        if (inside !== undefined) expect(guard(new Category(undefined, { code: inside as never })), category.className).toBe(false);
      }
    });

    it('is false for a code outside the catalog and for what is not an error of the system', () => {
      const guard = guardOf(esm);
      expect(guard(esm.fromCode(spec.outside as never))).toBe(false);
      const code = errorCodes[0];
      for (const value of [undefined, null, code, { code }, Object.assign(new Error('x'), { code }), esm.fromCode(code as never).toJSON()]) {
        expect(guard(value)).toBe(false);
      }
    });

    it('never throws, whatever it is given', () => {
      const guard = guardOf(esm);
      for (const value of [revokedProxy(), throwingProxy(), throwingGetters(), throwingProxy(esm.fromCode(errorCodes[0] as never))]) {
        expect(() => guard(value)).not.toThrow();
      }
      // A proxy that passes the class check but throws on reading `code`.
      const err = esm.fromCode(errorCodes[0] as never);
      const lying = new Proxy(err, { get: (target, key) => (key === 'code' ? (() => { throw new Error('hostile'); })() : Reflect.get(target, key)) });
      expect(guard(lying)).toBe(false);
    });
  });
}
