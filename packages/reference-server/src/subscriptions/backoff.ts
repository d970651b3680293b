/** How a failing delivery is retried (docs/subscriptions.md#retries). */
export interface RetryPolicy {
  /** Attempts in all, the first included, before the delivery is marked failed. */
  maxAttempts: number;
  /** The wait after the first failed attempt; doubled after each further one. */
  baseDelayMs: number;
  /** The longest wait between two attempts. */
  maxDelayMs: number;
  /** How long one attempt may take (connect, send, answer) before it counts as failed. */
  timeoutMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 8, baseDelayMs: 1000, maxDelayMs: 5 * 60 * 1000, timeoutMs: 10_000 };

/**
 * The wait before the next attempt after `failedAttempts` failures: exponential, capped, with
 * "equal jitter" (between half and all of the exponential delay) so that subscribers whose
 * receivers fail together are not retried in lockstep. `random` is in [0, 1).
 */
export function retryDelayMs(failedAttempts: number, policy: RetryPolicy, random: number = Math.random()): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(exponential / 2 + (exponential / 2) * random);
}
