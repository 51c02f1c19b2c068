// The generator: read every input (catalog/load.ts readInputs), render every file from the
// models (pure), write or check the files (writeOutputs). Nothing between reads or writes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type GeneratorInputs, type LoadedData, readInputs } from '../catalog/load.js';
import { validateAcrossFiles, validateDataFile } from '../catalog/validate.js';
import { buildModel } from './model.js';
import { renderCatalog } from './render-catalog.js';
import { renderClasses } from './render-classes.js';
import { renderCliManifest, renderCliSystems } from './render-cli.js';
import { renderCodes } from './render-codes.js';
import { renderDescriptor, renderFormat } from './render-descriptor.js';
import { renderBase, renderFactories } from './render-factories.js';
import { renderFixture } from './render-fixture.js';
import { renderIndex } from './render-index.js';
import { renderRegistry } from './render-registry.js';
import { renderTable, replaceTable } from './render-readme.js';

/** Path (relative to the package) -> content, for one system package. */
export function renderPackage(loaded: Pick<LoadedData, 'data' | 'packageName' | 'readme'>): Map<string, string> {
  const model = buildModel(loaded.data);
  const files = new Map<string, string>([
    ['src/generated/base.ts', renderBase(model)],
    ['src/generated/classes.ts', renderClasses(model)],
    ['src/generated/factories.ts', renderFactories(model)],
    ['src/generated/registry.ts', renderRegistry(model)],
    ['src/generated/codes.ts', renderCodes(model)],
    ['src/generated/catalog.ts', renderCatalog(model)],
    ['src/generated/format.ts', renderFormat(model)],
    ['src/generated/descriptor.ts', renderDescriptor(model, loaded.packageName)],
    ['src/index.ts', renderIndex(model)],
  ]);
  if (loaded.readme !== undefined) files.set('README.md', replaceTable(loaded.readme, renderTable(model)));
  return files;
}

/** Every problem in the data files, across all packages. */
export function validateAll(inputs: Pick<GeneratorInputs, 'root' | 'systems'>): string[] {
  const all = inputs.systems;
  return [
    ...all.flatMap((l) => validateDataFile(l.data).map((p) => `${relative(inputs.root, l.file)}: ${p}`)),
    ...validateAcrossFiles(all.map((l) => l.data)),
    ...all.filter((l) => l.packageName !== `@errs/${l.data.system}`).map((l) => `${relative(inputs.root, l.file)}: the package is ${l.packageName}, not @errs/${l.data.system}`),
  ];
}

export interface Rendered {
  readonly problems: readonly string[];
  /** Path relative to the repository root -> content. Empty when there are problems. */
  readonly files: ReadonlyMap<string, string>;
}

/** Every generated file of the repository, from the inputs alone. */
export function renderAll(inputs: GeneratorInputs): Rendered {
  const fixtureProblems = inputs.fixture === undefined ? [] : validateDataFile(inputs.fixture.data).map((p) => `${relative(inputs.root, inputs.fixture!.file)}: ${p}`);
  const problems = [...validateAll(inputs), ...fixtureProblems];
  if (problems.length > 0) return { problems, files: new Map() };
  const files = new Map<string, string>();
  for (const loaded of inputs.systems) {
    const dir = relative(inputs.root, loaded.packageDir);
    for (const [file, content] of renderPackage(loaded)) files.set(join(dir, file), content);
  }
  if (inputs.cliManifest !== undefined) {
    const systems = inputs.systems.map((l) => ({ id: l.data.system, packageName: l.packageName }));
    files.set(join('packages', 'cli', 'src', 'generated', 'systems.ts'), renderCliSystems(systems));
    files.set(join('packages', 'cli', 'package.json'), renderCliManifest(inputs.cliManifest, systems));
  }
  if (inputs.fixture !== undefined) {
    const from = relative(inputs.root, inputs.fixture.file).split(/[\\/]/).join('/');
    files.set(join('packages', 'core', 'test', 'fixture.ts'), renderFixture(buildModel(inputs.fixture.data), from));
  }
  return { problems, files };
}

/** Writes (or, checking, only compares) the files; returns the ones whose content changed. */
export function writeOutputs(root: string, files: ReadonlyMap<string, string>, options: { check: boolean }): string[] {
  const changed: string[] = [];
  for (const [file, content] of files) {
    const path = join(root, file);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === content) continue;
    changed.push(file);
    if (!options.check) {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, content);
    }
  }
  return changed;
}

export interface GenerateResult {
  readonly problems: readonly string[];
  /** Files whose content differs from what the data gives (written unless checking). */
  readonly changed: readonly string[];
}

/**
 * Validates, renders and writes (or checks). `only` keeps the files of the named package
 * directories ('nebula', 'cli').
 */
export function generate(options: { check: boolean; only?: readonly string[]; root?: string }): GenerateResult {
  const inputs = readInputs(options.root);
  const { problems, files } = renderAll(inputs);
  if (problems.length > 0) return { problems, changed: [] };
  const kept = new Map([...files].filter(([file]) => options.only === undefined || options.only.includes(file.split(/[\\/]/)[1] ?? '')));
  return { problems, changed: writeOutputs(inputs.root, kept, options) };
}
