// Answers a JSON body that breaks its operation's schema with PAVE's 400, naming each field.
import {
  issuesByField,
  nestsDeeperThan,
  type OperationInfo,
  validateAgainst,
} from '@pave-kit/contract';
import type { MiddlewareHandler } from 'hono';
import { mockLimits } from '../../limits.js';
import type { MockEnv } from '../../mock-env.js';

export interface BodyRejection {
  message: string;
  errors: Record<string, string[]>;
}

function isJson(contentType: string | undefined): boolean {
  return /^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType ?? '');
}

/**
 * PAVE's shape (`message` plus `errors` keyed `object.field`), so a client sees which field is
 * wrong instead of Prism's fixed sample.
 */
export function checkJsonBody(
  operation: OperationInfo,
  contentType: string | undefined,
  raw: Uint8Array,
): BodyRejection | undefined {
  if (!operation.requestSchemaPointer || !isJson(contentType)) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(raw.length === 0 ? 'null' : Buffer.from(raw).toString('utf8'));
  } catch (error) {
    // `errors` stays empty: no field can be named, and create's 400 schema requires the key.
    return {
      message: `The request body is not valid JSON: ${(error as Error).message}`,
      errors: {},
    };
  }
  if (nestsDeeperThan(body, mockLimits.maxJsonNesting)) {
    const limit = mockLimits.maxJsonNesting;
    return {
      message: `The request body nests arrays and objects more than ${limit} levels deep; the mock accepts at most ${limit} (PAVE's bodies need 3).`,
      errors: {},
    };
  }
  const result = validateAgainst(operation.requestSchemaPointer, body);
  if (result.ok) return undefined;
  return {
    message: 'Required fields are missing or invalid.',
    errors: issuesByField(result.issues),
  };
}

/**
 * Why a body of another media type is refused: Prism would answer it with the spec's sample 400,
 * whose fields have nothing to do with the request.
 */
export function refuseMediaType(
  operation: OperationInfo,
  contentType: string | undefined,
  raw: Uint8Array,
): string | undefined {
  if (!operation.requestSchemaPointer || contentType === undefined || raw.length === 0) {
    return undefined;
  }
  if (isJson(contentType)) return undefined;
  return `${operation.operationId} takes an application/json body; got Content-Type ${JSON.stringify(contentType)}.`;
}

export function bodyCheck(): MiddlewareHandler<MockEnv> {
  return async (c, next) => {
    const { operation } = c.var;
    const wrongType =
      operation && refuseMediaType(operation, c.req.header('content-type'), c.var.body);
    if (wrongType) {
      c.set('note', wrongType);
      // About the exchange, not the API: the spec does not describe a 415.
      c.set('outsideContract', true);
      return c.json({ message: wrongType }, 415);
    }
    const rejection =
      operation && checkJsonBody(operation, c.req.header('content-type'), c.var.body);
    if (!rejection) return next();
    c.set('note', rejection.message);
    return c.json(rejection, 400);
  };
}
