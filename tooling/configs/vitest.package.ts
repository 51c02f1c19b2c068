// The test setup every errs package shares: unit and property tests beside the code and in
// test/, type tests in *.test-d.ts checked by `vitest --typecheck`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CI machines have two cores shared by every package's tests: allow slow property runs.
    testTimeout: 30_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: { include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
