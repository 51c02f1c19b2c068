// Tooling's tests. The recipes import the packages by name, as users write it, and the generator's
// tests import @errs/core from packages they write to a temp dir; tooling cannot depend on the
// packages (every package depends on tooling), so the names resolve to their sources here, as
// tsconfig.json's `paths` do for the type check, and no build is needed first. The packages are
// discovered, not listed: a new system needs nothing here.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packages = fileURLToPath(new URL('../packages/', import.meta.url));
const alias = Object.fromEntries(
  readdirSync(packages)
    .filter((name) => existsSync(`${packages}${name}/src/index.ts`))
    .map((name) => [`@errs/${name}`, `${packages}${name}/src/index.ts`]),
);

export default defineConfig({
  resolve: { alias },
  test: {
    // One module graph per worker, not per file: the recipes import the same packages' sources.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 10_000,
  },
});
