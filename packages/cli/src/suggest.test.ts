import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileOrHuge } from '../test/hostile.js';
import { closest } from './suggest.js';

describe('closest', () => {
  it('finds the command one or two typos away', () => {
    expect(closest('sarch', ['search', 'list', 'help'])).toBe('search');
    expect(closest('serach', ['search', 'list', 'help'])).toBe('search');
    expect(closest('lst', ['search', 'list', 'help'])).toBe('list');
    expect(closest('Search', ['search', 'list', 'help'])).toBe('search');
    expect(closest('nebual', ['nebula', 'ges', 'polaris', 'blobstore'])).toBe('nebula');
  });

  it('suggests nothing for words far from every name, or for the name itself', () => {
    expect(closest('leader', ['search', 'list', 'help'])).toBeUndefined();
    expect(closest('xy', ['search', 'list', 'help'])).toBeUndefined();
    expect(closest('list', ['search', 'list', 'help'])).toBeUndefined();
  });

  it('property: any input gives one of the names or nothing', () => {
    fc.assert(
      fc.property(hostileOrHuge, (word) => {
        const near = closest(word, ['search', 'list', 'help']);
        expect(near === undefined || ['search', 'list', 'help'].includes(near)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
