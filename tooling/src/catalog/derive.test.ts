import { describe, expect, it } from 'vitest';
import { categoryByRange, classFromSymbol, derivedHttpStatus } from './derive.js';

describe('class names from symbols', () => {
  // Class names as the package READMEs and DESIGN.md spell them for these upstream symbols.
  it.each([
    ['Nebula', 'E_SYNTAX_ERROR', 'E_', 'NebulaSyntaxError'],
    ['Nebula', 'E_LEADER_CHANGED', 'E_', 'NebulaLeaderChangedError'],
    ['Nebula', 'E_RAFT_TOO_MANY_REQUESTS', 'E_', 'NebulaRaftTooManyRequestsError'],
    ['Blobstore', 'CodeDiskNotFound', 'Code', 'BlobstoreDiskNotFoundError'],
    ['Blobstore', 'CodeVUIDReadonly', 'Code', 'BlobstoreVUIDReadonlyError'],
    ['Polaris', 'NotFoundService', undefined, 'PolarisNotFoundServiceError'],
    ['Polaris', 'InvalidRequestID', undefined, 'PolarisInvalidRequestIDError'],
  ])('%s %s -> %s', (prefix, symbol, strip, expected) => {
    expect(classFromSymbol(prefix, symbol, strip)).toBe(expected);
  });

  it('keeps a symbol without the strip prefix whole, and gives nothing for a symbol of no words', () => {
    expect(classFromSymbol('Blobstore', 'JSONDecode', 'Code')).toBe('BlobstoreJSONDecodeError');
    expect(classFromSymbol('Ges', 'GES.7000')).toBeUndefined();
  });
});

describe('HTTP status rules', () => {
  it('gives the code, its thousands, or nothing', () => {
    expect(derivedHttpStatus({ httpStatus: 'code' }, 611)).toBe(611);
    expect(derivedHttpStatus({ httpStatus: 'code/1000' }, 404001)).toBe(404);
    expect(derivedHttpStatus({ httpStatus: 'code/1000' }, 0)).toBeUndefined();
    expect(derivedHttpStatus({ httpStatus: 'none' }, -1004)).toBeUndefined();
    expect(derivedHttpStatus({ httpStatus: 'per-code' }, 'GES.7000')).toBeUndefined();
  });
});

describe('category by range', () => {
  const categories = [
    { name: 'storage', range: [-3999, -3000] as [number, number] },
    { name: 'raft', range: [-3599, -3500] as [number, number] },
  ];
  it('gives the narrowest range holding the key, or none', () => {
    expect(categoryByRange(categories, -3523)).toBe('raft');
    expect(categoryByRange(categories, -3002)).toBe('storage');
    expect(categoryByRange(categories, -8000)).toBeUndefined();
  });
});
