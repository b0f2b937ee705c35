/** The Request openapi-fetch builds for the client, remembering what a resend and a deadline need. */

import type { CallDeadline } from './call-deadline.js';

const deadlineKey = Symbol('pave-kit.deadline');

/** Per-call options as openapi-fetch receives them, carrying the call's deadline to the transport. */
export type WithDeadline<Init> = Init & { [deadlineKey]: CallDeadline };

/**
 * Adds the deadline under a symbol: openapi-fetch spreads the options into the `RequestInit` it
 * builds its Request from, symbols included, while `fetch` and openapi-fetch's own copying of
 * unknown options to the Request both skip symbols.
 */
export function withDeadline<Init extends object>(
  init: Init | undefined,
  deadline: CallDeadline,
): WithDeadline<Init> {
  return { ...(init as Init), [deadlineKey]: deadline };
}

/**
 * Given to openapi-fetch as its `Request`. It keeps the body as openapi-fetch serialised it (a
 * string, usually), so a retry can send it again without reading the stream the first attempt
 * consumes, and the call's deadline, so the transport bounds every attempt by it. `signal` is the
 * deadline's: aborted by the caller's signal or by the timer, whichever comes first.
 */
export class PaveRequest extends Request {
  // openapi-fetch checks what middleware returns with `instanceof` this class; any Request will do.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Request;
  }

  readonly #body: BodyInit | null | undefined;
  readonly #deadline: CallDeadline | undefined;

  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    this.#body = init?.body;
    this.#deadline = (init as Partial<WithDeadline<RequestInit>> | undefined)?.[deadlineKey];
  }

  override get signal(): AbortSignal {
    return this.#deadline?.signal ?? super.signal;
  }

  /** The call's deadline, when this Request was built by a client from `createPaveClient`. */
  static deadlineOf(request: Request): CallDeadline | undefined {
    return #deadline in request ? request.#deadline : undefined;
  }

  /**
   * The body as given to the constructor, when it can be sent again: a string, bytes, a Blob, form
   * data or no body at all. Undefined when it cannot (a stream) or is not known.
   */
  static resendableBodyOf(request: Request): BodyInit | null | undefined {
    if (!(#body in request)) return undefined;
    const body = request.#body;
    if (body === undefined) return null;
    return body instanceof ReadableStream ? undefined : body;
  }
}
