/** Whether a failed attempt is sent again, and after how long, under a `RetryPolicy`. */

import { parseRetryAfter } from './retry-after.js';
import type { RetryPolicy } from './retry-policy.js';

/** The one network failure that proves the request never reached the server. */
const refusedConnection = 'ECONNREFUSED';

export type AttemptFailure =
  | { kind: 'status'; method: string; status: number; retryAfter: string | null }
  | { kind: 'network'; method: string; code: string | undefined };

export interface RetryClock {
  /** Wall-clock milliseconds, for `Retry-After` dates. */
  now: number;
  /** A number in [0, 1), for the jitter. */
  random: () => number;
}

/**
 * Returns the milliseconds to wait before retry number `retry` (1 for the first retry), or
 * undefined when the failure must be surfaced as it is.
 */
export function retryDelay(
  policy: RetryPolicy,
  failure: AttemptFailure,
  retry: number,
  clock: RetryClock = { now: Date.now(), random: Math.random },
): number | undefined {
  if (retry > policy.limit) return undefined;
  const idempotent = policy.methods.includes(failure.method);

  if (failure.kind === 'network') {
    // After the connection is made a POST may have been acted on, however it failed.
    return idempotent || failure.code === refusedConnection
      ? backoffDelay(policy, retry, clock.random)
      : undefined;
  }

  if (!policy.statusCodes.includes(failure.status)) return undefined;
  const retryAfterMs = policy.afterStatusCodes.includes(failure.status)
    ? parseRetryAfter(failure.retryAfter, clock.now)
    : undefined;
  if (retryAfterMs !== undefined) {
    return retryAfterMs <= policy.maxRetryAfterMs ? retryAfterMs : undefined;
  }
  // Without Retry-After a 429 or 503 does not say the request was left alone.
  return idempotent ? backoffDelay(policy, retry, clock.random) : undefined;
}

/** Exponential backoff, capped, with full jitter when the policy asks for it. */
export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number): number {
  const ceiling = Math.min(policy.backoffLimitMs, policy.baseDelayMs * 2 ** (retry - 1));
  return policy.jitter ? Math.floor(random() * ceiling) : ceiling;
}
