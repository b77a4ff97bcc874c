/** How retries of a failed send are spaced. */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  /** After this many transient failures the row is given up as failed. */
  maxFailures: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 2_000, capMs: 15 * 60_000, maxFailures: 12 };

/**
 * Exponential backoff with jitter after the `failures`-th transient failure
 * (5xx, network): half the step fixed, half random, so many rows failing at
 * once do not come back at once.
 */
export function backoffDelayMs(failures: number, policy: BackoffPolicy = defaultBackoff, random: () => number = Math.random): number {
  const step = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/** The wait after a 429: Retry-After (or a second) plus up to 20 % jitter. */
export function throttleDelayMs(retryAfterMs: number | undefined, random: () => number = Math.random): number {
  const base = retryAfterMs !== undefined && retryAfterMs > 0 ? retryAfterMs : 1_000;
  return Math.round(base * (1 + random() * 0.2));
}
