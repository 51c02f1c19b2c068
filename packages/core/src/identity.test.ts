import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as source from './index.js';
import { dist, loadBuilds, loadInRealm } from '../test/builds.js';
import { type Fixture, makeFixture } from '../test/fixture.js';
import { instancesOf } from '../test/instances.js';

const { esm, cjs } = await loadBuilds();
// A second installed copy: the same build at another path is another module instance.
const otherDir = mkdtempSync(join(tmpdir(), 'errs-core-copy-'));
cpSync(dist, otherDir, { recursive: true });
const { esm: other } = await loadBuilds(otherDir);
afterAll(() => rmSync(otherDir, { recursive: true, force: true }));

type Level = 'perCode' | 'category' | 'base';
const classesOf = (f: Fixture) => ({
  DemoRaftTooManyRequestsError: f.DemoRaftTooManyRequestsError,
  DemoRaftError: f.DemoRaftError,
  DemoStorageError: f.DemoStorageError,
  DemoError: f.DemoError,
  CodedError: f.CodedError,
});
// Expected answers of `instance instanceof Class`, written from the contract: a per-code class
// matches its system and code, a category its system and range, the base its system, CodedError all;
// an instance of a less specific class is never an instance of a more specific one.
const expected: Record<Level, Record<keyof ReturnType<typeof classesOf>, boolean>> = {
  perCode: { DemoRaftTooManyRequestsError: true, DemoRaftError: true, DemoStorageError: true, DemoError: true, CodedError: true },
  category: { DemoRaftTooManyRequestsError: false, DemoRaftError: true, DemoStorageError: true, DemoError: true, CodedError: true },
  base: { DemoRaftTooManyRequestsError: false, DemoRaftError: false, DemoStorageError: false, DemoError: true, CodedError: true },
};

const copies: Record<string, Fixture> = {
  source: makeFixture(source),
  esm: makeFixture(esm),
  cjs: makeFixture(cjs),
  'other path': makeFixture(other),
};
const realm = loadInRealm();
copies['vm realm'] = makeFixture(realm.core);

const pairs = Object.keys(copies).flatMap((a) => Object.keys(copies).map((b) => [a, b] as const));

describe('instanceof table', () => {
  describe.each(pairs)('instances from %s, classes from %s', (from, to) => {
    const instances = instancesOf(copies[from]!);
    const classes = classesOf(copies[to]!);
    for (const level of Object.keys(expected) as Level[]) {
      for (const [name, answer] of Object.entries(expected[level])) {
        it(`${level} instance ${answer ? 'is' : 'is not'} a ${name}`, () => {
          expect(instances[level] instanceof classes[name as keyof typeof classes]).toBe(answer);
        });
      }
    }
  });

  it.each(Object.keys(copies))('plain objects and parsed JSON are never instances (%s)', (name) => {
    const f = copies[name]!;
    const err = new f.DemoRaftTooManyRequestsError();
    const lookalikes: unknown[] = [
      {},
      JSON.parse(JSON.stringify(err)),
      err.toJSON(),
      { ...err },
      structuredClone(err.toJSON()),
      { name: 'DemoRaftTooManyRequestsError', system: 'demo', code: -3523 },
      new Error('Too many requests'),
      null,
      undefined,
      -3523,
      'DemoRaftTooManyRequestsError',
    ];
    for (const value of lookalikes) {
      for (const cls of Object.values(classesOf(f))) expect(value instanceof cls).toBe(false);
      expect(f.system.isError(value)).toBe(false);
    }
  });

  it('isCodedError agrees with instanceof CodedError across copies', () => {
    for (const [a, b] of pairs) {
      const instances = instancesOf(copies[a]!);
      const isCoded = b === 'vm realm' ? realm.core.isCodedError : ({ source, esm, cjs, 'other path': other } as Record<string, typeof source>)[b]!.isCodedError;
      for (const value of Object.values(instances)) expect(isCoded(value)).toBe(true);
      expect(isCoded({ code: -3523 })).toBe(false);
    }
  });

  it('a class-free guard of a key agrees with instanceof of its class, across copies', () => {
    // The keys the fixture's classes declare or derive (system, system/category, system#code).
    const keyOf = { DemoRaftTooManyRequestsError: 'demo#-3523', DemoRaftError: 'demo/raft', DemoStorageError: 'demo/storage', DemoError: 'demo', CodedError: '@errs' };
    for (const [a, b] of pairs) {
      const guardOf = b === 'vm realm' ? realm.core.keyGuard : ({ source, esm, cjs, 'other path': other } as Record<string, typeof source>)[b]!.keyGuard;
      const instances = instancesOf(copies[a]!);
      for (const level of Object.keys(expected) as Level[]) {
        for (const [name, key] of Object.entries(keyOf)) expect(guardOf(key)(instances[level]), `${a} ${level} by ${b} ${name}`).toBe(expected[level][name as keyof typeof keyOf]);
      }
      class AppError extends copies[a]!.DemoStorageError {}
      expect(guardOf('demo/storage')(new AppError())).toBe(true);
      expect(guardOf('demo/raft')(new AppError())).toBe(false);
    }
    const hostile = new Proxy({}, { getPrototypeOf() { throw new Error('boom'); } });
    for (const value of [hostile, {}, { code: -3523, system: 'demo' }, new Error('x'), null, undefined, 'demo', -3523]) expect(source.keyGuard('demo')(value)).toBe(false);
  });

  it('a user subclass without its own key uses the native check only', () => {
    const f = copies.source!;
    class AppError extends f.DemoRaftTooManyRequestsError {}
    expect(new AppError() instanceof AppError).toBe(true);
    expect(new AppError() instanceof f.DemoRaftTooManyRequestsError).toBe(true);
    expect(new f.DemoRaftTooManyRequestsError() instanceof AppError).toBe(false);
    expect(new copies.cjs!.DemoRaftTooManyRequestsError() instanceof AppError).toBe(false);
  });

  it('like native instanceof, a prototype is not an instance of its own class, in any copy', () => {
    for (const [a, b] of pairs) {
      const proto = instancesOf(copies[a]!).perCode.constructor.prototype as object;
      expect(proto instanceof classesOf(copies[b]!).DemoRaftTooManyRequestsError).toBe(false);
      expect(proto instanceof classesOf(copies[b]!).DemoRaftError).toBe(true);
    }
  });

  it('a frozen class (hardened realm) still matches instances from other copies', () => {
    const f = makeFixture(source);
    Object.freeze(f.DemoRaftError);
    const fromCjs = new copies.cjs!.DemoRaftTooManyRequestsError();
    expect(fromCjs instanceof f.DemoRaftError).toBe(true);
    expect(new copies.cjs!.DemoError() instanceof f.DemoRaftError).toBe(false);
  });

  it('a hostile proxy is not an instance and does not throw', () => {
    const hostile = new Proxy({}, { get() { throw new Error('boom'); } });
    expect(source.isCodedError(hostile)).toBe(false);
  });
});
