// Renders every generated file of a package and writes it, or reports which are stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type LoadedData, loadAllDataFiles, repoRoot } from '../catalog/load.js';
import { validateAcrossFiles, validateDataFile } from '../catalog/validate.js';
import { buildModel } from './model.js';
import { renderCatalog } from './render-catalog.js';
import { renderClasses } from './render-classes.js';
import { renderCodes } from './render-codes.js';
import { renderBase, renderFactories } from './render-factories.js';
import { renderRegistry } from './render-registry.js';
import { renderTable, replaceTable } from './render-readme.js';

/** Path -> expected content for one package. */
export function renderPackage(loaded: LoadedData): Map<string, string> {
  const model = buildModel(loaded.data);
  const dir = join(loaded.packageDir, 'src', 'generated');
  const files = new Map<string, string>([
    [join(dir, 'base.ts'), renderBase(model)],
    [join(dir, 'classes.ts'), renderClasses(model)],
    [join(dir, 'factories.ts'), renderFactories(model)],
    [join(dir, 'registry.ts'), renderRegistry(model)],
    [join(dir, 'codes.ts'), renderCodes(model)],
    [join(dir, 'catalog.ts'), renderCatalog(model)],
  ]);
  const readme = join(loaded.packageDir, 'README.md');
  if (existsSync(readme)) files.set(readme, replaceTable(readFileSync(readme, 'utf8'), renderTable(model)));
  return files;
}

/** Every problem in the data files, across all packages. */
export function validateAll(all: readonly LoadedData[]): string[] {
  return [
    ...all.flatMap((l) => validateDataFile(l.data).map((p) => `${relative(repoRoot, l.file)}: ${p}`)),
    ...validateAcrossFiles(all.map((l) => l.data)),
  ];
}

export interface GenerateResult {
  readonly problems: readonly string[];
  /** Files whose content differs from what the data gives (written unless checking). */
  readonly changed: readonly string[];
}

export function generate(options: { check: boolean; only?: readonly string[] }): GenerateResult {
  const all = loadAllDataFiles();
  const problems = validateAll(all);
  if (problems.length > 0) return { problems, changed: [] };
  const changed: string[] = [];
  for (const loaded of all) {
    if (options.only && !options.only.includes(loaded.data.system)) continue;
    for (const [file, content] of renderPackage(loaded)) {
      const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      if (current === content) continue;
      changed.push(relative(repoRoot, file));
      if (!options.check) {
        mkdirSync(join(file, '..'), { recursive: true });
        writeFileSync(file, content);
      }
    }
  }
  return { problems, changed };
}
