// The isKnownGesError guard (tooling/src/contract/known-guard.ts), against the ESM and CJS builds
// and the codes of data/errors.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBuilds } from '../../../tooling/configs/load-builds.js';
import { type GuardData, type GuardModule, knownGuardSuite } from '../../../tooling/src/contract/known-guard.js';

const data = JSON.parse(readFileSync(join(__dirname, '..', 'data', 'errors.json'), 'utf8')) as GuardData;
const { esm, cjs } = await loadBuilds<GuardModule>(join(__dirname, '..', 'dist'));

knownGuardSuite({ data, builds: [esm, cjs], outside: 'GES.7999' });
