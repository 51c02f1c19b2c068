// Retry decisions that follow the cause chain, so an application's wrapper error still says
// whether the underlying failure is worth retrying. Wrapping never turns a retryable answer into
// a non-retryable one: any retryable link decides, coded error or raw transport failure.
import { hasRootLineage } from './identity.js';
import { read } from './safe.js';
import { findTransport } from './transport.js';

const MAX_CHAIN = 16;

/** Each object along `err` and its `cause` chain, bounded and cycle-safe. */
function chainOf(err: unknown): object[] {
  const links: object[] = [];
  let current: unknown = err;
  while (links.length < MAX_CHAIN && typeof current === 'object' && current !== null && !links.includes(current)) {
    links.push(current);
    current = read(current, 'cause');
  }
  return links;
}

/**
 * Whether retrying the same request can succeed: true when any coded error along `err` and its
 * `cause` chain is retryable, or when it is or wraps a transient transport failure (a refused,
 * reset or timed-out connection, `fetch failed`, an undici or axios timeout). Never throws.
 */
export function isRetryable(err: unknown): boolean {
  for (const link of chainOf(err)) {
    if (hasRootLineage(link) && read(link, 'retryable') === true) return true;
  }
  return findTransport(err)?.retryable === true;
}

/**
 * Whether the failure is throttling (a 429, a rate or access limit): retry, but back off longer.
 * Follows the `cause` chain like `isRetryable`. Never throws.
 */
export function isThrottling(err: unknown): boolean {
  return chainOf(err).some((link) => hasRootLineage(link) && read(link, 'throttling') === true);
}
