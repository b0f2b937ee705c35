// Hands a request that passed every check to Prism, in this process, and answers what it says.
import type { Handler } from 'hono';
import type { MockEnv } from '../../mock-env.js';
import { withDefaultStatus } from '../../prefer.js';
import type { PrismAnswer, PrismEngine } from '../../prism-engine.js';

export function prismRoute(prism: PrismEngine): Handler<MockEnv> {
  return async (c) => {
    // Node's own parse of the headers: lower-case names, as Prism's server would pass them.
    const headers = { ...c.env.incoming.headers };
    const { operation } = c.var;
    if (operation) {
      const asked = headers.prefer;
      const prefer = withDefaultStatus(operation, Array.isArray(asked) ? asked.join(', ') : asked);
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
    c.set('answerText', answer.body ?? '');
    return new Response(answer.body ?? null, { status: answer.status, headers: answer.headers });
  };
}
