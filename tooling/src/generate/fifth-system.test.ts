// A fifth system is its package alone: a data file, readers (wire.ts), a README. Two synthetic
// systems are written into an empty repository in a temp dir, the generator runs there, and
// what it writes is loaded and used as a user would: the classes, the catalog, the descriptor,
// the entry point and the CLI's list of systems.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, repoRoot } from '../catalog/load.js';
import { renderAll, writeOutputs } from './generate.js';
import { TABLE_END, TABLE_START } from './render-readme.js';

const here = join(repoRoot, 'tooling', 'src', 'generate', 'synthetic');
const root = mkdtempSync(join(tmpdir(), 'errs-fifth-'));

function addSystem(id: string, base: string): void {
  const dir = join(root, 'packages', id);
  mkdirSync(join(dir, 'data'), { recursive: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  cpSync(join(here, `${id}.json`), join(dir, 'data', 'errors.json'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `@errs/${id}`, version: '0.0.0', type: 'module' }));
  writeFileSync(join(dir, 'README.md'), `# @errs/${id}\n\n${TABLE_START}\n${TABLE_END}\n`);
  writeFileSync(join(dir, 'src', 'wire.ts'), readFileSync(join(here, 'wire.ts.txt'), 'utf8').replaceAll('__BASE__', base));
}

let written: string[] = [];
type Pkg = Record<string, any>;
let fifth: Pkg;
let demo: Pkg;

beforeAll(async () => {
  mkdirSync(join(root, 'packages', 'cli'), { recursive: true });
  cpSync(join(repoRoot, 'packages', 'cli', 'package.json'), join(root, 'packages', 'cli', 'package.json'));
  addSystem('demo', 'DemoError');
  addSystem('fifth', 'FifthError');
  const { problems, files } = renderAll(readInputs(root));
  expect(problems).toEqual([]);
  written = writeOutputs(root, files, { check: false });
  fifth = await import(join(root, 'packages', 'fifth', 'src', 'index.ts'));
  demo = await import(join(root, 'packages', 'demo', 'src', 'index.ts'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a fifth system package', () => {
  it('gets every generated file from its data file, and a place in the CLI', () => {
    const perPackage = ['src/generated/base.ts', 'src/generated/catalog.ts', 'src/generated/classes.ts', 'src/generated/codes.ts', 'src/generated/descriptor.ts', 'src/generated/factories.ts', 'src/generated/format.ts', 'src/generated/registry.ts', 'src/index.ts', 'README.md'];
    expect(written.sort()).toEqual(
      [...['demo', 'fifth'].flatMap((id) => perPackage.map((f) => `packages/${id}/${f}`)), 'packages/cli/package.json', 'packages/cli/src/generated/systems.ts'].sort(),
    );
    const cli = JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8'));
    // The CLI depends on exactly the system packages there are, and keeps its other dependencies.
    expect(Object.keys(cli.dependencies).filter((d) => d.startsWith('@errs/'))).toEqual(['@errs/core', '@errs/demo', '@errs/fifth']);
    expect(cli.dependencies['@errs/fifth']).toBe('workspace:^');
    expect(cli.dependencies.commander).toBeDefined();
    const systems = readFileSync(join(root, 'packages', 'cli', 'src', 'generated', 'systems.ts'), 'utf8');
    expect(systems).toContain(`import { system as fifth } from '@errs/fifth';`);
  });

  it('describes itself: id, names, code format, status rule, categories, catalog', () => {
    const system = fifth.system;
    expect(system).toMatchObject({ id: 'fifth', displayName: 'Fifth Service', packageName: '@errs/fifth', prefix: 'Fifth', example: 'FIF.101', httpStatus: 'per-code' });
    expect(system.codeFormat.normalize(' fif.7 ')).toBe('FIF.007');
    expect(system.codeFormat.rangeKey('FIF.902')).toBe(902);
    expect(system.categories.map((c: { className: string }) => c.className)).toEqual(['FifthAlphaError', 'FifthServerSideError']);
    expect(system.catalog.map((e: { code: string }) => e.code)).toEqual(['FIF.000', 'FIF.101', 'FIF.902']);
    expect(fifth.normalizeCode('fif.101')).toBe('FIF.101');
  });

  it('gives each code its class, with the category its range gives and the status its entry states', () => {
    const err = fifth.fromCode('fif.101');
    expect(err).toBeInstanceOf(fifth.FifthBadInputError);
    expect(err).toBeInstanceOf(fifth.FifthAlphaError);
    expect(err).toBeInstanceOf(fifth.FifthError);
    expect(err).toMatchObject({ name: 'FifthBadInputError', system: 'fifth', code: 'FIF.101', symbol: 'FIF.101', category: 'alpha', httpStatus: 400, message: 'bad input' });
    expect(fifth.fromCode('FIF.150')).toMatchObject({ name: 'FifthAlphaError', category: 'alpha', httpStatus: 400, code: 'FIF.150' });
    expect(fifth.fromCode('FIF.950')).toBeInstanceOf(fifth.FifthServerSideError);
    expect(() => fifth.fromCode('FIF.000')).toThrow(RangeError);
    // Codes whose symbol is no identifier are keyed by their class name.
    expect(fifth.FifthCodes).toEqual({ 'FIF.000': 'FIF.000', BadInput: 'FIF.101', Busy: 'FIF.902' });
    expect(fifth.fromResponse({ status: 400, body: { error_code: 'FIF.101', error_msg: 'bad input: x' } })).toMatchObject({ name: 'FifthBadInputError', message: 'bad input: x', httpStatus: 400 });
    expect(fifth.fromJSON(JSON.parse(JSON.stringify(fifth.fromCode('FIF.902'))))).toBeInstanceOf(fifth.FifthBusyError);
    expect(fifth.isFifthError(err) && !fifth.isFifthError(new Error('x'))).toBe(true);
    expect(fifth.isFifthSuccessCode('fif.0')).toBe(true);
  });

  it('derives classes from symbols, categories from ranges, and keeps the stated exceptions', () => {
    const raft = demo.fromCode(-3523);
    expect(raft).toBeInstanceOf(demo.DemoRaftTooManyRequestsError);
    expect(raft).toBeInstanceOf(demo.DemoRaftError);
    expect(raft).toBeInstanceOf(demo.DemoStorageError);
    expect(raft).toMatchObject({ category: 'raft', retryable: true, throttling: false, symbol: 'E_RAFT_TOO_MANY_REQUESTS' });
    expect(raft.httpStatus).toBeUndefined();
    expect(demo.fromCode(-3002)).toMatchObject({ name: 'DemoKeyHasExistsError', category: 'storage' });
    // Exceptions: a status under the 'none' rule, a class by hand, a category outside its range.
    expect(demo.fromCode(-1004)).toMatchObject({ name: 'DemoSyntaxError', category: 'graph', httpStatus: 400 });
    expect(demo.fromCode(-1006)).toMatchObject({ name: 'DemoDuplicateKeyError', category: 'graph' });
    expect(demo.fromCode(-3003)).toMatchObject({ name: 'DemoMovedError', category: 'graph' });
    expect(demo.fromCode(-3003)).not.toBeInstanceOf(demo.DemoStorageError);
    // A renumbered code gives the class of its new number; the old code stays in the catalog.
    expect(demo.fromCode(-1005)).toBeInstanceOf(demo.DemoSyntaxError);
    expect(demo.catalog.find((e: { code: number }) => e.code === -1005)).toMatchObject({ replacedBy: -1004, className: 'DemoSyntaxError', deprecated: 'Renumbered to -1004.' });
    // No range holds -8000; a category named by a number states its class.
    expect(demo.fromCode(-8000)).toMatchObject({ name: 'DemoUnknownError' });
    expect(demo.fromCode(-8000).category).toBeUndefined();
    // Codes outside the catalog take their category's facts.
    expect(demo.fromCode(-4500)).toMatchObject({ name: 'DemoConflictError', category: '409', retryable: true, throttling: true });
    expect(demo.fromCode(-3555)).toMatchObject({ name: 'DemoRaftError', retryable: false, throttling: false });
    expect(demo.fromCode(-1500)).toMatchObject({ name: 'DemoGraphError', httpStatus: 503 });
    expect(demo.genericErrors).toEqual([{ status: 404, message: 'Not Found', symbol: 'ErrNotFound', retryable: false, note: 'A plain status.' }]);
    expect(demo.DemoCodes.E_RAFT_TOO_MANY_REQUESTS).toBe(-3523);
    expect(demo.system.httpStatus).toBe('none');
  });

  it('writes its README table from the catalog', () => {
    const readme = readFileSync(join(root, 'packages', 'demo', 'README.md'), 'utf8');
    expect(readme).toContain('| `-3523` | `E_RAFT_TOO_MANY_REQUESTS` | `DemoRaftTooManyRequestsError` | raft |  | yes | Too many requests | 请求数量过多 | yes |');
    expect(readme).toContain('| `0` | `SUCCEEDED` | (success) |');
  });

  it('is left alone by a second run: generation is stable', () => {
    expect(writeOutputs(root, renderAll(readInputs(root)).files, { check: true })).toEqual([]);
  });
});
