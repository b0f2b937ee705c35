/** The three headers PAVE requires on every request, signed for one moment. */

import { assertCredentials, type PaveCredentials } from './credentials.js';
import { formatTimestamp } from './timestamp.js';
import { hmacToken } from './token.js';

// A type alias, not an interface: only aliases are assignable to fetch's Record<string, string>.
export type PaveAuthHeaders = {
  'API-Key': string;
  'API-Token': string;
  'API-Timestamp': string;
};

/**
 * Signs for `date` (default: now) and returns the headers as a plain object, ready for
 * `fetch`, `new Headers()`, or a curl command line. To sign many requests for one account,
 * `createSigner` checks the credentials once instead of on every call.
 */
export function createAuthHeaders(
  credentials: PaveCredentials,
  date: Date = new Date(),
): PaveAuthHeaders {
  assertCredentials(credentials);
  const { username, apiKey, apiSecret } = credentials;
  const timestamp = formatTimestamp(date);
  return {
    'API-Key': apiKey,
    'API-Token': hmacToken(apiSecret, `${username}:${apiKey}@${timestamp}`),
    'API-Timestamp': timestamp,
  };
}
