// The isKnownPolarisError guard (tooling/src/contract/known-guard.ts), against the ESM and CJS builds
// and the codes of data/errors.json.
import { join } from 'node:path';
import { loadBuilds } from '../../../tooling/configs/load-builds.js';
import { resolve } from '../../../tooling/src/catalog/derive.js';
import { loadDataFile } from '../../../tooling/src/catalog/load.js';
import { type GuardModule, knownGuardSuite } from '../../../tooling/src/contract/known-guard.js';

// The data file with what its rules derive (class names, category ranges), as the generator reads it.
const data = resolve(loadDataFile(join(__dirname, '..')).data);
const { esm, cjs } = await loadBuilds<GuardModule>(join(__dirname, '..', 'dist'));

knownGuardSuite({ data, builds: [esm, cjs], outside: 400999 });
