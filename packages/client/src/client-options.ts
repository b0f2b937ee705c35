/** What `createPaveClient` takes, and the checks that run before the first request. */

import { createSigner, type PaveCredentials, type PaveSigner } from '@pave-kit/auth';
import { defaultBaseUrl, normalizeBaseUrl } from './base-url.js';
import { PaveOptionsError } from './errors/pave-options-error.js';
import type { ContractViolationHandler, ValidateResponses } from './response-check.js';
import { type RetryPolicy, resolveRetryPolicy } from './retry-policy.js';
import type { FetchFunction } from './transport.js';

export interface PaveClientOptions extends PaveCredentials {
  /** Default `https://openapi.paveapi.com`; the paths carry `/v1` themselves. */
  baseUrl?: string;
  /**
   * The fetch to send with; default `globalThis.fetch`. Called once per attempt with a Request and
   * an `init` holding the deadline's `signal`: pass both on.
   */
  fetch?: FetchFunction;
  /**
   * The longest a call may take, from connecting to the last byte of the answer, retries and the
   * waits between them included. Default 30000.
   */
  timeoutMs?: number;
  /** Changes to `defaultRetryPolicy`; `{ limit: 0 }` turns retrying off. */
  retry?: Partial<RetryPolicy>;
  /** Your product token, e.g. `dealer-portal/2.3`, put before pave-kit's in `User-Agent`. */
  userAgent?: string;
  /**
   * Check every answer against the PAVE spec (needs `@pave-kit/contract` installed). Off by
   * default, and then nothing is loaded or checked. `'report'` calls `onContractViolation` for
   * each problem and still returns the answer; `'throw'` throws a `PaveContractError` instead.
   */
  validateResponses?: ValidateResponses;
  /** Called once per violation when `validateResponses` is `'report'`. */
  onContractViolation?: ContractViolationHandler;
}

export interface ResolvedClientOptions {
  sign: PaveSigner;
  baseUrl: string;
  /** Undefined for the runtime's own fetch. */
  fetch: FetchFunction | undefined;
  timeoutMs: number;
  retry: RetryPolicy;
  userAgent: string | undefined;
  validateResponses: ValidateResponses;
  onContractViolation: ContractViolationHandler | undefined;
}

/** How long a call may take, retries included, unless `timeoutMs` says otherwise. */
export const defaultTimeoutMs = 30_000;

/** The longest `timeoutMs` allowed: setTimeout fires at once for anything above 2^31 - 1 ms. */
export const maxTimeoutMs = 2_147_483_647;

export function resolveClientOptions(options: PaveClientOptions): ResolvedClientOptions {
  // Checks the credentials, and copies them, so changing the caller's object later changes nothing.
  const sign = createSigner(options);
  const { timeoutMs = defaultTimeoutMs, fetch, userAgent } = options;
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0 && timeoutMs <= maxTimeoutMs)) {
    throw new PaveOptionsError(
      'timeoutMs',
      `must be a number of milliseconds between 1 and ${maxTimeoutMs} ` +
        `(got ${typeof timeoutMs === 'number' ? timeoutMs : typeof timeoutMs})`,
    );
  }
  if (fetch !== undefined && typeof fetch !== 'function') {
    throw new PaveOptionsError('fetch', `must be a function (got ${typeof fetch})`);
  }
  if (userAgent !== undefined && (typeof userAgent !== 'string' || /[\r\n]/.test(userAgent))) {
    throw new PaveOptionsError('userAgent', 'must be a string on one line');
  }
  const { validateResponses = false, onContractViolation } = options;
  if (
    validateResponses !== false &&
    validateResponses !== 'report' &&
    validateResponses !== 'throw'
  ) {
    throw new PaveOptionsError(
      'validateResponses',
      `must be false, 'report' or 'throw' (got ${describeOption(validateResponses)})`,
    );
  }
  if (onContractViolation !== undefined && typeof onContractViolation !== 'function') {
    throw new PaveOptionsError(
      'onContractViolation',
      `must be a function (got ${typeof onContractViolation})`,
    );
  }
  if (validateResponses === 'report' && onContractViolation === undefined) {
    throw new PaveOptionsError(
      'onContractViolation',
      "is required when validateResponses is 'report': it is where violations are reported",
    );
  }
  return {
    sign,
    baseUrl: normalizeBaseUrl(options.baseUrl ?? defaultBaseUrl),
    fetch,
    timeoutMs,
    retry: resolveRetryPolicy(options.retry),
    userAgent: userAgent?.trim() || undefined,
    validateResponses,
    onContractViolation,
  };
}

// A string option is one of a few words, never a secret, so it is shown.
function describeOption(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 20));
  return value === null ? 'null' : typeof value;
}
