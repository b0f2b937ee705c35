// Checks each answer the mock sends against the spec: a mismatch is a bug in the spec (or in
// Prism), and contract tests fail on it instead of trusting the status code alone.
import { type FieldIssue, findOperation, validateResponseBody } from '@pave-kit/contract';

export interface ContractViolation {
  method: string;
  path: string;
  status: number;
  issues: FieldIssue[];
}

function parseJson(
  contentType: string | undefined,
  body: Buffer,
): { json: boolean; value?: unknown } {
  if (!/json/i.test(contentType ?? '') || body.length === 0) return { json: false };
  try {
    return { json: true, value: JSON.parse(body.toString('utf8')) };
  } catch {
    return { json: true, value: body.toString('utf8') };
  }
}

export function checkResponse(
  method: string,
  pathname: string,
  status: number,
  contentType: string | undefined,
  body: Buffer,
): ContractViolation | undefined {
  // Preflight answers and unknown paths are Prism's own business, not the spec's.
  if (method === 'OPTIONS') return undefined;
  const operation = findOperation(method, pathname);
  if (!operation) return undefined;
  const parsed = parseJson(contentType, body);
  const result = validateResponseBody({
    operation,
    status,
    body: parsed.json ? parsed.value : undefined,
  });
  if (result.ok) return undefined;
  return { method, path: pathname, status, issues: result.issues };
}
