// What a system package says about itself, generated from its data file: the CLI and the
// tooling iterate these instead of keeping their own list of systems.
import type { CodeFormat } from './code-format.js';
import { isHttpStatus } from './http-status.js';
import type { CatalogEntry, CategoryInfo, SystemId } from './types.js';

/**
 * How a system's codes give their HTTP status: not at all ('none', NebulaGraph), the code is the
 * status ('code', blobstore), the code's thousands are the status ('code/1000', Polaris 404001 ->
 * 404), or each code states its own ('per-code', GES, from its docs).
 */
export type HttpStatusRule = 'none' | 'code' | 'code/1000' | 'per-code';

export interface SystemDescriptor {
  /** The system's id: `system` of its errors and of its catalog entries. */
  readonly id: SystemId;
  /** Product name used in messages: 'NebulaGraph'. */
  readonly displayName: string;
  /** The npm package: '@errs/nebula'. */
  readonly packageName: string;
  /** Prefix of every class name: 'Nebula' (NebulaError, NebulaSyntaxError). */
  readonly prefix: string;
  /** How the system writes its codes, with the normalizer and range key every reader uses. */
  readonly codeFormat: CodeFormat;
  /** A code of the system that its users know, for help texts: -1004, 'GES.7005'. */
  readonly example: number | string;
  /** How a code gives its HTTP status. */
  readonly httpStatus: HttpStatusRule;
  /** The categories and the ranges they own. */
  readonly categories: readonly CategoryInfo[];
  /** Every code, sorted by code. */
  readonly catalog: readonly CatalogEntry[];
}

/** The HTTP status a rule gives a code; undefined when the rule gives none (or is per code). */
export function statusByRule(rule: HttpStatusRule, code: number | string): number | undefined {
  if (typeof code !== 'number') return undefined;
  const status = rule === 'code' ? code : rule === 'code/1000' ? Math.trunc(code / 1000) : undefined;
  return isHttpStatus(status) ? status : undefined;
}
