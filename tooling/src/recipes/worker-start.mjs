// Starts worker-job.ts in a worker thread: Node 20 runs no TypeScript, so tsx loads it, with
// tooling's tsconfig.json so that `@errs/nebula` resolves to the package sources as in the tests.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker-job.ts', { parentURL: import.meta.url, tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
