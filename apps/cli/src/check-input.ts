/** Input checked against the spec's own schemas before anything is sent. */
import {
  type FieldIssue,
  formatIssue,
  validateRequestBody,
  validateSchema,
} from '@pave-kit/contract';
import { UsageError } from './usage-error.js';

export type BodyOperation = 'createSession' | 'updateSession' | 'createCallback' | 'updateCallback';

function reject(lines: readonly string[]): never {
  throw new UsageError([...lines, 'Nothing was sent: the input breaks the PAVE spec.']);
}

/** Throws a `UsageError` with one `field: rule` line per issue, e.g. `vehicle.vin: must be 17 characters, got 16`. */
export function checkRequestBody(operationId: BodyOperation, body: unknown): void {
  const result = validateRequestBody(operationId, body);
  if (!result.ok) reject(result.issues.map(formatIssue));
}

// A path parameter is validated as a whole value, which the contract calls `body`.
function checkParameter(name: string, schema: string, value: string): void {
  const result = validateSchema(schema, value);
  if (!result.ok) {
    reject(result.issues.map((issue: FieldIssue) => formatIssue({ ...issue, field: name })));
  }
}

/** The event in `pave callbacks get|update|delete EVENT`, against the spec's CallbackEvent enum. */
export function checkCallbackEvent(event: string): void {
  checkParameter('event', 'CallbackEvent', event);
}

export function checkSessionKey(sessionKey: string): void {
  checkParameter('session_key', 'SessionKey', sessionKey);
}
