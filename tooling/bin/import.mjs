#!/usr/bin/env node
import { run } from './run-ts.mjs';
await run(new URL('../src/import/cli.ts', import.meta.url).pathname);
