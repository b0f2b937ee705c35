/** The check that a call carries every header value the team registered with PAVE. */

import { createHash, timingSafeEqual } from 'node:crypto';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Returns a check of a request's headers against `expected` (name to value). Each value is
 * compared as a SHA-256 digest, so every comparison is of 32 bytes with `timingSafeEqual`: the
 * time taken reveals neither where a wrong value first differs nor how long the right one is.
 * Every header is compared, a missing one as the empty string, so the time does not tell which
 * header failed either. Only the digests are kept.
 */
export function createHeaderCheck(
  expected: Readonly<Record<string, string>>,
): (headers: Headers) => boolean {
  const registered = Object.entries(expected).map(([name, value]) => ({
    name,
    digest: digest(value),
  }));
  return (headers) => {
    let mismatches = 0;
    for (const { name, digest: wanted } of registered) {
      mismatches |= timingSafeEqual(digest(headers.get(name) ?? ''), wanted) ? 0 : 1;
    }
    return mismatches === 0;
  };
}
