/** One timer for a whole call, combined with the caller's own `signal`. */

export interface Deadline {
  /** Aborts when the caller aborts or the time is up; pass it to fetch and to waits. */
  readonly signal: AbortSignal;
  /** True once the time is up, as opposed to the caller having aborted. */
  readonly expired: boolean;
  /** Whether waiting `ms` from now would end past the deadline. */
  outlasts(ms: number): boolean;
  /** Stops the timer; call it when the call is over, however it ended. */
  clear(): void;
}

/**
 * Time is measured with `performance.now()`, which never jumps, so a wall clock set by NTP (or
 * by a test) cannot stretch or shorten a call.
 */
export function startDeadline(timeoutMs: number, callerSignal: AbortSignal): Deadline {
  const endsAt = performance.now() + timeoutMs;
  const timer = new AbortController();
  const handle = setTimeout(() => timer.abort(), timeoutMs);
  const signal = AbortSignal.any([callerSignal, timer.signal]);
  return {
    signal,
    get expired() {
      return timer.signal.aborted && !callerSignal.aborted;
    },
    outlasts(ms) {
      return performance.now() + ms >= endsAt;
    },
    clear() {
      clearTimeout(handle);
    },
  };
}
