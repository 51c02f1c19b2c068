// Tooling's tests. The recipes import the packages by name, as users write it; tooling cannot
// depend on them (every package depends on tooling), so the names resolve to their sources here,
// as tsconfig.json's `paths` do for the type check, and no build is needed first.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (name: string): string => fileURLToPath(new URL(`../packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@errs/core': source('core'),
      '@errs/nebula': source('nebula'),
      '@errs/ges': source('ges'),
      '@errs/polaris': source('polaris'),
      '@errs/blobstore': source('blobstore'),
    },
  },
  test: {
    testTimeout: 10_000,
    hookTimeout: 10_000,
  },
});
