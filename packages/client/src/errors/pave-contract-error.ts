/** PAVE answered with something the spec does not allow, and `validateResponses` is `'throw'`. */

import { PaveError } from './pave-error.js';
import { requestLabel } from './request-label.js';

/** One way an answer breaks the spec. */
export interface PaveContractViolation {
  /** The spec's name for the operation called, e.g. `getSession`. */
  operationId: string;
  status: number;
  /** JSON pointer into the answer's body, e.g. `/vehicle/trim`; empty for the answer as a whole. */
  pointer: string;
  /** The field and the rule, e.g. `vehicle.trim: must be a string, got null`. */
  message: string;
}

export interface PaveContractErrorInit {
  method: string;
  url: string;
  operationId: string;
  status: number;
  violations: readonly PaveContractViolation[];
  response?: Response | undefined;
  /** For an answer that could not be read at all, the parse error. */
  cause?: unknown;
}

/**
 * Carries every violation found, not only the first. The `Response` is attached non-enumerably,
 * as on `PaveApiError`, so logging the error does not dump it.
 */
export class PaveContractError extends PaveError {
  override readonly name = 'PaveContractError';
  readonly method: string;
  readonly url: string;
  readonly operationId: string;
  readonly status: number;
  readonly violations: readonly PaveContractViolation[];
  declare readonly response: Response | undefined;

  constructor({
    method,
    url,
    operationId,
    status,
    violations,
    response,
    cause,
  }: PaveContractErrorInit) {
    const more = violations.length > 1 ? ` (and ${violations.length - 1} more)` : '';
    super(
      `PAVE's ${status} answer to ${requestLabel(method, url)} breaks the spec of ` +
        `${operationId}: ${violations[0]?.message ?? 'no detail'}${more}`,
      cause === undefined ? undefined : { cause },
    );
    this.method = method;
    this.url = url;
    this.operationId = operationId;
    this.status = status;
    this.violations = violations;
    Object.defineProperty(this, 'response', { value: response, enumerable: false });
  }
}
