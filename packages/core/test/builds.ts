// The core's builds as users load them, for the identity and stack tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { loadBuilds as loadPackageBuilds } from '../../../tooling/configs/load-builds.js';
import type * as Core from '../src/index.js';

export const dist = join(__dirname, '..', 'dist');

/** The ESM build through `import` and the CJS build through `require`: two copies in one process. */
export const loadBuilds = (dir = dist): Promise<{ esm: typeof Core; cjs: typeof Core }> => loadPackageBuilds<typeof Core>(dir);

/**
 * The CJS build evaluated in a fresh `vm` realm (its own Error, Object, Array), after `prelude`
 * has run there (to harden the realm, for instance).
 */
export function loadInRealm(prelude = ''): { core: typeof Core; context: vm.Context } {
  const context = vm.createContext({ TextDecoder });
  if (prelude !== '') vm.runInContext(prelude, context);
  const module = { exports: {} as typeof Core };
  const wrapper = vm.runInContext(`(function (module, exports) {${readFileSync(join(dist, 'index.cjs'), 'utf8')}\n})`, context);
  wrapper(module, module.exports);
  return { core: module.exports, context };
}
