/** The fetch openapi-fetch calls: signs each attempt, bounds it by the call's deadline, retries by policy. */

import { setTimeout as sleep } from 'node:timers/promises';
import type { PaveSigner } from '@pave-kit/auth';
import { CallDeadline, release } from './call-deadline.js';
import { PaveNetworkError } from './errors/pave-network-error.js';
import { rememberExchange } from './exchange.js';
import { networkErrorCode } from './network-error-code.js';
import { PaveRequest } from './pave-request.js';
import { RequestDraft } from './request-draft.js';
import { type AttemptFailure, retryDelay } from './retry-delay.js';
import type { RetryPolicy } from './retry-policy.js';

export type FetchFunction = (request: Request, init?: RequestInit) => Promise<Response>;

export interface TransportOptions {
  sign: PaveSigner;
  /** The caller's own fetch; undefined for the runtime's. */
  fetch: FetchFunction | undefined;
  timeoutMs: number;
  retry: RetryPolicy;
}

type AttemptOutcome =
  | { kind: 'response'; response: Response }
  | { kind: 'network'; error: unknown; code: string | undefined };

/**
 * Signing happens here rather than in an openapi-fetch middleware because middleware runs once
 * per call, while every attempt on the wire needs its own timestamp and token.
 *
 * The first attempt sends what openapi-fetch built, signed in place, and nothing is copied or
 * read on the way: a `RequestDraft`, sent as `fetch(url, init)`, when nothing but this transport
 * sees the request; otherwise the `Request` itself. A retry sends a draft again as it is, or
 * builds a new `Request` from the body openapi-fetch serialised. The deadline's signal goes to
 * fetch in `init`, never only inside a Request, where undici can lose it. The response is
 * returned unread: openapi-fetch reads it while the call's deadline still runs, so a body that
 * stalls is a timeout too.
 *
 * An HTTP error that is not retried is returned, so openapi-fetch reports it in `error`. A
 * transport failure is thrown, and openapi-fetch passes it on: `PaveTimeoutError`,
 * `PaveNetworkError`, or, when the caller aborted, the reason the caller aborted with.
 */
export function createTransport({
  sign,
  fetch,
  timeoutMs,
  retry,
}: TransportOptions): FetchFunction {
  // Looked up per attempt, so a fetch replaced after creation (as test tools do) is used.
  const send: FetchFunction = fetch ?? ((request, init) => globalThis.fetch(request, init));
  return async function paveFetch(request, init) {
    const { method, url } = request;
    const draft = request instanceof RequestDraft ? request : undefined;
    // Only a middleware that replaced openapi-fetch's request leaves it without the call's deadline.
    const callDeadline = draft?.deadline ?? PaveRequest.deadlineOf(request);
    const deadline =
      callDeadline ?? new CallDeadline(timeoutMs, { method, url, attempts: 0 }, request.signal);
    deadline.progress.url = url;
    const copy = draft ? undefined : keepBody(request);
    const attemptInit: RequestInit = { ...init, signal: deadline.signal, redirect: 'manual' };
    const answer = (response: Response) => {
      rememberExchange(response, { method, url });
      deadline.progress.response = response;
      return response;
    };
    try {
      let attempt = request;
      for (let count = 1; ; count += 1) {
        if (deadline.signal.aborted) throw deadline.signal.reason;
        signInPlace(attempt.headers, sign());
        deadline.progress.attempts = count;

        let outcome: AttemptOutcome;
        try {
          // Drafts are made only for clients that send with the runtime's own fetch.
          const response = await (draft
            ? globalThis.fetch(draft.url, draft.attemptInit(init))
            : send(attempt, attemptInit));
          outcome = { kind: 'response', response };
        } catch (error) {
          if (deadline.signal.aborted) throw deadline.signal.reason;
          outcome = { kind: 'network', error, code: networkErrorCode(error) };
        }

        if (outcome.kind === 'response' && outcome.response.ok) return answer(outcome.response);
        const delay = retryDelay(retry, failureOf(method, outcome), count);
        // A wait that would end past the deadline is not started: the real failure is more use
        // to the caller than a timeout that hides it.
        if (delay === undefined || deadline.outlasts(delay)) {
          if (outcome.kind === 'response') return answer(outcome.response);
          const { error, code } = outcome;
          throw new PaveNetworkError({ method, url, code, attempts: count, cause: error });
        }

        if (outcome.kind === 'response') release(outcome.response);
        try {
          await sleep(delay, undefined, { signal: deadline.signal });
        } catch {
          throw deadline.signal.reason;
        }
        // A draft is sent again as it is; a Request's body was consumed, so a new one is built.
        if (!draft) attempt = await nextAttempt(request, copy, deadline);
      }
    } finally {
      if (callDeadline === undefined) deadline.clear();
    }
  };
}

/**
 * A body openapi-fetch serialised is kept by its `PaveRequest` and sent again from there. Any
 * other body (a middleware replaced the Request) is copied before the first attempt consumes it.
 */
function keepBody(request: Request): Request | undefined {
  const kept = PaveRequest.resendableBodyOf(request) !== undefined;
  return kept || request.body === null ? undefined : request.clone();
}

/** A new Request for the next attempt: same method, URL, headers and body. */
async function nextAttempt(
  request: Request,
  copy: Request | undefined,
  deadline: CallDeadline,
): Promise<Request> {
  const kept = PaveRequest.resendableBodyOf(request);
  const body = kept !== undefined ? kept : ((await copy?.clone().arrayBuffer()) ?? null);
  const init: RequestInit = {
    method: request.method,
    headers: new Headers(request.headers),
    body,
    redirect: 'manual',
  };
  return new PaveRequest(request.url, deadline.attachTo(init));
}

// set, not append: a hand-written API-Token left on the request would be stale or wrong.
function signInPlace(headers: Headers, signed: Record<string, string>): void {
  for (const name in signed) headers.set(name, signed[name] as string);
}

function failureOf(method: string, outcome: AttemptOutcome): AttemptFailure {
  if (outcome.kind === 'network') return { kind: 'network', method, code: outcome.code };
  const { status, headers } = outcome.response;
  return { kind: 'status', method, status, retryAfter: headers.get('retry-after') };
}
