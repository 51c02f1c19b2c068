// The generic errors of blobstore/common/errors/common.go: plain HTTP statuses that every blobstore
// service may answer with. They are not catalog codes (400 and 404 even share their status with
// catalog codes), so they have no class of their own: `fromResponse` gives a `BlobstoreError` base
// instance with `code` = the status and the upstream symbol and retry flag of common.go.
//
// The table itself is generated from the `generic` array of data/errors.json.
import type { GenericWireError } from '@errs/core';
import { genericErrors } from './generated/catalog.js';

export type GenericError = GenericWireError;
export { genericErrors };

/** Compares messages the way a server's text may drift: surrounding blanks and letter case aside. */
export const sameMessage = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The generic error a status and server message stand for, if any. Both must match. */
export function findGeneric(status: number, message: string | undefined): GenericError | undefined {
  if (message === undefined) return undefined;
  return genericErrors.find((g) => g.status === status && sameMessage(g.message, message));
}

/** Whether any generic error uses the status. */
export const isGenericStatus = (status: number): boolean => genericErrors.some((g) => g.status === status);
