// The build every errs package shares: ESM + CJS + types for both, ES2022, platform-neutral
// (system packages must run in browsers and edge runtimes). The published types leave out what
// is marked @internal: the statics the identity and factory protocol reads (key, range,
// errorName, messages), which no user code should depend on.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { stripInternal: true } },
  target: 'es2022',
  platform: 'neutral',
  clean: true,
  sourcemap: false,
  treeshake: true,
});
