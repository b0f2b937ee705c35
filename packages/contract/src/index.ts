/** @pave-kit/contract: the PAVE spec at run time, and validators that speak its field names. */

export type { OpenApiDocument } from './document-type.js';
export { spec } from './generated/spec.js';
export { type FieldIssue, formatIssue, issuesByField } from './issues.js';
export { nestsDeeperThan } from './json-nesting.js';
export { escapePointerSegment } from './json-pointer.js';
export {
  findOperation,
  getOperation,
  type HttpMethod,
  listOperations,
  type OperationInfo,
  responseKeyFor,
} from './operations.js';
export {
  type ResponseCheck,
  type ValidationResult,
  validateAgainst,
  validateRequestBody,
  validateResponseBody,
  validateSchema,
} from './validator.js';
