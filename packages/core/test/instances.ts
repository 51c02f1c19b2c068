// One instance of each level of the fixture's hierarchy (test/fixture.ts, generated).
import type { Fixture } from './fixture.js';

/** One instance of each level of the hierarchy, keyed by the class it was made with. */
export function instancesOf(f: Fixture) {
  return {
    perCode: new f.DemoRaftTooManyRequestsError(),
    category: new f.DemoRaftError(undefined, { code: -3555 }),
    base: new f.DemoError('lost', { code: -9999 }),
  };
}
