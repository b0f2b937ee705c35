/** The parts of a request, for calls where building a `Request` would be wasted work. */

import { CallDeadline } from './call-deadline.js';

/**
 * What openapi-fetch builds, as its `Request`, for a call that the client sends with the
 * runtime's own fetch and that no middleware sees: nobody but the transport reads it. A real
 * `Request` costs an AbortController, a body stream and a copy of the headers, and
 * `fetch(url, init)` builds its own anyway. The body is kept as openapi-fetch serialised it, so a
 * retry sends it again as it is, and the headers are signed in place before each attempt.
 */
export class RequestDraft {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null;
  readonly deadline: CallDeadline;

  constructor(url: string | URL, init: RequestInit = {}) {
    const deadline = CallDeadline.of(init);
    if (deadline === undefined) {
      throw new TypeError('A RequestDraft is built by a client from createPaveClient, per call');
    }
    this.url = String(url);
    this.method = init.method ?? 'GET';
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
    this.deadline = deadline;
  }

  get signal(): AbortSignal {
    return this.deadline.signal;
  }

  /** What `fetch(draft.url, ...)` takes for one attempt, on top of the caller's `init`. */
  attemptInit(init: RequestInit | undefined): RequestInit {
    const { method, headers, body, signal } = this;
    return { ...init, method, headers, body, signal, redirect: 'manual' };
  }
}
