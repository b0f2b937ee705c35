// Hands a request that passed every check to Prism, in this process, and answers what it says.
import type { Handler } from 'hono';
import type { MockEnv } from '../../mock-env.js';
import { withDefaultStatus } from '../../prefer.js';
import type { PrismAnswer, PrismEngine } from '../../prism-engine.js';

export function prismRoute(prism: PrismEngine): Handler<MockEnv> {
  return async (c) => {
    const headers = Object.fromEntries(c.req.raw.headers);
    const { operation } = c.var;
    if (operation) {
      const prefer = withDefaultStatus(operation, headers.prefer);
      if (prefer !== undefined) headers.prefer = prefer;
    }
    let answer: PrismAnswer;
    try {
      answer = await prism.answer({
        method: c.req.method,
        path: c.var.pathname,
        query: new URL(c.req.url).searchParams,
        headers,
        body: c.var.body,
      });
    } catch (error) {
      // Hono's error handler only sees Error objects; anything else thrown would escape it.
      throw error instanceof Error ? error : new Error(`Prism threw ${String(error)}`);
    }
    return new Response(answer.body ?? null, { status: answer.status, headers: answer.headers });
  };
}
