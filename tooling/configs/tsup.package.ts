// The build every errs package shares: ESM + CJS + types for both, ES2022, platform-neutral
// (system packages must run in browsers and edge runtimes).
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  target: 'es2022',
  platform: 'neutral',
  clean: true,
  sourcemap: false,
  treeshake: true,
});
