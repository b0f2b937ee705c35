/** Checks PAVE's three auth headers on an incoming request, for servers and mocks. */

import { constantTimeEqual } from './constant-time.js';
import {
  assertCredentialsList,
  type PaveCredentials,
  PaveCredentialsError,
} from './credentials.js';
import type { PaveAuthHeaders } from './headers.js';
import { type IncomingHeaders, readHeader } from './incoming-headers.js';
import { parseTimestamp, timestampForm, timestampPattern } from './timestamp.js';
import { computeToken } from './token.js';

export type VerifyFailureReason =
  | 'missing-header'
  | 'unknown-key'
  | 'bad-timestamp'
  | 'stale-timestamp'
  | 'future-timestamp'
  | 'wrong-token';

/**
 * A failure says which rule broke, in words fit for a 401 body. It never holds a secret or the
 * expected token, so it is safe to log and to send back to the client.
 */
export interface VerifyFailure {
  ok: false;
  reason: VerifyFailureReason;
  message: string;
  /** The header at fault. */
  header: keyof PaveAuthHeaders;
}

/**
 * On success, `credentials` is the very entry you passed in whose `apiKey` matched, extra fields
 * and secret included: tell the caller `credentials.username`, never the whole result.
 */
export interface VerifySuccess<C extends PaveCredentials> {
  ok: true;
  credentials: C;
}

export type VerifyResult<C extends PaveCredentials = PaveCredentials> =
  | VerifySuccess<C>
  | VerifyFailure;

export interface VerifyOptions<C extends PaveCredentials> {
  /** One account, or several told apart by `apiKey`. */
  credentials: C | readonly C[];
  /** The server's clock; defaults to the current time. */
  now?: Date;
  /**
   * How far `API-Timestamp` may lie from `now`, in either direction. Both limits are inclusive:
   * exactly `maxSkewSeconds` old or ahead is accepted, one millisecond more is not. PAVE says a
   * token expires within 5 minutes, hence 300; the future side allows for a fast client clock.
   */
  maxSkewSeconds?: number;
}

const requiredHeaders = ['API-Key', 'API-Timestamp', 'API-Token'] as const;

/**
 * Verifies `API-Key`, `API-Timestamp` and `API-Token`. Checks run in that order, so the first
 * failure reported is the most basic one. Misconfiguration on the server side (bad credentials,
 * a negative skew) throws; anything wrong with the request is a `VerifyFailure`.
 */
export function verifyToken<C extends PaveCredentials>(
  headers: IncomingHeaders,
  options: VerifyOptions<C>,
): VerifyResult<C> {
  const accounts = accountsByKey(options.credentials);
  const now = options.now ?? new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new TypeError('verifyToken: now must be a valid Date');
  }
  const maxSkewSeconds = options.maxSkewSeconds ?? 300;
  if (!Number.isFinite(maxSkewSeconds) || maxSkewSeconds < 0) {
    throw new RangeError(
      `verifyToken: maxSkewSeconds must be a finite number >= 0 (got ${maxSkewSeconds})`,
    );
  }

  const [apiKey, timestamp, token] = requiredHeaders.map((name) => readHeader(headers, name));
  if (apiKey === undefined || timestamp === undefined || token === undefined) {
    const missing = requiredHeaders.filter((name) => readHeader(headers, name) === undefined);
    return fail(
      'missing-header',
      missing[0] ?? 'API-Key',
      `${listOf(missing)} ${missing.length === 1 ? 'header is' : 'headers are'} missing or empty; ` +
        'PAVE requires API-Key, API-Token and API-Timestamp on every request',
    );
  }

  const account = accounts.get(apiKey);
  if (account === undefined) {
    return fail('unknown-key', 'API-Key', 'API-Key is not a key this server knows');
  }

  const signedAt = parseTimestamp(timestamp);
  if (signedAt === undefined) {
    return fail(
      'bad-timestamp',
      'API-Timestamp',
      `API-Timestamp must look like ${timestampForm}; ${describeTimestamp(timestamp)}`,
    );
  }
  const ageMs = now.getTime() - signedAt.getTime();
  const limitMs = maxSkewSeconds * 1000;
  if (ageMs > limitMs) {
    return fail(
      'stale-timestamp',
      'API-Timestamp',
      `API-Timestamp is ${Math.ceil(ageMs / 1000)} s old; at most ${maxSkewSeconds} s allowed`,
    );
  }
  if (-ageMs > limitMs) {
    return fail(
      'future-timestamp',
      'API-Timestamp',
      `API-Timestamp is ${Math.ceil(-ageMs / 1000)} s in the future; at most ${maxSkewSeconds} s ` +
        "allowed (check the client's clock)",
    );
  }

  const expected = computeToken({ ...account, timestamp });
  if (!constantTimeEqual(token, expected)) {
    return fail('wrong-token', 'API-Token', describeWrongToken(token));
  }
  return { ok: true, credentials: account };
}

function accountsByKey<C extends PaveCredentials>(credentials: C | readonly C[]): Map<string, C> {
  const list = assertCredentialsList(credentials);
  const accounts = new Map<string, C>();
  const indexOfKey = new Map<string, number>();
  for (const [index, entry] of list.entries()) {
    const earlier = indexOfKey.get(entry.apiKey);
    if (earlier !== undefined) {
      // Two secrets for one key would make the answer depend on list order.
      throw new PaveCredentialsError(
        `PAVE credentials[${index}]: apiKey repeats the apiKey of PAVE credentials[${earlier}]`,
        'apiKey',
      );
    }
    indexOfKey.set(entry.apiKey, index);
    accounts.set(entry.apiKey, entry);
  }
  return accounts;
}

function fail(
  reason: VerifyFailureReason,
  header: keyof PaveAuthHeaders,
  message: string,
): VerifyFailure {
  return { ok: false, reason, message, header };
}

function listOf(names: readonly string[]): string {
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

// Names the forms PAVE's own samples produce, so a client author sees which habit to drop.
function describeTimestamp(value: string): string {
  const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (/^\d{9,}$/.test(value)) return `got ${shown}, which looks like Unix epoch time`;
  if (timestampPattern.test(value)) return `got ${shown}, which is not a real date and time`;
  const fixes: string[] = [];
  if (/T\d{2}:\d{2}:\d{2}[.,]\d/.test(value)) fixes.push('drop the fractional seconds');
  if (/[+-]\d{2}:?\d{2}$/.test(value)) fixes.push('write UTC as Z, not as an offset');
  return fixes.length > 0 ? `got ${shown}; ${fixes.join(' and ')}` : `got ${shown}`;
}

// Only the shape of the token the client sent is described; the expected token never is.
function describeWrongToken(token: string): string {
  if (/^[0-9a-fA-F]{64}$/.test(token) && /[A-F]/.test(token)) {
    return 'API-Token must be lowercase hex, as PAVE specifies; it contains uppercase letters';
  }
  if (token.length !== 64) {
    return `API-Token must be 64 lowercase hex characters (HMAC-SHA256); got ${token.length} characters`;
  }
  if (!/^[0-9a-f]{64}$/.test(token)) {
    return 'API-Token must be 64 lowercase hex characters (HMAC-SHA256); it contains other characters';
  }
  return (
    'API-Token does not match: it must be the HMAC-SHA256 of "username:apiKey@timestamp", keyed ' +
    'with the API secret, over the exact API-Timestamp string sent'
  );
}
