/** PAVE's access token: HMAC-SHA256 over `username:apiKey@timestamp`, keyed with the API secret. */

import { createHmac, type KeyObject } from 'node:crypto';
import { assertCredentials, type PaveCredentials } from './credentials.js';

export interface TokenInput extends PaveCredentials {
  /** The exact string sent as `API-Timestamp`; the server recomputes the token from the header. */
  timestamp: string;
}

/**
 * Computes the `API-Token` value as 64 lowercase hex characters.
 * The timestamp is signed as given, not reformatted: the token is only valid if it was computed
 * over the very string the server reads from `API-Timestamp`.
 */
export function computeToken(input: TokenInput): string {
  assertCredentials(input);
  const { username, apiKey, apiSecret, timestamp } = input;
  if (typeof timestamp !== 'string' || timestamp === '') {
    throw new TypeError(
      `computeToken: timestamp must be a non-empty string such as 2021-05-30T12:49:19Z (got ${
        timestamp === '' ? 'an empty string' : typeof timestamp
      })`,
    );
  }
  return hmacToken(apiSecret, `${username}:${apiKey}@${timestamp}`);
}

/**
 * The HMAC alone, for callers that have checked the credentials and built the message. A string
 * key is used as its UTF-8 bytes, as PAVE's rule says.
 */
export function hmacToken(key: KeyObject | string, message: string): string {
  return createHmac('sha256', key).update(message, 'utf8').digest('hex');
}
