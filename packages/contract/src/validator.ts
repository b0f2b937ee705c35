// Validates request and response bodies against the spec's own schemas with Ajv (JSON Schema
// 2020-12, as OpenAPI 3.1 uses), so code and contract can never disagree about what is valid.
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import { spec } from './generated/spec.js';
import { type FieldIssue, toFieldIssues } from './issues.js';
import { getOperation, type OperationInfo, responseKeyFor } from './operations.js';
import { createSpecAjv } from './spec-ajv.js';

const specId = 'pave.json';

export type ValidationResult = { ok: true } | { ok: false; issues: FieldIssue[] };

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

function validatorAt(pointer: string): ValidateFunction {
  let validate = compiled.get(pointer);
  if (!validate) {
    ajv ??= createSpecAjv(spec, specId);
    validate = ajv.compile({ $ref: `${specId}#${pointer}` });
    compiled.set(pointer, validate);
  }
  return validate;
}

/** Validates any value against the schema at a JSON pointer of the spec. */
export function validateAgainst(pointer: string, value: unknown): ValidationResult {
  const validate = validatorAt(pointer);
  if (validate(value)) return { ok: true };
  return { ok: false, issues: toFieldIssues(validate.errors ?? [], value) };
}

/** Validates a value against a component schema, e.g. `validateSchema('Vehicle', value)`. */
export function validateSchema(name: string, value: unknown): ValidationResult {
  if (!(name in spec.components.schemas)) {
    throw new Error(`The PAVE spec has no schema "${name}"`);
  }
  return validateAgainst(`/components/schemas/${name}`, value);
}

/** Validates the JSON body an operation would send, before anything is sent. */
export function validateRequestBody(operationId: string, body: unknown): ValidationResult {
  const operation = getOperation(operationId);
  if (!operation.requestSchemaPointer) {
    throw new Error(`${operationId} takes no JSON request body`);
  }
  return validateAgainst(operation.requestSchemaPointer, body);
}

export interface ResponseCheck {
  operation: OperationInfo;
  status: number;
  body: unknown;
}

/**
 * Checks a response against the spec: its status must be declared, and its body must match
 * that status's schema. A mock answer that fails this is a bug in the spec.
 */
export function validateResponseBody({ operation, status, body }: ResponseCheck): ValidationResult {
  const key = responseKeyFor(operation, status);
  if (key === undefined) {
    return {
      ok: false,
      issues: [
        {
          field: 'status',
          pointer: '',
          rule: 'responses',
          message: `${status} is not a declared response of ${operation.operationId} (declared: ${Object.keys(operation.responses).join(', ')})`,
        },
      ],
    };
  }
  const pointer = operation.responses[key];
  if (pointer === undefined) return { ok: true };
  return validateAgainst(pointer, body);
}
