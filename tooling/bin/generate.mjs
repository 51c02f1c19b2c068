#!/usr/bin/env node
import { run } from './run-ts.mjs';
await run(new URL('../src/generate/cli.ts', import.meta.url).pathname);
