/** @pave-kit/client: a typed, signed client for the PAVE sessions API. */

export { defaultBaseUrl } from './base-url.js';
export { defaultTimeoutMs, maxTimeoutMs, type PaveClientOptions } from './client-options.js';
export { createPaveClient, type PaveClient } from './create-pave-client.js';
export { describeFailure, type PaveFailure, type PaveFailureKind } from './describe-failure.js';
export {
  PaveApiError,
  type PaveApiErrorInit,
  type PaveFieldErrors,
} from './errors/pave-api-error.js';
export {
  PaveContractError,
  type PaveContractErrorInit,
  type PaveContractViolation,
} from './errors/pave-contract-error.js';
export { PaveError } from './errors/pave-error.js';
export { PaveNetworkError, type PaveNetworkErrorInit } from './errors/pave-network-error.js';
export { PaveOptionsError } from './errors/pave-options-error.js';
export { PaveTimeoutError, type PaveTimeoutErrorInit } from './errors/pave-timeout-error.js';
export { networkErrorCode } from './network-error-code.js';
export type { ContractViolationHandler, ValidateResponses } from './response-check.js';
export { defaultRetryPolicy, type RetryPolicy } from './retry-policy.js';
export type { FetchFunction } from './transport.js';
export { unwrap } from './unwrap.js';
