/** No HTTP answer came back: the connection was refused, reset, or never made. */

import { PaveError } from './pave-error.js';
import { requestLabel } from './request-label.js';

export interface PaveNetworkErrorInit {
  method: string;
  url: string;
  /** Node's error code, e.g. `ECONNREFUSED`, `ECONNRESET`, `UND_ERR_SOCKET`, `ENOTFOUND`. */
  code: string | undefined;
  attempts: number;
  cause: unknown;
}

/**
 * `code` tells whether PAVE can have seen the request: `ECONNREFUSED` means it cannot, anything
 * after the connection was made means it may have. The original error is kept as `cause`.
 */
export class PaveNetworkError extends PaveError {
  override readonly name = 'PaveNetworkError';
  readonly method: string;
  readonly url: string;
  readonly code: string | undefined;
  readonly attempts: number;

  constructor({ method, url, code, attempts, cause }: PaveNetworkErrorInit) {
    const reason = code ?? describeCause(cause);
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    super(`PAVE could not be reached for ${requestLabel(method, url)}${tries}: ${reason}`, {
      cause,
    });
    this.method = method;
    this.url = url;
    this.code = code;
    this.attempts = attempts;
  }
}

function describeCause(cause: unknown): string {
  const inner = cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause;
  return inner instanceof Error && inner.message ? inner.message : 'the request failed';
}
