// Reading the inputs of the generator: the data file, package.json and README of every system
// package, and the CLI's package.json. The only place the generator reads the disk.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFile, type DataFileT } from './schema.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const packagesDir = join(repoRoot, 'packages');

export interface LoadedData {
  /** Directory of the package that owns the data file. */
  readonly packageDir: string;
  readonly file: string;
  readonly data: DataFileT;
  /** The package's npm name, from its package.json. */
  readonly packageName: string;
  /** The package README, when it has one (its code table is generated). */
  readonly readme?: string;
}

export class DataError extends Error {
  override name = 'DataError';
}

/** Parses and checks a data file's JSON text against the schema. */
export function parseDataFile(text: string, file: string): DataFileT {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError(`${file}: ${(error as Error).message}`);
  }
  const parsed = DataFile.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new DataError(`${file} does not match the catalog schema:\n${issues.join('\n')}`);
  }
  return parsed.data;
}

export function loadDataFile(packageDir: string): LoadedData {
  const file = join(packageDir, 'data', 'errors.json');
  const data = parseDataFile(readFileSync(file, 'utf8'), file);
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name: string };
  const readmeFile = join(packageDir, 'README.md');
  const readme = existsSync(readmeFile) ? readFileSync(readmeFile, 'utf8') : undefined;
  return { packageDir, file, data, packageName: manifest.name, ...(readme === undefined ? {} : { readme }) };
}

/** Every package under `packages/` that has a data file, in directory order. */
export function loadAllDataFiles(dir: string = packagesDir): LoadedData[] {
  return readdirSync(dir)
    .sort()
    .map((name) => join(dir, name))
    .filter((d) => existsSync(join(d, 'data', 'errors.json')))
    .map(loadDataFile);
}

/** What the generator reads: every system package, and the CLI package's manifest. */
export interface GeneratorInputs {
  readonly root: string;
  readonly systems: readonly LoadedData[];
  /** packages/cli/package.json as text, when the CLI package exists. */
  readonly cliManifest?: string;
  /** The synthetic system core's test fixture is generated from, when the repository has it. */
  readonly fixture?: { readonly file: string; readonly data: DataFileT };
}

/** Where the synthetic system of the generator's tests lives; core's test fixture is made from it. */
export const FIXTURE_SOURCE = join('tooling', 'src', 'generate', 'synthetic', 'demo.json');

export function readInputs(root: string = repoRoot): GeneratorInputs {
  const dir = join(root, 'packages');
  const cli = join(dir, 'cli', 'package.json');
  const fixture = join(root, FIXTURE_SOURCE);
  return {
    root,
    systems: loadAllDataFiles(dir),
    ...(existsSync(cli) ? { cliManifest: readFileSync(cli, 'utf8') } : {}),
    ...(existsSync(fixture) && existsSync(join(dir, 'core')) ? { fixture: { file: fixture, data: parseDataFile(readFileSync(fixture, 'utf8'), fixture) } } : {}),
  };
}
