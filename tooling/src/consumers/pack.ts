// Packs the publishable packages as users get them: `pnpm pack` rewrites workspace: ranges to
// real versions, so the tarballs install with plain npm and no workspace links.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { type WorkspacePackage, discoverPackages } from './discover.js';

/** pnpm as the workspace runs it: the running pnpm when there is one, else the pinned version. */
export function pnpm(args: string[], cwd: string): string {
  const execpath = process.env.npm_execpath;
  const [command, prefix] = execpath?.includes('pnpm') ? [process.execPath, [execpath]] : ['npx', ['-y', 'pnpm@10.34.9']];
  return execFileSync(command, [...prefix, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface Packed extends WorkspacePackage {
  readonly tarball: string;
}

/** Packs every usable package into `destination`; logs the ones left out and why. */
export function packAll(destination: string): Map<string, Packed> {
  const { usable, skipped } = discoverPackages();
  for (const { name, why } of skipped) console.log(`--  skipping ${name}: ${why}`);
  const packed = new Map<string, Packed>();
  for (const pkg of usable) {
    const output = pnpm(['pack', '--pack-destination', destination], pkg.dir).trim().split('\n').pop()!;
    packed.set(pkg.name, { ...pkg, tarball: output.startsWith('/') ? output : join(destination, output) });
  }
  return packed;
}
