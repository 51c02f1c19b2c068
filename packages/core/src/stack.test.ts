import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { loadInRealm } from '../test/builds.js';
import { makeFixture } from '../test/fixture.js';
import * as core from './index.js';

const f = makeFixture(core);
const { fromCode, fromJSON } = f.system;
const initialLimit = Error.stackTraceLimit;
afterEach(() => {
  Error.stackTraceLimit = initialLimit;
});

/** The "at ..." lines of a stack trace. */
const frames = (error: Error): string[] => (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));

/**
 * The shape of the first line Node prints for its own coded errors (`TypeError [ERR_X]: message`),
 * read off a real one in a plain Node process (a test runner installs its own trace formatter).
 */
const NODE_SHAPE = (() => {
  const script = "try { Buffer.alloc(-1) } catch (e) { process.stdout.write(JSON.stringify([e.stack.split('\\n')[0], e.name, e.code, e.message])) }";
  const [line, name, code, message] = JSON.parse(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 10_000 }).stdout) as string[];
  return line!.replace(name!, '<name>').replace(code!, '<code>').replace(message!, '<message>');
})();

/** Node's first line for `error`: what an operator greps for. */
function nodeHeader(error: { name: string; code?: unknown; message: string }): string {
  expect(NODE_SHAPE).toBe('<name> [<code>]: <message>');
  const shape = error.code === undefined ? '<name>: <message>' : NODE_SHAPE;
  return shape.replace('<name>', error.name).replace('<code>', String(error.code)).replace('<message>', error.message);
}

function callFromHere(code: unknown): Error {
  return fromCode(code);
}

function restoreFromHere(json: unknown): Error {
  return fromJSON(json);
}

describe('stack traces of the factories', () => {
  it('fromCode: the trace starts at the caller, with no frame of the factory or the class chain', () => {
    for (const code of [-3523, -3555, -9999, 'garbage']) {
      const error = callFromHere(code);
      expect(error.stack?.split('\n')[0]).toBe(nodeHeader(error));
      expect(frames(error)[0]).toContain('callFromHere');
      expect(frames(error).join('\n')).not.toMatch(/system\.ts|coded-error\.ts|stack\.ts/);
    }
  });

  it('fromJSON: the trace starts at the caller; restored causes carry no trace of their own', () => {
    const cause = new f.DemoRaftError('inner', { code: -3555 });
    const json = new f.DemoRaftTooManyRequestsError(undefined, { cause }).toJSON();
    const error = restoreFromHere(json);
    expect(frames(error)[0]).toContain('restoreFromHere');
    expect(error.cause).toBeInstanceOf(f.DemoRaftError);
    expect(frames(error.cause as Error)).toEqual([]);
  });

  it('direct construction keeps the native trace, starting at the caller, with the code in its first line', () => {
    const constructHere = () => new f.DemoRaftTooManyRequestsError();
    const error = constructHere();
    expect(frames(error)[0]).toContain('constructHere');
    expect(error.stack?.split('\n')[0]).toBe(nodeHeader(error));
    const base = new f.DemoError('no code known');
    expect(base.stack?.split('\n')[0]).toBe('DemoError: no code known');
  });

  it('the stack stays an ordinary property: assignable, cloned, inspected with the code and no internal keys', async () => {
    const { inspect } = await import('node:util');
    const error = fromCode(-3523, { message: 'busy' });
    const shown = inspect(error, { showHidden: true });
    expect(shown.split('\n')[0]).toBe(nodeHeader(error));
    expect(shown).not.toMatch(/Symbol\(|\[Getter|\[Setter/);
    expect(structuredClone(error).stack).toBe(error.stack);
    const assigned = fromCode(-3523);
    assigned.stack = 'replaced';
    expect(assigned.stack).toBe('replaced');
    expect(Object.keys(assigned)).not.toContain('stack');
    // Frozen or sealed before its stack was read, an error still gives its trace.
    for (const lock of [Object.freeze, Object.seal]) {
      const locked = lock(fromCode(-3523));
      expect(locked.stack?.split('\n')[0]).toBe(nodeHeader(locked));
      expect(frames(locked).length).toBeGreaterThan(0);
    }
  });

  it('an uncaught error prints its code in the first line, as Node prints its own', async () => {
    const { pathToFileURL } = await import('node:url');
    const dist = pathToFileURL(new URL('../dist/index.js', import.meta.url).pathname).href;
    const script = `import('${dist}').then(({ CodedError }) => { class E extends CodedError { static key = 'x#7'; static code = 7; static errorName = 'E'; } throw new E('boom'); })`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 10_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^E \[7\]: boom$/m);
  });

  it('honours the limit the application set, and leaves it as it was', () => {
    Error.stackTraceLimit = 0;
    expect(frames(callFromHere(-3523))).toEqual([]);
    expect(Error.stackTraceLimit).toBe(0);
    Error.stackTraceLimit = 2;
    expect(frames(callFromHere(-3523))).toHaveLength(2);
    expect(Error.stackTraceLimit).toBe(2);
  });

  it('restores the limit when building the error throws, and survives a hostile init', () => {
    // A success code is the one input fromCode refuses, from inside the paused build.
    expect(() => fromCode(0)).toThrow(RangeError);
    expect(Error.stackTraceLimit).toBe(initialLimit);
    const hostile = Object.defineProperty({}, 'requestId', {
      get() {
        throw new Error('boom');
      },
    });
    expect(fromCode(-3523, hostile).requestId).toBeUndefined();
    expect(Error.stackTraceLimit).toBe(initialLimit);
  });

  it('property: whatever the limit (number, odd number, not a number), it is left unchanged and the error is made', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double(), fc.constant(undefined), fc.string()),
        fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
        (limit, code) => {
          (Error as { stackTraceLimit?: unknown }).stackTraceLimit = limit;
          let made: unknown;
          try {
            made = fromCode(code);
          } catch (error) {
            made = error;
          }
          expect(Object.is((Error as { stackTraceLimit?: unknown }).stackTraceLimit, limit)).toBe(true);
          expect(made instanceof f.DemoError || made instanceof RangeError).toBe(true);
        },
      ),
    );
  });

  it('in a realm whose Error is frozen, the factories still make errors with a native trace', () => {
    const hardened = makeFixture(loadInRealm('Object.freeze(Error)').core);
    const error = hardened.system.fromCode(-3523);
    expect(error).toBeInstanceOf(hardened.DemoRaftTooManyRequestsError);
    expect(frames(error).length).toBeGreaterThan(0);
  });
});
