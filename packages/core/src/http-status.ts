// What a bare HTTP status says about retrying, the same for every system: a system code, when
// the response has one, wins over this.

/** Statuses whose failure is transient: timeout, throttling, server failure and gateway errors. */
const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);

/**
 * An HTTP status: a three-digit integer, 100 to 999. Statuses past 599 are real on the wire:
 * CubeFS blobstore answers with its codes (611, 911) as the status.
 */
export function isHttpStatus(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 999;
}

/** An HTTP status from a number or a numeric string ('503'), or undefined. */
export function httpStatusOf(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d{3}\s*$/.test(value) ? Number(value) : value;
  return isHttpStatus(n) ? n : undefined;
}

/** Whether a bare status (no system code) is worth retrying. */
export const isRetryableStatus = (status: number | undefined): boolean => status !== undefined && RETRYABLE.has(status);

/** Whether a bare status says the caller is being throttled (back off longer). */
export const isThrottlingStatus = (status: number | undefined): boolean => status === 429;
