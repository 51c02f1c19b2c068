// Packs the publishable packages as users get them: `pnpm pack` rewrites workspace: ranges to
// real versions, so the tarballs install with plain npm and no workspace links.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packagesDir } from '../catalog/load.js';

/** pnpm as the workspace runs it: the running pnpm when there is one, else the pinned version. */
export function pnpm(args: string[], cwd: string): string {
  const execpath = process.env.npm_execpath;
  const [command, prefix] = execpath?.includes('pnpm') ? [process.execPath, [execpath]] : ['npx', ['-y', 'pnpm@10.34.9']];
  return execFileSync(command, [...prefix, ...args], { cwd, encoding: 'utf8' });
}

export interface Packed {
  readonly name: string;
  readonly dir: string;
  readonly tarball: string;
}

export function publishablePackages(): { name: string; dir: string }[] {
  return readdirSync(packagesDir)
    .map((entry) => join(packagesDir, entry))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; private?: boolean } }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ name: manifest.name, dir }));
}

export function packAll(destination: string): Map<string, Packed> {
  const packed = new Map<string, Packed>();
  for (const { name, dir } of publishablePackages()) {
    const output = pnpm(['pack', '--pack-destination', destination], dir).trim().split('\n').pop()!;
    packed.set(name, { name, dir, tarball: output.startsWith('/') ? output : join(destination, output) });
  }
  return packed;
}
