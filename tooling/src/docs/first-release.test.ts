// The pending changesets as a release would apply them: `changeset version` on a copy of the
// workspace (its package manifests and .changeset only) must make the first published version of
// every package 0.1.0, and each changelog must open with that package's first-release entry and
// never speak of builds that were not published.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../catalog/load.js';

const work = mkdtempSync(join(tmpdir(), 'errs-release-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const packages = readdirSync(join(repoRoot, 'packages')).filter((name) => existsSync(join(repoRoot, 'packages', name, 'package.json')));
for (const file of ['package.json', 'pnpm-workspace.yaml']) cpSync(join(repoRoot, file), join(work, file));
cpSync(join(repoRoot, '.changeset'), join(work, '.changeset'), { recursive: true });
mkdirSync(join(work, 'tooling'));
cpSync(join(repoRoot, 'tooling', 'package.json'), join(work, 'tooling', 'package.json'));
for (const name of packages) {
  mkdirSync(join(work, 'packages', name), { recursive: true });
  cpSync(join(repoRoot, 'packages', name, 'package.json'), join(work, 'packages', name, 'package.json'));
}
// The changelog format names each entry's commit: the copy is a repository of one commit.
const git = (...args: string[]) => execFileSync('git', args, { cwd: work, stdio: 'pipe' });
git('init', '-q');
git('add', '-A');
git('-c', 'user.name=release-check', '-c', 'user.email=release-check@localhost', 'commit', '-qm', 'pending changesets');
// The changelog module requires @changesets/cli from the workspace's node_modules: the real one.
symlinkSync(join(repoRoot, 'node_modules'), join(work, 'node_modules'), 'dir');
execFileSync(process.execPath, [join(repoRoot, 'node_modules', '@changesets', 'cli', 'bin.js'), 'version'], { cwd: work, stdio: 'pipe' });

const manifest = (name: string) => JSON.parse(readFileSync(join(work, 'packages', name, 'package.json'), 'utf8')) as { name: string; version: string; private?: boolean };

describe('the pending changesets make a first release', () => {
  const published = packages.filter((name) => manifest(name).private !== true);

  it.each(published)('%s is released at 0.1.0', (name) => {
    expect(manifest(name).version).toBe('0.1.0');
  });

  it.each(published)("%s's changelog opens with its first release, and compares with nothing unpublished", (name) => {
    const changelog = readFileSync(join(work, 'packages', name, 'CHANGELOG.md'), 'utf8');
    expect(changelog.startsWith(`# ${manifest(name).name}\n\n## 0.1.0\n`)).toBe(true);
    // The first entry is the package's own first-release text.
    const first = /### Minor Changes\n\n- [0-9a-f]+: (.*)/.exec(changelog)?.[1];
    expect(first).toMatch(new RegExp(`^First release of \`${manifest(name).name === '@errs/cli' ? 'errs' : manifest(name).name}\``));
    // Nothing earlier was published: no entry measures itself against a build users never had.
    expect(changelog).not.toMatch(/\b(instead of|than before|no longer|used to|now costs|was \d)/i);
    expect(changelog).not.toMatch(/Updated dependencies/);
    expect(changelog.match(/^## /gm)).toHaveLength(1);
  });
});
