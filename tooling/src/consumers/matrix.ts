// The consumer matrix: every package packed, installed with npm into fresh projects (no
// workspace links), then used the ways users use it: Node ESM, Node CJS, TypeScript under strict
// with node16 and bundler resolution, an esbuild bundle, the `errs` bin, and two system packages
// on two different versions of @errs/core.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Packed, packAll } from './pack.js';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');

async function step(name: string, run: () => string | void | Promise<unknown>): Promise<void> {
  const started = Date.now();
  const output = await run();
  console.log(`ok  ${name} (${Date.now() - started} ms)${typeof output === 'string' && output ? `\n${output.trim().replace(/^/gm, '    ')}` : ''}`);
}

function node(args: string[], cwd: string): string {
  try {
    return execFileSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`node ${args.join(' ')} failed:\n${stdout}${stderr}`);
  }
}

function npmInstall(cwd: string, specs: string[]): void {
  writeFileSync(join(cwd, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', ...specs], { cwd, stdio: 'pipe' });
}

/** Core packed again under another version, for the two-cores project. */
function packCoreAs(version: string, core: Packed, destination: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'errs-core-'));
  execFileSync('tar', ['xzf', core.tarball, '-C', copy]);
  const manifest = join(copy, 'package', 'package.json');
  writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), version }, null, 2));
  return join(destination, execFileSync('npm', ['pack', '--silent', '--pack-destination', destination], { cwd: join(copy, 'package'), encoding: 'utf8' }).trim());
}

/** A system package's tarball made to depend on an exact core tarball. */
function dependOn(pkg: Packed, coreTarball: string, destination: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'errs-dep-'));
  execFileSync('tar', ['xzf', pkg.tarball, '-C', copy]);
  const manifest = join(copy, 'package', 'package.json');
  const json = JSON.parse(readFileSync(manifest, 'utf8'));
  json.dependencies['@errs/core'] = `file:${coreTarball}`;
  writeFileSync(manifest, JSON.stringify(json, null, 2));
  return join(destination, execFileSync('npm', ['pack', '--silent', '--pack-destination', destination], { cwd: join(copy, 'package'), encoding: 'utf8' }).trim());
}

const work = mkdtempSync(join(tmpdir(), 'errs-consumers-'));
try {
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  let packed = new Map<string, Packed>();
  await step('pack every publishable package', () => {
    packed = packAll(tarballs);
    return [...packed.values()].map((p) => p.tarball.slice(tarballs.length + 1)).join('\n');
  });

  const app = join(work, 'app');
  mkdirSync(app);
  await step('npm install the tarballs into an empty project', () => npmInstall(app, [...packed.values()].map((p) => p.tarball)));
  cpSync(join(here, 'fixtures'), app, { recursive: true });
  await step('Node ESM import', () => node(['esm.mjs'], app));
  await step('Node CJS require', () => node(['cjs.cjs'], app));
  for (const resolution of ['node16', 'bundler'] as const) {
    await step(`TypeScript strict, moduleResolution ${resolution}`, () => {
      const module = resolution === 'node16' ? 'node16' : 'esnext';
      const config = { compilerOptions: { strict: true, noEmit: true, module, moduleResolution: resolution, target: 'es2022', types: [], skipLibCheck: false }, files: ['typed.ts'] };
      writeFileSync(join(app, `tsconfig.${resolution}.json`), JSON.stringify(config));
      node([tsc, '-p', `tsconfig.${resolution}.json`], app);
    });
  }
  await step('esbuild bundle', () => {
    writeFileSync(
      join(app, 'bundle-entry.mjs'),
      `import * as core from '@errs/core';\nimport { cases, check } from './uses.mjs';\n` +
        Object.keys({ nebula: 1, ges: 1, polaris: 1, blobstore: 1 })
          .map((s) => `import * as ${s} from '@errs/${s}';\nconsole.log('bundle', check('@errs/${s}', ${s}, ${s}, core));`)
          .join('\n'),
    );
    return build({ entryPoints: [join(app, 'bundle-entry.mjs')], bundle: true, format: 'esm', platform: 'neutral', outfile: join(app, 'bundle.mjs'), logLevel: 'error' });
  });
  await step('run the esbuild bundle', () => node(['bundle.mjs'], app));
  await step('the errs bin', () => {
    const out = execFileSync(join(app, 'node_modules', '.bin', 'errs'), ['-1004', '--json'], { encoding: 'utf8' });
    if (!out.includes('"className": "NebulaSyntaxError"')) throw new Error(`errs -1004 printed: ${out.slice(0, 200)}`);
  });

  const twoCores = join(work, 'two-cores');
  mkdirSync(twoCores);
  await step('two system packages on two versions of @errs/core', () => {
    const core = packed.get('@errs/core')!;
    const newer = packCoreAs('0.2.0-consumer.0', core, tarballs);
    const ges = dependOn(packed.get('@errs/ges')!, newer, tarballs);
    npmInstall(twoCores, [core.tarball, packed.get('@errs/nebula')!.tarball, ges]);
    cpSync(join(here, 'fixtures', 'two-cores.cjs'), join(twoCores, 'two-cores.cjs'));
    return node(['two-cores.cjs'], twoCores).replaceAll(work, '<tmp>');
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
