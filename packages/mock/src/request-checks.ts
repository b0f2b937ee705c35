// What the mock checks before Prism sees a request, answered in the spec's own error shapes.
import type { IncomingHttpHeaders } from 'node:http';
import { type PaveCredentials, verifyToken } from '@pave-kit/auth';
import { issuesByField, type OperationInfo, validateAgainst } from '@pave-kit/contract';

export interface Rejection {
  status: number;
  body: { message: string; errors?: Record<string, string[]> };
}

/** A 401 when the HMAC signature is missing, stale or wrong; Prism alone only checks presence. */
export function checkSignature(
  headers: IncomingHttpHeaders,
  credentials: readonly PaveCredentials[],
  now: Date,
): Rejection | undefined {
  const result = verifyToken(headers, { credentials, now });
  return result.ok ? undefined : { status: 401, body: { message: result.message } };
}

function isJson(contentType: string | undefined): boolean {
  return /^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType ?? '');
}

/**
 * A 400 in PAVE's shape (`message` plus `errors` keyed `object.field`) when a JSON body breaks
 * the operation's schema, so a client sees which field is wrong instead of a fixed sample.
 */
export function checkJsonBody(
  operation: OperationInfo,
  contentType: string | undefined,
  raw: Buffer,
): Rejection | undefined {
  if (!operation.requestSchemaPointer || !isJson(contentType)) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(raw.length === 0 ? 'null' : raw.toString('utf8'));
  } catch (error) {
    // `errors` stays empty: no field can be named, and create's 400 schema requires the key.
    return {
      status: 400,
      body: {
        message: `The request body is not valid JSON: ${(error as Error).message}`,
        errors: {},
      },
    };
  }
  const result = validateAgainst(operation.requestSchemaPointer, body);
  if (result.ok) return undefined;
  return {
    status: 400,
    body: {
      message: 'Required fields are missing or invalid.',
      errors: issuesByField(result.issues),
    },
  };
}
