/** The fetch openapi-fetch calls: signs each attempt, bounds the call in time, retries by policy. */

import { setTimeout as sleep } from 'node:timers/promises';
import type { PaveCredentials } from '@pave-kit/auth';
import { bufferResponse } from './buffered-response.js';
import { startDeadline } from './deadline.js';
import { PaveNetworkError } from './errors/pave-network-error.js';
import { PaveTimeoutError } from './errors/pave-timeout-error.js';
import { rememberExchange } from './exchange.js';
import { networkErrorCode } from './network-error-code.js';
import { readRequestTemplate, signedRequest } from './request-template.js';
import { type AttemptFailure, retryDelay } from './retry-delay.js';
import type { RetryPolicy } from './retry-policy.js';

export type FetchFunction = (request: Request, init?: RequestInit) => Promise<Response>;

export interface TransportOptions {
  credentials: PaveCredentials;
  fetch: FetchFunction;
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
 * An HTTP error that is not retried is returned, so openapi-fetch reports it in `error`. A
 * transport failure is thrown, and openapi-fetch passes it on: `PaveTimeoutError`,
 * `PaveNetworkError`, or, when the caller aborted, whatever fetch rejected with for that abort.
 */
export function createTransport({
  credentials,
  fetch,
  timeoutMs,
  retry,
}: TransportOptions): FetchFunction {
  return async function paveFetch(request, init) {
    const callerSignal = request.signal;
    const deadline = startDeadline(timeoutMs, callerSignal);
    try {
      const template = await readRequestTemplate(request);
      const { method, url } = template;
      const timedOut = (attempts: number) =>
        new PaveTimeoutError({ method, url, timeoutMs, attempts });

      for (let attempt = 1; ; attempt += 1) {
        let outcome: AttemptOutcome;
        try {
          const response = await fetch(signedRequest(template, credentials, deadline.signal), init);
          outcome = { kind: 'response', response: await bufferResponse(response) };
        } catch (error) {
          if (callerSignal.aborted) throw error;
          if (deadline.expired) throw timedOut(attempt);
          outcome = { kind: 'network', error, code: networkErrorCode(error) };
        }

        if (outcome.kind === 'response' && outcome.response.ok) {
          rememberExchange(outcome.response, { method, url });
          return outcome.response;
        }
        const delay = retryDelay(retry, failureOf(method, outcome), attempt);
        // A wait that would end past the deadline is not started: the real failure is more use
        // to the caller than a timeout that hides it.
        if (delay === undefined || deadline.outlasts(delay)) {
          if (outcome.kind === 'response') {
            rememberExchange(outcome.response, { method, url });
            return outcome.response;
          }
          const { error, code } = outcome;
          throw new PaveNetworkError({ method, url, code, attempts: attempt, cause: error });
        }

        try {
          await sleep(delay, undefined, { signal: deadline.signal });
        } catch {
          if (callerSignal.aborted) throw callerSignal.reason;
          throw timedOut(attempt);
        }
      }
    } finally {
      deadline.clear();
    }
  };
}

function failureOf(method: string, outcome: AttemptOutcome): AttemptFailure {
  if (outcome.kind === 'network') return { kind: 'network', method, code: outcome.code };
  const { status, headers } = outcome.response;
  return { kind: 'status', method, status, retryAfter: headers.get('retry-after') };
}
