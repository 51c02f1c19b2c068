// The built package as users load it (ESM and CJS in one process), held to the contract kit.
import { join } from 'node:path';
import { distSuite } from '../../../tooling/src/contract/dist.js';

distSuite({ dist: join(__dirname, '..', 'dist'), base: 'GesError', guard: 'isGesError', code: 'GES.7000' });
