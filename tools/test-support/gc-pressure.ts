// For tests that prove a deadline holds while garbage collection runs: gc() on a real interval,
// and waits in real time, both immune to the fake timers such a test drives the deadline with.
// The process must run with --expose-gc (each such project's vitest config says so).

declare const gc: (() => void) | undefined;

// Taken at import, before any test fakes the timers.
const realSetTimeout = globalThis.setTimeout;
const realSetInterval = globalThis.setInterval;
const realClearInterval = globalThis.clearInterval;

/** Whether the process can collect garbage on demand. */
export function canCollectGarbage(): boolean {
  return typeof gc === 'function';
}

/** Collects garbage every `everyMs` of real time until the returned function is called. */
export function collectGarbageEvery(everyMs: number): () => void {
  const collector = realSetInterval(() => gc?.(), everyMs);
  return () => realClearInterval(collector);
}

/** Resolves after `ms` of real time. */
export const sleepRealTime = (ms: number) =>
  new Promise<void>((resolve) => realSetTimeout(resolve, ms));

/** Resolves to `what` after `ms` of real time, to race work that might never end. */
export const afterRealTime = <T>(ms: number, what: T) =>
  new Promise<T>((resolve) => realSetTimeout(resolve, ms, what).unref());
