/** Sorts any error from a PAVE call into the few kinds a person reacts to differently. */

import { PaveApiError, type PaveFieldErrors } from './errors/pave-api-error.js';
import { PaveNetworkError } from './errors/pave-network-error.js';
import { PaveTimeoutError } from './errors/pave-timeout-error.js';
import { parseRetryAfter } from './retry-after.js';

export type PaveFailureKind =
  | 'invalid'
  | 'unauthorized'
  | 'not-found'
  | 'rate-limited'
  | 'server-error'
  | 'rejected'
  | 'timeout'
  | 'network'
  | 'unexpected';

export interface PaveFailure {
  kind: PaveFailureKind;
  /** One line for a person: what happened and what to try. Never holds a secret. */
  message: string;
  /** For `invalid`: PAVE's messages per field, keyed like `vehicle.vin`. */
  fieldErrors: PaveFieldErrors;
  status?: number;
}

function apiFailure(error: PaveApiError): PaveFailure {
  const { status, apiMessage, fieldErrors } = error;
  const base = { status, fieldErrors };
  if (status === 400 && Object.keys(fieldErrors).length > 0) {
    return { ...base, kind: 'invalid', message: `PAVE rejected some fields: ${apiMessage}` };
  }
  if (status === 401 || status === 403) {
    return {
      ...base,
      kind: 'unauthorized',
      message: `PAVE refused the credentials (${status}): ${apiMessage.replace(/\.$/, '')}. Check the username, API key and secret, and that this machine's clock is right.`,
    };
  }
  if (status === 404) {
    return { ...base, kind: 'not-found', message: `Not found (404): ${apiMessage}` };
  }
  if (status === 429) {
    return {
      ...base,
      kind: 'rate-limited',
      message: `PAVE is rate limiting requests (429); ${retryHint(error) ?? 'try again shortly'}.`,
    };
  }
  if (status >= 500) {
    // Retry-After means something on a 503 (RFC 9110, section 15.6.4), not on a 500 or a 502.
    const hint = status === 503 ? retryHint(error) : undefined;
    return {
      ...base,
      kind: 'server-error',
      message: hint
        ? `PAVE failed to handle the request (503): ${apiMessage.replace(/\.$/, '')}; ${hint}.`
        : `PAVE failed to handle the request (${status}): ${apiMessage}`,
    };
  }
  return {
    ...base,
    kind: 'rejected',
    message: `PAVE rejected the request (${status}): ${apiMessage}`,
  };
}

/**
 * `try again in 30 s` from the response's `Retry-After`, either form, rounded up so it never
 * says less than PAVE asked; undefined when the header is absent or unreadable.
 */
function retryHint(error: PaveApiError): string | undefined {
  const waitMs = parseRetryAfter(error.response?.headers.get('retry-after'));
  if (waitMs === undefined) return undefined;
  const seconds = Math.ceil(waitMs / 1000);
  return seconds === 0 ? 'try again now' : `try again in ${seconds} s`;
}

export function describeFailure(error: unknown): PaveFailure {
  if (error instanceof PaveApiError) return apiFailure(error);
  if (error instanceof PaveTimeoutError) {
    return {
      kind: 'timeout',
      fieldErrors: {},
      message: `PAVE did not answer within ${error.timeoutMs} ms.`,
    };
  }
  if (error instanceof PaveNetworkError) {
    return {
      kind: 'network',
      fieldErrors: {},
      message: `Could not reach PAVE${error.code ? ` (${error.code})` : ''}: check the base URL and the network.`,
    };
  }
  return {
    kind: 'unexpected',
    fieldErrors: {},
    message: `Unexpected error: ${error instanceof Error ? error.message : String(error)}`,
  };
}
