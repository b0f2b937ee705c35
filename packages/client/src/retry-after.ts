/** Reading a `Retry-After` header: delay-seconds or an HTTP date (RFC 9110, section 10.2.3). */

/**
 * Returns how many milliseconds to wait, or undefined when the header is absent or unreadable.
 * A date in the past means "now" (0). An unreadable value counts as absent, so it cannot make an
 * unsafe request look safe to resend.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Date.parse also reads forms HTTP does not allow ("2021-05-30"); require a weekday and GMT.
  if (!/^[A-Za-z]{3}, .+ GMT$/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
