// What the size report bundles, built from the packages that exist (consumers/discover.ts): core
// alone and each of its entry points an application imports on its own (isRetryable, toJSON),
// one class, the type guard and isRetryable of each system package, each whole system package through
// fromCode, and http-errors measured the same way as a peer.
import { discoverPackages } from '../consumers/discover.js';
import { consumerCases } from '../consumers/cases.js';

export interface SizeCase {
  readonly name: string;
  readonly code: string;
  /** Resolve imports from here (a package resolves its own name through its exports map). */
  readonly from: string;
  /**
   * For bundles that must not hold the catalog (one class, a guard): the package, and the one
   * per-code class the bundle may hold (the base class for a guard: no per-code class at all).
   */
  readonly oneClassOf?: { readonly pkg: string; readonly dir: string; readonly cls: string };
  /** For bundles that must hold no class at all (a guard: it reads the class key's flag only). */
  readonly classFree?: true;
  /** Peers are reported, not budgeted. */
  readonly peer?: true;
  /**
   * The budget key when it is not the case's name: the cases of every system share one budget
   * per kind, so a new system package is measured against the same numbers. `codes`: the budget
   * grows with the catalog (fixed part + per-code part).
   */
  readonly budget?: { readonly key: string; readonly codes?: number };
}

export const ONE_CLASS = 'each system: one class';
export const GUARD = 'each system: its guard alone';
const RETRYABLE = 'each system: isRetryable alone';
const WHOLE = 'each system: whole catalog via fromCode';

export function sizeCases(toolingDir: string): SizeCase[] {
  const usable = discoverPackages().usable;
  const core = usable.find((p) => p.name === '@errs/core');
  const list: SizeCase[] = [];
  if (core) {
    list.push({ name: '@errs/core', code: `import { CodedError, isRetryable } from '@errs/core'; console.log(CodedError, isRetryable);`, from: core.dir });
    list.push({ name: '@errs/core: isRetryable alone', code: `import { isRetryable } from '@errs/core'; console.log(isRetryable(globalThis.error));`, from: core.dir });
    // toJSON is a method: it comes with any class, so a base-class error stands for it.
    list.push({ name: '@errs/core: toJSON of a CodedError', code: `import { CodedError } from '@errs/core'; console.log(new CodedError('x').toJSON());`, from: core.dir });
  }
  for (const [name, c] of Object.entries(consumerCases())) {
    const pkg = usable.find((p) => p.name === name);
    if (!pkg) continue;
    list.push({
      name: `${pkg.name}: one class (${c.cls})`,
      code: `import { ${c.cls} } from '${pkg.name}'; console.log(new ${c.cls}());`,
      from: pkg.dir,
      oneClassOf: { pkg: pkg.name, dir: pkg.dir, cls: c.cls },
      budget: { key: ONE_CLASS },
    });
    list.push({
      name: `${pkg.name}: ${c.guard} alone`,
      code: `import { ${c.guard} } from '${pkg.name}'; console.log(${c.guard}(globalThis.error));`,
      from: pkg.dir,
      oneClassOf: { pkg: pkg.name, dir: pkg.dir, cls: c.base },
      classFree: true,
      budget: { key: GUARD },
    });
    // What a retry loop imports from the system package it already uses: core's function alone.
    list.push({
      name: `${pkg.name}: isRetryable alone`,
      code: `import { isRetryable } from '${pkg.name}'; console.log(isRetryable(globalThis.error));`,
      from: pkg.dir,
      oneClassOf: { pkg: pkg.name, dir: pkg.dir, cls: c.base },
      classFree: true,
      budget: { key: RETRYABLE },
    });
    list.push({
      name: `${pkg.name}: whole catalog via fromCode (${c.codes} codes)`,
      code: `import { fromCode } from '${pkg.name}'; console.log(fromCode(process.argv[2]));`,
      from: pkg.dir,
      budget: { key: WHOLE, codes: c.codes },
    });
  }
  list.push({ name: 'http-errors (createError)', code: `import createError from 'http-errors'; console.log(createError(404));`, from: toolingDir, peer: true });
  return list;
}
