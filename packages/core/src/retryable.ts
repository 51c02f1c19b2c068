// Retry decisions that follow the cause chain, so an application's wrapper error still says
// whether the underlying server error is worth retrying.
import { hasRootLineage } from './identity.js';

const MAX_CHAIN = 16;

/**
 * Whether retrying can succeed: the first coded error met along `err` and its `cause` chain
 * decides (an outer coded error overrides what it wraps). False when the chain has none.
 * Cycle-safe and bounded; never throws.
 */
export function isRetryable(err: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = err;
  for (let i = 0; i < MAX_CHAIN && typeof current === 'object' && current !== null && !seen.has(current); i++) {
    seen.add(current);
    try {
      if (hasRootLineage(current)) return (current as { retryable?: unknown }).retryable === true;
      current = (current as { cause?: unknown }).cause;
    } catch {
      return false;
    }
  }
  return false;
}
