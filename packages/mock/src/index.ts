/** @pave-kit/mock: a local PAVE sessions API from pave-kit's spec, for development and tests. */

export { loadCredentialsFile } from './credentials-file.js';
export type { RequestLogEntry } from './middleware/request-log/index.js';
export type { ContractViolation } from './middleware/response-check/index.js';
export { type MockOptions, type RunningMock, startMock } from './start-mock.js';
export type { LifecycleStatus } from './state/lifecycle.js';
export { StateFileError } from './state/state-file.js';
export type { DeliveryAttempt, DeliveryPolicy } from './state/webhook-delivery.js';
