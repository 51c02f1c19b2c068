// A small system shaped exactly like the generated classes of a system package (base, category,
// nested category, per-code classes), built against a given copy of the core so that tests can
// make one fixture per copy (ESM build, CJS build, another path, another realm).
import type * as Core from '../src/index.js';

type CoreModule = Pick<typeof Core, 'CodedError' | 'defineSystem' | 'integerCode'>;

export function makeFixture(core: CoreModule) {
  class DemoError extends core.CodedError {
    static override readonly key: string = 'nebula';
    static override readonly system = 'nebula' as const;
    static override readonly displayName: string | undefined = 'Demo';
    static override readonly errorName: string = 'DemoError';
  }
  class DemoStorageError extends DemoError {
    static override readonly key: string = 'nebula/storage';
    static override readonly category: string | undefined = 'storage';
    static readonly range = { low: -3999, high: -3000 };
    static override readonly errorName: string = 'DemoStorageError';
  }
  class DemoRaftError extends DemoStorageError {
    static override readonly key: string = 'nebula/raft';
    static override readonly category: string | undefined = 'raft';
    static override readonly range = { low: -3599, high: -3500 };
    static override readonly errorName: string = 'DemoRaftError';
  }
  class DemoTooManyRequestsError extends DemoRaftError {
    static override readonly key: string = 'nebula#-3523';
    static override readonly code = -3523;
    static override readonly symbol = 'E_RAFT_TOO_MANY_REQUESTS';
    static override readonly retryable = true;
    static override readonly messages = { en: 'Too many requests', zh: '请求数量过多' };
    static override readonly errorName: string = 'DemoTooManyRequestsError';
  }
  class DemoKeyExistsError extends DemoStorageError {
    static override readonly key: string = 'nebula#-3002';
    static override readonly code = -3002;
    static override readonly symbol = 'E_KEY_HAS_EXISTS';
    static override readonly retryable = false;
    static override readonly messages = { en: 'Key already exists' };
    static override readonly errorName: string = 'DemoKeyExistsError';
  }
  const system = core.defineSystem<DemoError>({
    system: 'nebula',
    displayName: 'Demo',
    base: DemoError,
    categories: [
      { name: 'storage', range: DemoStorageError.range, errorClass: DemoStorageError },
      { name: 'raft', range: DemoRaftError.range, errorClass: DemoRaftError },
    ],
    classes: new Map<number, typeof DemoError>([
      [-3523, DemoTooManyRequestsError],
      [-3002, DemoKeyExistsError],
    ]),
    successCodes: new Set([0]),
    normalize: core.integerCode,
  });
  return {
    CodedError: core.CodedError,
    DemoError,
    DemoStorageError,
    DemoRaftError,
    DemoTooManyRequestsError,
    DemoKeyExistsError,
    system,
  };
}

export type Fixture = ReturnType<typeof makeFixture>;

/** One instance of each level of the hierarchy, keyed by the class it was made with. */
export function instancesOf(f: Fixture) {
  return {
    perCode: new f.DemoTooManyRequestsError(),
    category: new f.DemoRaftError(undefined, { code: -3555 }),
    base: new f.DemoError('lost', { code: -9999 }),
  };
}
