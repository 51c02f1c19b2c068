import { describe, expectTypeOf, it } from 'vitest';
import {
  type BlobstoreCode,
  BlobstoreCodes,
  type BlobstoreSuccessCode,
  BlobstoreAccessExceedSizeError,
  BlobstoreAccessLimitedError,
  BlobstoreDiskNotFoundError,
  BlobstoreError,
  BlobstoreNoLeaderError,
  type KnownBlobstoreError,
  fromCode,
  fromError,
  fromJSON,
  fromResponse,
  isBlobstoreError,
  isKnownBlobstoreError,
} from './index.js';



describe('fromCode types', () => {
  it('a literal catalog code gives its exact class', () => {
    expectTypeOf(fromCode(611)).toEqualTypeOf<BlobstoreDiskNotFoundError>();
    expectTypeOf(fromCode(BlobstoreCodes.CodeNoLeader)).toEqualTypeOf<BlobstoreNoLeaderError>();
    expectTypeOf(fromCode(611).code).toEqualTypeOf<611>();
    expectTypeOf(fromCode(611).symbol).toEqualTypeOf<'CodeDiskNotFound'>();
    expectTypeOf(fromCode(611).category).toEqualTypeOf<'blobnode'>();
  });

  it('the renumbered 552 and 553 give the classes of 429 and 400', () => {
    expectTypeOf(fromCode(552)).toEqualTypeOf<BlobstoreAccessLimitedError>();
    expectTypeOf(fromCode(553)).toEqualTypeOf<BlobstoreAccessExceedSizeError>();
    expectTypeOf(fromCode(552).code).toEqualTypeOf<429>();
  });

  it('any other number or input gives the base class', () => {
    const n: number = Number('611');
    expectTypeOf(fromCode(n)).toEqualTypeOf<BlobstoreError>();
    expectTypeOf(fromCode('611')).toEqualTypeOf<BlobstoreError>();
    expectTypeOf(fromCode(612)).toEqualTypeOf<BlobstoreError>();
    expectTypeOf(fromCode({} as unknown)).toEqualTypeOf<BlobstoreError>();
  });

  it('blobstore has no success code, so fromCode rejects no number', () => {
    expectTypeOf<BlobstoreSuccessCode>().toBeNever();
    expectTypeOf(fromCode(200)).toEqualTypeOf<BlobstoreError>();
    expectTypeOf(fromCode('200')).toEqualTypeOf<BlobstoreError>();
  });

  it('what is not a code does not compile (the consumer matrix checks the reason tsc gives)', () => {
    // @ts-expect-error a symbol is not a code: BlobstoreCodes.CodeDiskNotFound is
    fromCode('CodeDiskNotFound');
    // @ts-expect-error an object
    fromCode({});
    // @ts-expect-error no code at all
    fromCode(undefined);
    expectTypeOf(fromCode(String(611))).toEqualTypeOf<BlobstoreError>();
  });

  it('isKnownBlobstoreError narrows a caught value to the union a switch on code narrows', () => {
    const caught: unknown = fromCode(552);
    if (isKnownBlobstoreError(caught)) {
      expectTypeOf(caught).toEqualTypeOf<KnownBlobstoreError>();
      if (caught.code === 429) expectTypeOf(caught).toEqualTypeOf<BlobstoreAccessLimitedError>();
    }
    expectTypeOf(isKnownBlobstoreError).guards.toEqualTypeOf<KnownBlobstoreError>();
  });

  it('a union of known codes gives the union of their classes; a switch on code narrows it', () => {
    const code = 611 as BlobstoreCode;
    const err = fromCode(code);
    expectTypeOf(err).toEqualTypeOf<KnownBlobstoreError>();
    switch (err.code) {
      case 611:
        expectTypeOf(err).toEqualTypeOf<BlobstoreDiskNotFoundError>();
        break;
      case BlobstoreCodes.CodeNoLeader:
        expectTypeOf(err).toEqualTypeOf<BlobstoreNoLeaderError>();
        break;
      case 429:
        expectTypeOf(err).toEqualTypeOf<BlobstoreAccessLimitedError>();
        break;
    }
  });

  it('instanceof narrows a caught value', () => {
    const caught: unknown = fromCode(611);
    if (caught instanceof BlobstoreDiskNotFoundError) expectTypeOf(caught.code).toEqualTypeOf<611>();
    if (isBlobstoreError(caught)) expectTypeOf(caught).toEqualTypeOf<BlobstoreError>();
  });

  it('fromResponse is sync for plain responses and a promise for fetch Responses', () => {
    expectTypeOf(fromResponse({ status: 611, body: '{"error":"disk not found"}' })).toEqualTypeOf<BlobstoreError | undefined>();
    // A value typed unknown may be a fetch Response: the type says it may be a promise.
    expectTypeOf(fromResponse({} as unknown)).toEqualTypeOf<BlobstoreError | undefined | Promise<BlobstoreError | undefined>>();
    expectTypeOf(fromResponse(new Response())).toEqualTypeOf<Promise<BlobstoreError | undefined>>();
  });

  it('the other factories give the base type', () => {
    expectTypeOf(fromError(new Error())).toEqualTypeOf<BlobstoreError>();
    expectTypeOf(fromJSON({})).toEqualTypeOf<BlobstoreError>();
    expectTypeOf<BlobstoreError['system']>().toEqualTypeOf<'blobstore'>();
    expectTypeOf<BlobstoreError['code']>().toEqualTypeOf<number | undefined>();
  });

  it('per-code constructors follow Error: (message?, options?)', () => {
    expectTypeOf(new BlobstoreDiskNotFoundError()).toEqualTypeOf<BlobstoreDiskNotFoundError>();
    expectTypeOf(new BlobstoreDiskNotFoundError('disk 17 gone', { requestId: 'r', locale: 'zh', cause: new Error() })).toEqualTypeOf<BlobstoreDiskNotFoundError>();
    expectTypeOf(new BlobstoreError('lost', { code: 1234 })).toEqualTypeOf<BlobstoreError>();
  });
});
