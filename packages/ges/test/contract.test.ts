// The contract every system package is held to (tooling/src/contract), run against Huawei Cloud GES.
import { contractSuite } from '../../../tooling/src/contract/suite.js';
import * as pkg from '../src/index.js';

contractSuite(pkg, {
  base: pkg.GesError,
  isError: pkg.isGesError,
  // Seed 002: GES.7000 "The graph does not exist or has been deleted.", HTTP 400.
  sample: { code: 'GES.7000', className: 'GesGraphNotFoundError' },
  errorBodies: [
    { body: { error_code: 'GES.7000', error_msg: 'The graph does not exist or has been deleted.' }, code: 'GES.7000', status: 400 },
    { body: { errorCode: 'GES.7003', errorMessage: 'graph is busy', result: 'failed' }, code: 'GES.7003', status: 400 },
    { body: { error: { code: 'GES.7000', message: 'not found' } }, code: 'GES.7000', status: 400 },
  ],
  successBodies: [{ body: { graphs: [], httpStatusCode: 200 }, status: 200 }, { body: { result: 'success' }, status: 200 }],
  http: true,
});
