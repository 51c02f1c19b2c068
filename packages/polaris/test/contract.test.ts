// The contract every system package is held to (tooling/src/contract), run against Polaris.
import { contractSuite } from '../../../tooling/src/contract/suite.js';
import * as pkg from '../src/index.js';

contractSuite(pkg, {
  base: pkg.PolarisError,
  isError: pkg.isPolarisError,
  // Seed 003: 400301 NotFoundService.
  sample: { code: 400301, className: 'PolarisNotFoundServiceError' },
  errorBodies: [
    { body: { code: 400301, info: 'not found service: svc-a' }, code: 400301 },
    { body: { code: 400301, info: 'not found service' }, code: 400301, status: 404 },
    { body: { code: 200000, info: 'execute success', responses: [{ code: 200000 }, { code: 400305, info: 'not found namespace' }] }, code: 400305, status: 200 },
  ],
  successBodies: [{ body: { code: 200000, info: 'execute success' } }, { body: { code: 200001, info: 'discover data is no change' }, status: 200 }],
  http: true,
});
