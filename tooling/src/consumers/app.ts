// The consumer project every flavour runs in: all usable packages packed, installed with npm from
// the tarballs, and the fixtures copied next to them. The matrix and the browser test share it.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ConsumerCase, casesModule, consumerCases, typedSource } from './cases.js';
import { npmInstall } from './install.js';
import { type Packed, packAll } from './pack.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export interface ConsumerApp {
  readonly app: string;
  readonly tarballs: string;
  readonly packed: Map<string, Packed>;
  /** The installed system packages (each has a case: its data file gives it). */
  readonly systems: string[];
  readonly cases: Record<string, ConsumerCase>;
}

export function installApp(work: string): ConsumerApp {
  const tarballs = join(work, 'tarballs');
  const app = join(work, 'app');
  mkdirSync(tarballs, { recursive: true });
  const packed = packAll(tarballs);
  if (!packed.has('@errs/core')) throw new Error('@errs/core is not built: run `pnpm build` first');
  const all = consumerCases();
  const systems = Object.keys(all).filter((name) => packed.has(name));
  const cases = Object.fromEntries(systems.map((name) => [name, all[name]!]));
  npmInstall(app, [...packed.values()].map((p) => p.tarball));
  cpSync(fixtures, app, { recursive: true });
  writeFileSync(join(app, 'cases.mjs'), casesModule(cases));
  for (const name of systems) writeFileSync(join(app, 'typed', `${name.replace('@errs/', '')}.ts`), typedSource(name, cases[name]!));
  return { app, tarballs, packed, systems, cases };
}
