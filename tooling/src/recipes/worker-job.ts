// The worker thread of the worker recipe (worker.test.ts): it reads a NebulaGraph response and
// posts the error back as plain data, the way a job running off the main thread reports failures.
// #region readme:worker-job
import { parentPort } from 'node:worker_threads';
import { fromResponse } from '@errs/nebula';

parentPort?.on('message', (response: { error_code: number; error_msg?: string }) => {
  const err = fromResponse(response);
  parentPort?.postMessage({ error: err?.toJSON() }); // plain data: structured-clone safe
});
// #endregion readme:worker-job
