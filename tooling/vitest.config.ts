import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Generated packages written to a temp dir by the generator's tests import @errs/core from source.
export default defineConfig({
  resolve: { alias: { '@errs/core': fileURLToPath(new URL('../packages/core/src/index.ts', import.meta.url)) } },
  test: { testTimeout: 30_000 },
});
