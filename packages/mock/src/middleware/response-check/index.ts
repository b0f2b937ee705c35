// Checks each answer against the spec: a mismatch is a bug in the spec (or in Prism), and
// contract tests fail on it instead of trusting the status code alone.
import { type FieldIssue, type OperationInfo, validateResponseBody } from '@pave-kit/contract';
import type { MiddlewareHandler } from 'hono';
import type { MockEnv } from '../../mock-env.js';

export interface ContractViolation {
  method: string;
  path: string;
  /** The answer's status; 0 for a webhook the mock sent, which is a request, not an answer. */
  status: number;
  issues: FieldIssue[];
  /** Set for a webhook body: its event. `method` and `path` are then the registered ones. */
  webhook?: string;
}

function parseJson(contentType: string | null, body: string): { json: boolean; value?: unknown } {
  if (!/json/i.test(contentType ?? '') || body.length === 0) return { json: false };
  try {
    return { json: true, value: JSON.parse(body) };
  } catch {
    return { json: true, value: body };
  }
}

function findViolation(
  operation: OperationInfo,
  answer: { status: number; contentType: string | null; body: string },
): FieldIssue[] | undefined {
  const parsed = parseJson(answer.contentType, answer.body);
  const result = validateResponseBody({
    operation,
    status: answer.status,
    body: parsed.json ? parsed.value : undefined,
  });
  return result.ok ? undefined : result.issues;
}

export function responseCheck(
  onViolation: (violation: ContractViolation) => void,
): MiddlewareHandler<MockEnv> {
  return async (c, next) => {
    await next();
    const { operation } = c.var;
    // Unknown paths and preflight answers are not the spec's business.
    if (!operation || c.req.method === 'OPTIONS' || c.var.outsideContract) return;
    const issues = findViolation(operation, {
      status: c.res.status,
      contentType: c.res.headers.get('content-type'),
      body: c.var.answerText ?? (await c.res.clone().text()),
    });
    if (issues) {
      onViolation({ method: c.req.method, path: c.var.pathname, status: c.res.status, issues });
    }
  };
}
