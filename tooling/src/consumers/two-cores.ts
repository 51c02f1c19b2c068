// The two-cores project: system packages are versioned on their own, so an app can end up with
// two versions of @errs/core. Core is packed again under the next minor version and one system
// package's tarball is rewritten to depend on that tarball (npm nests it under the package);
// another system package stays on the original core at the top level.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consumerCases } from './cases.js';
import { node, npmInstall } from './install.js';
import type { Packed } from './pack.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Unpacks a tarball, edits its package.json, packs it again with npm into `destination`. */
function repack(tarball: string, destination: string, edit: (manifest: Record<string, any>) => void): string {
  const copy = mkdtempSync(join(tmpdir(), 'errs-repack-'));
  try {
    execFileSync('tar', ['xzf', tarball, '-C', copy]);
    const file = join(copy, 'package', 'package.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    edit(manifest);
    writeFileSync(file, JSON.stringify(manifest, null, 2));
    const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', destination], { cwd: join(copy, 'package'), encoding: 'utf8', stdio: 'pipe' });
    return join(destination, name.trim().split('\n').pop()!);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

const nextMinor = (version: string): string => {
  const [major = '0', minor = '0'] = version.split('.');
  return `${major}.${Number(minor) + 1}.0`;
};

/** Builds and runs the project; returns the fixture's report. */
export function twoCores(project: string, packed: Map<string, Packed>, tarballs: string): string {
  const cases = consumerCases();
  const systems = Object.keys(cases).filter((name) => packed.has(name));
  if (systems.length === 0) return 'skipped: no system package is built';
  const core = packed.get('@errs/core')!;
  const newer = nextMinor(core.version);
  const newerCore = repack(core.tarball, tarballs, (m) => (m.version = newer));
  // With one system package only, it takes the newer core and the app's own core is the older.
  const [onOld, onNew] = systems.length >= 2 ? [systems[0]!, systems[1]!] : [undefined, systems[0]!];
  const rewritten = repack(packed.get(onNew)!.tarball, tarballs, (m) => (m.dependencies['@errs/core'] = `file:${newerCore}`));
  npmInstall(project, [core.tarball, ...(onOld ? [packed.get(onOld)!.tarball] : []), rewritten]);
  const config = {
    versions: [core.version, newer],
    systems: [...(onOld ? [{ name: onOld, code: cases[onOld]!.code }] : []), { name: onNew, code: cases[onNew]!.code, nested: true }],
  };
  writeFileSync(join(project, 'two-cores.json'), JSON.stringify(config, null, 2));
  cpSync(join(fixtures, 'two-cores.cjs'), join(project, 'two-cores.cjs'));
  return node(['two-cores.cjs'], project);
}
