#!/usr/bin/env node
import { run } from './run-ts.mjs';
await run(new URL('../src/lint-package.ts', import.meta.url).pathname);
