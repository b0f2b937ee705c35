/** The Request openapi-fetch builds for the client, remembering what a resend and a deadline need. */

import { CallDeadline } from './call-deadline.js';

/**
 * Given to openapi-fetch as its `Request` when something other than the client's transport will
 * see the request: a middleware, or a `fetch` of the caller's own (see `RequestDraft` for the
 * rest). It keeps the body as openapi-fetch serialised it (a
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
    this.#deadline = CallDeadline.of(init);
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
