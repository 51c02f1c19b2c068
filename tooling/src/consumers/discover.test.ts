import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverPackages } from './discover.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function pkg(dir: string, manifest: object, built: boolean): void {
  mkdirSync(join(root, dir, 'dist'), { recursive: true });
  writeFileSync(join(root, dir, 'package.json'), JSON.stringify({ version: '0.1.0', ...manifest }));
  if (built) writeFileSync(join(root, dir, 'dist', 'index.js'), '');
}

describe('discoverPackages', () => {
  it('keeps built publishable packages and says why it skipped the others', () => {
    root = mkdtempSync(join(tmpdir(), 'errs-discover-'));
    pkg('core', { name: '@errs/core' }, true);
    pkg('blobstore', { name: '@errs/blobstore', dependencies: { '@errs/core': 'workspace:^' } }, true);
    pkg('nebula', { name: '@errs/nebula', dependencies: { '@errs/core': 'workspace:^' } }, false);
    pkg('cli', { name: '@errs/cli', dependencies: { '@errs/nebula': 'workspace:^', '@errs/blobstore': 'workspace:^' } }, true);
    pkg('tooling', { name: '@errs/tooling', private: true }, true);
    mkdirSync(join(root, 'not-a-package'));

    const { usable, skipped } = discoverPackages(root);
    expect(usable.map((p) => p.name).sort()).toEqual(['@errs/blobstore', '@errs/core']);
    expect(skipped).toEqual([
      { name: '@errs/nebula', why: 'no dist/ (not built)' },
      { name: '@errs/cli', why: 'depends on @errs/nebula, which is not usable' },
    ]);
  });
});
