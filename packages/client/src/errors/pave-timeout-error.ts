/** The call did not finish within `timeoutMs`. */

import { PaveError } from './pave-error.js';
import { requestLabel } from './request-label.js';

export interface PaveTimeoutErrorInit {
  method: string;
  url: string;
  timeoutMs: number;
  attempts: number;
}

/**
 * `timeoutMs` bounds the whole call: every attempt and every wait between them. For a POST the
 * server may still have acted on the request, so a timed-out create is never resent; look the
 * session up before creating it again.
 */
export class PaveTimeoutError extends PaveError {
  override readonly name = 'PaveTimeoutError';
  readonly method: string;
  readonly url: string;
  readonly timeoutMs: number;
  readonly attempts: number;

  constructor({ method, url, timeoutMs, attempts }: PaveTimeoutErrorInit) {
    const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
    super(`PAVE did not answer ${requestLabel(method, url)} within ${timeoutMs} ms${tries}`);
    this.method = method;
    this.url = url;
    this.timeoutMs = timeoutMs;
    this.attempts = attempts;
  }
}
