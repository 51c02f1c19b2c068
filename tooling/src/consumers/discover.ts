// Which packages the consumer matrix, the browser test and the size report can use right now:
// publishable (not private), built (a dist/ with files), and with every @errs/* dependency among
// them, since a tarball whose sibling is missing cannot install without a registry. So the same
// scripts work while some packages are still being written and once all of them exist.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packagesDir } from '../catalog/load.js';

export interface WorkspacePackage {
  readonly name: string;
  readonly dir: string;
  readonly version: string;
}

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
}

const built = (dir: string): boolean => existsSync(join(dir, 'dist')) && readdirSync(join(dir, 'dist')).length > 0;

export interface Discovery {
  readonly usable: WorkspacePackage[];
  /** Publishable packages left out, with the reason, so a run says what it did not cover. */
  readonly skipped: { name: string; why: string }[];
}

export function discoverPackages(root: string = packagesDir): Discovery {
  const candidates = readdirSync(root)
    .map((entry) => join(root, entry))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest }))
    .filter(({ manifest }) => manifest.private !== true);
  const skipped: { name: string; why: string }[] = [];
  // ERRS_ONLY=@errs/core,@errs/blobstore narrows a run to some packages (and what they depend on must be listed too).
  const only = process.env.ERRS_ONLY?.split(',').map((s) => s.trim());
  let usable = candidates.filter(({ dir, manifest }) => {
    const why = only && !only.includes(manifest.name) ? 'not in ERRS_ONLY' : built(dir) ? undefined : 'no dist/ (not built)';
    if (why) skipped.push({ name: manifest.name, why });
    return why === undefined;
  });
  // Drop packages whose errs dependencies were dropped, until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    const names = new Set(usable.map(({ manifest }) => manifest.name));
    usable = usable.filter(({ manifest }) => {
      const missing = Object.keys(manifest.dependencies ?? {}).filter((dep) => dep.startsWith('@errs/') && !names.has(dep));
      if (missing.length === 0) return true;
      skipped.push({ name: manifest.name, why: `depends on ${missing.join(', ')}, which is not usable` });
      changed = true;
      return false;
    });
  }
  return { usable: usable.map(({ dir, manifest }) => ({ name: manifest.name, dir, version: manifest.version })), skipped };
}
