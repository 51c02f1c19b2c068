import { describe, expect, it } from 'vitest';
import { loadAllDataFiles } from '../catalog/load.js';
import { generate } from './generate.js';

describe('generated sources', () => {
  it('match the data files (run `pnpm generate` after editing data)', () => {
    const result = generate({ check: true });
    expect(result.problems).toEqual([]);
    expect(result.changed).toEqual([]);
  });

  it('exist for every package with a data file', () => {
    expect(loadAllDataFiles().map((l) => l.data.system).sort()).toEqual(['blobstore', 'ges', 'nebula', 'polaris']);
  });
});
