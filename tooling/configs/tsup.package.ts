// The build every errs package shares: ESM + CJS + types for both, ES2022, platform-neutral
// (system packages must run in browsers and edge runtimes). The published types leave out what
// is marked @internal: the statics the identity and factory protocol reads (key, range,
// errorName, messages), which no user code should depend on. The sources are compiled with the
// package's tsconfig.lib.json (no Node types): the types build is then also the check that the
// library uses no Node global, which a platform-neutral package must not.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  tsconfig: 'tsconfig.lib.json',
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { stripInternal: true } },
  target: 'es2022',
  platform: 'neutral',
  clean: true,
  sourcemap: false,
  treeshake: true,
});
