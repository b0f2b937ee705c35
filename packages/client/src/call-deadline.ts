/** One deadline for a whole call: every attempt, every wait between them, and the answer's body. */

import { PaveTimeoutError } from './errors/pave-timeout-error.js';

/** What the call was doing, for the timeout error; the transport keeps it current. */
export interface CallProgress {
  method: string;
  url: string;
  attempts: number;
  /** The answer the transport handed to openapi-fetch, once there is one. */
  response?: Response;
}

const ignore = () => {};

const deadlineKey = Symbol('pave-kit.deadline');

/**
 * The timer and the caller's signal both abort `signal`, which goes to fetch and to the waits
 * between attempts. Its reason is what the call ends with: a `PaveTimeoutError`, or whatever the
 * caller aborted with. `race` does not trust fetch to notice: undici stops honouring a Request's
 * signal once garbage collection has run, so a deadline that waited for fetch to give up could
 * wait forever.
 *
 * Time is measured with `performance.now()`, which never jumps, so a wall clock set by NTP (or by
 * a test) cannot stretch or shorten a call.
 */
export class CallDeadline {
  readonly signal: AbortSignal;
  readonly progress: CallProgress;
  readonly #controller = new AbortController();
  readonly #endsAt: number;
  readonly #timer: ReturnType<typeof setTimeout>;
  #detachCaller: (() => void) | undefined;
  // The pending race's way out. Only this class aborts the signal, so it calls this directly
  // rather than listening for the abort event, which costs more on every call.
  #stopRace: (() => void) | undefined;

  constructor(timeoutMs: number, progress: CallProgress, callerSignal?: AbortSignal | null) {
    this.signal = this.#controller.signal;
    this.progress = progress;
    this.#endsAt = performance.now() + timeoutMs;
    this.#timer = setTimeout(() => {
      const { method, url, attempts } = this.progress;
      this.#abort(new PaveTimeoutError({ method, url, attempts, timeoutMs }));
    }, timeoutMs);
    if (callerSignal?.aborted) {
      this.#abort(callerSignal.reason);
    } else if (callerSignal) {
      const onAbort = () => this.#abort(callerSignal.reason);
      callerSignal.addEventListener('abort', onAbort);
      this.#detachCaller = () => callerSignal.removeEventListener('abort', onAbort);
    }
  }

  /**
   * The deadline of the call these options (openapi-fetch's per-call options, or the RequestInit
   * it builds from them) belong to, if `attachTo` put one there.
   */
  static of(init: unknown): CallDeadline | undefined {
    return (init as { [deadlineKey]?: CallDeadline } | null | undefined)?.[deadlineKey];
  }

  /**
   * A copy of `init` carrying this deadline under a symbol: openapi-fetch spreads its per-call
   * options into the RequestInit it builds its request from, symbols included, while fetch and
   * openapi-fetch's copying of unknown options onto the request both skip symbols.
   */
  attachTo<Init extends object>(init: Init | undefined): Init {
    return { ...(init as Init), [deadlineKey]: this };
  }

  /** Whether waiting `ms` from now would end past the deadline. */
  outlasts(ms: number): boolean {
    return performance.now() + ms >= this.#endsAt;
  }

  /**
   * Settles as `work` does, or rejects with the signal's reason as soon as it aborts, whichever
   * comes first. A Response that arrives too late has its body cancelled, freeing its socket.
   * One race at a time.
   */
  race<T>(work: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const stop = () => {
        reject(this.signal.reason);
        work.then(release, ignore);
      };
      if (this.signal.aborted) {
        stop();
        return;
      }
      this.#stopRace = stop;
      work.then(
        (value) => {
          this.#stopRace = undefined;
          resolve(value);
        },
        (error: unknown) => {
          this.#stopRace = undefined;
          reject(error);
        },
      );
    });
  }

  /** Stops the timer and lets go of the caller's signal; call it however the call ended. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#detachCaller?.();
  }

  #abort(reason: unknown): void {
    this.#controller.abort(reason);
    this.#stopRace?.();
  }
}

/** Lets go of a Response nobody will read: its connection goes back to the pool, or closes. */
export function release(value: unknown): void {
  if (value instanceof Response) value.body?.cancel().catch(ignore);
}
