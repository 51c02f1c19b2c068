// The contract every system package is held to (tooling/src/contract), run against CubeFS blobstore.
import { contractSuite } from '../../../tooling/src/contract/suite.js';
import * as pkg from '../src/index.js';

contractSuite(pkg, {
  base: pkg.BlobstoreError,
  isError: pkg.isBlobstoreError,
  // Seed 004: 611 disk not found.
  sample: { code: 611, className: 'BlobstoreDiskNotFoundError' },
  errorBodies: [
    { body: { error: 'disk not found' }, code: 611, status: 611 },
    { body: { error: 'access exceed object size' }, code: 400, status: 400 },
  ],
  successBodies: [{ body: { location: { cluster_id: 1 } }, status: 200 }],
  http: true,
});
