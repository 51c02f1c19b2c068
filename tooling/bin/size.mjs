#!/usr/bin/env node
import { run } from './run-ts.mjs';
await run(new URL('../src/size/measure.ts', import.meta.url).pathname);
