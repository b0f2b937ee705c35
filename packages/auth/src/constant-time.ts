/** String equality whose running time does not reveal where two strings first differ. */

import { timingSafeEqual } from 'node:crypto';

/**
 * Compares two strings as UTF-8 bytes in constant time for a given `expected` length.
 * `timingSafeEqual` throws on buffers of different lengths, so a mismatch in length compares
 * `expected` with itself (same work) and answers false; the length of a PAVE token is public.
 */
export function constantTimeEqual(actual: string, expected: string): boolean {
  const actualBytes = Buffer.from(actual, 'utf8');
  const expectedBytes = Buffer.from(expected, 'utf8');
  if (actualBytes.length !== expectedBytes.length) {
    timingSafeEqual(expectedBytes, expectedBytes);
    return false;
  }
  return timingSafeEqual(actualBytes, expectedBytes);
}
