// Fresh consumer projects: a bare package.json and `npm install` of tarball paths, so nothing is
// linked from the workspace and no registry is needed for the errs packages themselves.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The TypeScript compiler every consumer step runs: this workspace's own. */
export const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

export function npmInstall(cwd: string, tarballs: string[]): void {
  mkdirSync(cwd, { recursive: true });
  writeFileSync(join(cwd, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }));
  try {
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', ...tarballs], { cwd, stdio: 'pipe' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`npm install in ${cwd} failed:\n${stdout}${stderr}`);
  }
}

/** Runs `node` in a consumer project; the error carries the script's own output. */
export function node(args: string[], cwd: string): string {
  try {
    return execFileSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`node ${args.join(' ')} failed:\n${stdout}${stderr}`);
  }
}
