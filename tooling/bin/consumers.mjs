#!/usr/bin/env node
import { run } from './run-ts.mjs';
await run(new URL('../src/consumers/matrix.ts', import.meta.url).pathname);
