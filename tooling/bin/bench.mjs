#!/usr/bin/env node
import { run } from './run-ts.mjs';
await run(new URL('../src/bench/run.ts', import.meta.url).pathname);
await run(new URL('../src/bench/cold-import.ts', import.meta.url).pathname);
