// What the state routes share: whose state a request reads, when Prism answers instead, and
// how an answer is made so the spec check sees its body without cloning it.
import type { Context } from 'hono';
import type { MockEnv } from '../mock-env.js';

/** The account a request acts for: its API key, as sent (checked by the signature middleware). */
export function apiKeyOf(c: Context<MockEnv>): string | undefined {
  return c.req.header('api-key') || undefined;
}

/** `Prefer: code=`, `example=` or `dynamic=` ask for Prism's canned answers, error paths included. */
export function prefersPrism(c: Context<MockEnv>): boolean {
  return /\b(?:code|example|dynamic)\s*=/.test(c.req.header('prefer') ?? '');
}

/** The n-th segment of the path as sent, percent-decoded (`/v1/sessions/{key}` has the key at 3). */
export function pathSegment(c: Context<MockEnv>, index: number): string {
  const raw = c.var.pathname.split('/')[index] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function parsedBody(c: Context<MockEnv>): Record<string, unknown> {
  const { body } = c.var;
  if (body.length === 0) return {};
  const value: unknown = JSON.parse(Buffer.from(body).toString('utf8'));
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

export function answerJson(c: Context<MockEnv>, body: unknown, status: number): Response {
  const text = JSON.stringify(body);
  c.set('answerText', text);
  return new Response(text, { status, headers: { 'content-type': 'application/json' } });
}

/**
 * The account whose state answers this request, or undefined when Prism answers it instead: no
 * auth headers (Prism's 401), a preference for Prism's examples, or a body that is not JSON (the body
 * check only reads JSON, so Prism's own checks refuse the rest).
 */
export function stateAccount(c: Context<MockEnv>): string | undefined {
  const { operation } = c.var;
  if (!operation || prefersPrism(c)) return undefined;
  const contentType = c.req.header('content-type') ?? '';
  if (operation.requestSchemaPointer && !/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)) {
    return undefined;
  }
  // Prism's rule when signatures are not checked: all three headers present, else its 401.
  if (!c.req.header('api-token') || !c.req.header('api-timestamp')) return undefined;
  return apiKeyOf(c);
}
