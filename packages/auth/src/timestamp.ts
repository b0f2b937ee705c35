/** PAVE's `API-Timestamp` form: `YYYY-MM-DDTHH:MM:SSZ`, UTC, whole seconds. */

export const timestampPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** How the form is described to someone whose timestamp was rejected. */
export const timestampForm = '2021-05-30T12:49:19Z (UTC, second precision)';

// The last second formatted, and its string.
let lastSecond = Number.NaN;
let lastTimestamp = '';

/**
 * Formats a Date as PAVE's `API-Timestamp`. Milliseconds are dropped, never rounded: rounding up
 * could put the timestamp up to half a second in the future of the moment of signing.
 */
export function formatTimestamp(date: Date): string {
  if (!(date instanceof Date)) {
    throw new TypeError(`formatTimestamp expects a Date (got ${typeof date})`);
  }
  const time = date.getTime();
  if (Number.isNaN(time)) {
    throw new TypeError('formatTimestamp expects a valid Date (got an Invalid Date)');
  }
  // Every request of the same second carries the same string; format it once per second.
  const second = Math.floor(time / 1000);
  if (second === lastSecond) return lastTimestamp;
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) {
    throw new RangeError(
      `formatTimestamp: year ${year} does not fit the 4-digit YYYY of PAVE's form`,
    );
  }
  // toISOString is always UTC and zero-padded; only the ".sss" before the Z has to go.
  lastTimestamp = `${date.toISOString().slice(0, 19)}Z`;
  lastSecond = second;
  return lastTimestamp;
}

/**
 * Reads a timestamp in exactly the form `formatTimestamp` writes, or returns undefined.
 * The pattern is a subset of ECMAScript's own date-time format, so `new Date` parses it the same
 * way everywhere; a value that names no real instant (2021-02-30, 24:00:00) fails the round trip.
 */
export function parseTimestamp(value: string): Date | undefined {
  if (!timestampPattern.test(value)) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  return formatTimestamp(date) === value ? date : undefined;
}
