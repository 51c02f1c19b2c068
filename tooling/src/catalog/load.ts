// Finding and parsing the data files of every system package.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
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
}

export class DataError extends Error {
  override name = 'DataError';
}

export function loadDataFile(packageDir: string): LoadedData {
  const file = join(packageDir, 'data', 'errors.json');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DataError(`${file}: ${(error as Error).message}`);
  }
  const parsed = DataFile.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new DataError(`${file} does not match the catalog schema:\n${issues.join('\n')}`);
  }
  return { packageDir, file, data: parsed.data };
}

/** Every package under packages/ that has a data file, in directory order. */
export function loadAllDataFiles(): LoadedData[] {
  return readdirSync(packagesDir)
    .sort()
    .map((name) => join(packagesDir, name))
    .filter((dir) => existsSync(join(dir, 'data', 'errors.json')))
    .map(loadDataFile);
}
