/** When a failed call is sent again, written as data. */

/**
 * `methods` are the idempotent ones: sending them twice does what sending them once does, so they
 * are retried on any network error and on every status in `statusCodes`. Any other method (POST)
 * is retried only when the server cannot have acted on it: the connection was refused, or it
 * answered a status that is in both `statusCodes` and `afterStatusCodes` with a `Retry-After`.
 */
import { PaveOptionsError } from './errors/pave-options-error.js';

export interface RetryPolicy {
  /** Retries after the first attempt; 0 turns retrying off. */
  limit: number;
  methods: readonly string[];
  statusCodes: readonly number[];
  /**
   * Statuses whose `Retry-After` is obeyed instead of the backoff; each must also be in
   * `statusCodes`. Left out, it is the default's statuses that are in `statusCodes`.
   */
  afterStatusCodes: readonly number[];
  /** A `Retry-After` longer than this is not waited for: the error is returned at once. */
  maxRetryAfterMs: number;
  /** The first backoff; retry n waits up to `baseDelayMs * 2 ** (n - 1)`. */
  baseDelayMs: number;
  /** No backoff is longer than this. */
  backoffLimitMs: number;
  /** Full jitter: wait a random time between 0 and the backoff, so clients do not retry in step. */
  jitter: boolean;
}

export const defaultRetryPolicy: Readonly<RetryPolicy> = Object.freeze({
  limit: 2,
  methods: Object.freeze(['GET', 'PUT', 'DELETE']),
  statusCodes: Object.freeze([408, 429, 500, 502, 503, 504]),
  afterStatusCodes: Object.freeze([429, 503]),
  maxRetryAfterMs: 60_000,
  baseDelayMs: 300,
  backoffLimitMs: 10_000,
  jitter: true,
});

/** Fills in the defaults and checks each field, naming it in the error. */
export function resolveRetryPolicy(retry: Partial<RetryPolicy> = {}): RetryPolicy {
  if (typeof retry !== 'object' || retry === null || Array.isArray(retry)) {
    throw new PaveOptionsError('retry', `must be an object (got ${kindOf(retry)})`);
  }
  for (const key of Object.keys(retry)) {
    if (!(key in defaultRetryPolicy)) {
      throw new PaveOptionsError(
        `retry.${key}`,
        `is not a retry setting; the settings are ${Object.keys(defaultRetryPolicy).join(', ')}`,
      );
    }
  }
  const given = definedEntries(retry);
  const policy = { ...defaultRetryPolicy, ...given };
  checkWholeNumber('limit', policy.limit);
  checkWholeNumber('maxRetryAfterMs', policy.maxRetryAfterMs);
  checkWholeNumber('baseDelayMs', policy.baseDelayMs);
  checkWholeNumber('backoffLimitMs', policy.backoffLimitMs);
  checkStatuses('statusCodes', policy.statusCodes);
  checkStatuses('afterStatusCodes', policy.afterStatusCodes);
  // Narrowing statusCodes alone should not mean restating afterStatusCodes to match it.
  const afterStatusCodes =
    given.afterStatusCodes ??
    defaultRetryPolicy.afterStatusCodes.filter((status) => policy.statusCodes.includes(status));
  // A status outside statusCodes is never retried, so its Retry-After would be obeyed nowhere.
  const stray = afterStatusCodes.find((status) => !policy.statusCodes.includes(status));
  if (stray !== undefined) {
    throw new PaveOptionsError(
      'retry.afterStatusCodes',
      `must list only statuses that are also in retry.statusCodes (${stray} is not)`,
    );
  }
  if (!Array.isArray(policy.methods) || policy.methods.some((m) => typeof m !== 'string')) {
    throw new PaveOptionsError('retry.methods', 'must be an array of method names');
  }
  if (typeof policy.jitter !== 'boolean') {
    throw new PaveOptionsError('retry.jitter', `must be a boolean (got ${kindOf(policy.jitter)})`);
  }
  // Request.method is upper case for the standard methods; compare like with like.
  return {
    ...policy,
    afterStatusCodes,
    methods: policy.methods.map((method) => method.toUpperCase()),
  };
}

// `{ limit: undefined }` means "the default", as an omitted key does.
function definedEntries(retry: Partial<RetryPolicy>): Partial<RetryPolicy> {
  return Object.fromEntries(Object.entries(retry).filter(([, value]) => value !== undefined));
}

function checkWholeNumber(field: keyof RetryPolicy, value: unknown): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new PaveOptionsError(
      `retry.${field}`,
      `must be a whole number >= 0 (got ${describe(value)})`,
    );
  }
}

function checkStatuses(field: keyof RetryPolicy, value: unknown): void {
  const valid =
    Array.isArray(value) &&
    value.every((status) => Number.isInteger(status) && status >= 100 && status <= 599);
  if (!valid) {
    throw new PaveOptionsError(`retry.${field}`, 'must be an array of HTTP status codes');
  }
}

function describe(value: unknown): string {
  return typeof value === 'number' ? String(value) : kindOf(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
