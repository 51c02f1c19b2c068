// The consumer matrix: every usable package packed, installed with npm into fresh projects (no
// workspace links), then used the ways users use it: Node ESM, Node CJS, TypeScript under strict
// with node16 and bundler resolution and with lib ES2020, every README snippet under
// exactOptionalPropertyTypes, the reasons fromCode's rejections give, an esbuild bundle, the `errs` bin, two system packages on
// two versions of @errs/core, and the type cost of narrowing every code. Packages are discovered
// (discover.ts), so the matrix covers whatever is built.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ConsumerApp, installApp } from './app.js';
import { buildBundles } from './bundle.js';
import { node, tsc } from './install.js';
import { readmeSnippets } from './readme-snippets.js';
import { rejectionReasons } from './reasons.js';
import { twoCores } from './two-cores.js';
import { typeCost, typeCostTable } from './type-cost.js';


async function step(name: string, run: () => string | void | Promise<unknown>): Promise<void> {
  const started = Date.now();
  const output = await run();
  console.log(`ok  ${name} (${Date.now() - started} ms)${typeof output === 'string' && output ? `\n${output.trim().replace(/^/gm, '    ')}` : ''}`);
}

/**
 * A strict TypeScript project over typed/core.ts and the installed systems' typed/<system>.ts;
 * `lib` other than the default (ES2022) checks the types against an older standard library.
 */
function typeCheck(app: string, resolution: 'node16' | 'bundler', systems: string[], lib?: 'es2020'): string {
  const dir = join(app, `ts-${resolution}${lib === undefined ? '' : `-${lib}`}`);
  mkdirSync(dir, { recursive: true });
  const files = ['core', ...systems.map((s) => s.replace('@errs/', ''))].map((f) => `../typed/${f}.ts`);
  if (resolution === 'node16') {
    // The app is CommonJS, so .ts files resolve the require types (.d.cts); .mts copies of the
    // same files resolve the import types (.d.ts).
    for (const f of [...files]) {
      copyFileSync(join(dir, f), join(dir, f.replace(/\.ts$/, '.mts')));
      files.push(f.replace(/\.ts$/, '.mts'));
    }
  }
  const module = resolution === 'node16' ? 'node16' : 'esnext';
  // Without `lib`, the target's default (ES2022 with DOM).
  const libs = lib === undefined ? {} : { lib: [lib] };
  const config = { compilerOptions: { strict: true, noEmit: true, module, moduleResolution: resolution, target: lib ?? 'es2022', ...libs, types: [], skipLibCheck: false }, files };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config, null, 2));
  node([tsc, '-p', 'tsconfig.json'], dir);
  return `${files.length} files`;
}

const work = mkdtempSync(join(tmpdir(), 'errs-consumers-'));
try {
  let consumer!: ConsumerApp;
  await step('pack every usable package and npm install the tarballs into an empty project', () => {
    consumer = installApp(work);
    return [...consumer.packed.values()].map((p) => p.tarball.slice(consumer.tarballs.length + 1)).join('\n');
  });
  const { app, systems, packed } = consumer;
  await step('Node ESM import', () => node(['esm.mjs'], app));
  await step('Node CJS require', () => node(['cjs.cjs'], app));
  await step('TypeScript strict, moduleResolution node16', () => typeCheck(app, 'node16', systems));
  await step('TypeScript strict, moduleResolution bundler', () => typeCheck(app, 'bundler', systems));
  // ES2020's Error has no `cause`: CodedError declares its own.
  await step('TypeScript strict, lib ES2020 (err.cause on every class)', () => typeCheck(app, 'bundler', systems, 'es2020'));
  await step('TypeScript strict + exactOptionalPropertyTypes: every README snippet and option bag', () => readmeSnippets(app, ['@errs/core', ...systems]));
  await step("TypeScript: fromCode's rejections say why", () => rejectionReasons(app, systems));
  await step('esbuild bundles (platform browser, two copies)', () => buildBundles(app, systems).then(() => undefined));
  await step('run the esbuild bundles', () => node(['run-bundles.mjs'], app));
  if (packed.has('@errs/cli')) {
    await step('the errs bin', () => {
      // Every system's example code, looked up as a user would.
      for (const name of systems) {
        const c = consumer.cases[name]!;
        const out = execFileSync(join(app, 'node_modules', '.bin', 'errs'), [String(c.code), '--json'], { encoding: 'utf8' });
        if (!out.includes(`"className": "${c.cls}"`)) throw new Error(`errs ${c.code} printed: ${out.slice(0, 200)}`);
      }
    });
  }
  await step('two system packages on two versions of @errs/core', () => twoCores(join(work, 'two-cores'), packed, consumer.tarballs));
  await step('type cost: every code narrowed through fromCode + switch (tsc --extendedDiagnostics)', () => typeCostTable(typeCost(app, systems)));
} finally {
  // ERRS_KEEP=1 keeps the projects for a look after a failure.
  if (process.env.ERRS_KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
