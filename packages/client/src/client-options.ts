/** What `createPaveClient` takes, and the checks that run before the first request. */

import { assertCredentials, type PaveCredentials } from '@pave-kit/auth';
import { defaultBaseUrl, normalizeBaseUrl } from './base-url.js';
import { PaveOptionsError } from './errors/pave-options-error.js';
import { type RetryPolicy, resolveRetryPolicy } from './retry-policy.js';
import type { FetchFunction } from './transport.js';

export interface PaveClientOptions extends PaveCredentials {
  /** Default `https://openapi.paveapi.com`; the paths carry `/v1` themselves. */
  baseUrl?: string;
  /** The fetch to send with; default `globalThis.fetch`. Called once per attempt. */
  fetch?: FetchFunction;
  /** The longest a call may take, retries and the waits between them included. Default 30000. */
  timeoutMs?: number;
  /** Changes to `defaultRetryPolicy`; `{ limit: 0 }` turns retrying off. */
  retry?: Partial<RetryPolicy>;
  /** Your product token, e.g. `dealer-portal/2.3`, put before pave-kit's in `User-Agent`. */
  userAgent?: string;
}

export interface ResolvedClientOptions {
  credentials: PaveCredentials;
  baseUrl: string;
  fetch: FetchFunction;
  timeoutMs: number;
  retry: RetryPolicy;
  userAgent: string | undefined;
}

/** How long a call may take, retries included, unless `timeoutMs` says otherwise. */
export const defaultTimeoutMs = 30_000;

/** The longest `timeoutMs` allowed: setTimeout fires at once for anything above 2^31 - 1 ms. */
export const maxTimeoutMs = 2_147_483_647;

export function resolveClientOptions(options: PaveClientOptions): ResolvedClientOptions {
  assertCredentials(options);
  const { username, apiKey, apiSecret, timeoutMs = defaultTimeoutMs, fetch, userAgent } = options;
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
  return {
    // A copy, so changing the caller's object later changes nothing here.
    credentials: { username, apiKey, apiSecret },
    baseUrl: normalizeBaseUrl(options.baseUrl ?? defaultBaseUrl),
    // Looked up per call, so a fetch replaced after creation (as test tools do) is used.
    fetch: fetch ?? ((request, init) => globalThis.fetch(request, init)),
    timeoutMs,
    retry: resolveRetryPolicy(options.retry),
    userAgent: userAgent?.trim() || undefined,
  };
}
