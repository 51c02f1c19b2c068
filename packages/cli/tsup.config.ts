import { defineConfig } from 'tsup';

// One ESM file with a shebang; dependencies stay external (installed with the package).
export default defineConfig({
  entry: { errs: 'src/errs.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  clean: true,
  banner: { js: '#!/usr/bin/env node' },
});
