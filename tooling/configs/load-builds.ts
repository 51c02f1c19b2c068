// A package's builds as users load them, for the tests that prove identity across copies: the
// ESM build through `import` and the CJS build through `require` are two copies in one process.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `dist/index.js` imported and `dist/index.cjs` required, typed as the package's source module. */
export async function loadBuilds<T>(distDir: string): Promise<{ esm: T; cjs: T }> {
  const esm = (await import(pathToFileURL(join(distDir, 'index.js')).href)) as T;
  const cjs = createRequire(import.meta.url)(join(distDir, 'index.cjs')) as T;
  return { esm, cjs };
}
