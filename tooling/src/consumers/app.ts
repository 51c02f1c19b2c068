// The consumer project every flavour runs in: all usable packages packed, installed with npm from
// the tarballs, and the fixtures copied next to them. The matrix and the browser test share it.
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cases } from './fixtures/uses.mjs';
import { npmInstall } from './install.js';
import { type Packed, packAll } from './pack.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export interface ConsumerApp {
  readonly app: string;
  readonly tarballs: string;
  readonly packed: Map<string, Packed>;
  /** The installed system packages that have a case in fixtures/uses.mjs. */
  readonly systems: string[];
}

export function installApp(work: string): ConsumerApp {
  const tarballs = join(work, 'tarballs');
  const app = join(work, 'app');
  mkdirSync(tarballs, { recursive: true });
  const packed = packAll(tarballs);
  if (!packed.has('@errs/core')) throw new Error('@errs/core is not built: run `pnpm build` first');
  for (const name of packed.keys()) {
    if (!(name in cases) && name !== '@errs/core' && name !== '@errs/cli') console.log(`--  ${name} has no case in fixtures/uses.mjs: installed, not exercised`);
  }
  npmInstall(app, [...packed.values()].map((p) => p.tarball));
  cpSync(fixtures, app, { recursive: true });
  return { app, tarballs, packed, systems: Object.keys(cases).filter((name) => packed.has(name)) };
}
