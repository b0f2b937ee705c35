/** Signing many requests for one account, at the cost of little more than the HMAC. */

import { createSecretKey } from 'node:crypto';
import { assertCredentials, type PaveCredentials } from './credentials.js';
import type { PaveAuthHeaders } from './headers.js';
import { formatTimestamp } from './timestamp.js';
import { hmacToken } from './token.js';

/** Returns PAVE's three headers signed for `date` (default: now), as a new object each time. */
export type PaveSigner = (date?: Date) => PaveAuthHeaders;

/**
 * Checks and copies the credentials once, so signing never re-checks them. The token depends
 * only on the timestamp, which changes once a second, so it is computed once per second: every
 * request of that second gets the same token it would have got on its own.
 */
export function createSigner(credentials: PaveCredentials): PaveSigner {
  assertCredentials(credentials);
  const { username, apiKey, apiSecret } = credentials;
  const key = createSecretKey(Buffer.from(apiSecret, 'utf8'));
  const prefix = `${username}:${apiKey}@`;
  let signedTimestamp = '';
  let token = '';
  return (date = new Date()) => {
    const timestamp = formatTimestamp(date);
    if (timestamp !== signedTimestamp) {
      token = hmacToken(key, prefix + timestamp);
      signedTimestamp = timestamp;
    }
    return { 'API-Key': apiKey, 'API-Token': token, 'API-Timestamp': timestamp };
  };
}
