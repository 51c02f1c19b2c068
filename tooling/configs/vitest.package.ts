// The test setup every errs package shares: unit and property tests beside the code and in
// test/. Type tests (*.test-d.ts) are compile-time assertions: the `typecheck` task's `tsc` checks
// them with the rest of the sources (`vitest --typecheck` runs them one by one, for debugging).
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // No test needs more than a second or two alone; a bound this low still holds when turbo runs
    // two packages' tests at once on a loaded two-core machine, and turns a hang into a failure.
    testTimeout: 10_000,
    hookTimeout: 10_000,
    // Turbo runs two tasks at a time (see the root `test` script); half the cores each keeps the
    // machine from being oversubscribed, which is what made single tests slow, not their own work.
    maxWorkers: Math.max(1, Math.floor(availableParallelism() / 2)),
    // One module graph per worker, not per file: every file imports the same packages and their
    // catalogs, and importing them anew for each file was most of a package's test time.
    isolate: false,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: { include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
