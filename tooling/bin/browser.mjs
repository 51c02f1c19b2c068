#!/usr/bin/env node
import { run } from './run-ts.mjs';
await run(new URL('../src/browser/run.ts', import.meta.url).pathname);
