// Hands a request that passed every check to Prism, in this process, and answers what it says.
import type { Context, Handler } from 'hono';
import type { MockEnv } from '../../mock-env.js';
import { refusePrefer, withDefaultStatus } from '../../prefer.js';
import type { PrismAnswer, PrismEngine } from '../../prism-engine.js';
import { prismProblem } from './prism-problem.js';

function refuse(c: Context<MockEnv>, status: 400 | 404 | 406, message: string) {
  // About the mock's own controls (Prefer, Accept), not the API: the spec does not describe it.
  c.set('outsideContract', true);
  c.set('note', message);
  const body = JSON.stringify({ message });
  c.set('answerText', body);
  return c.body(body, status, { 'content-type': 'application/json' });
}

export function prismRoute(prism: PrismEngine): Handler<MockEnv> {
  return async (c) => {
    // Node's own parse of the headers: lower-case names, as Prism's server would pass them.
    const headers = { ...c.env.incoming.headers };
    const { operation } = c.var;
    if (operation) {
      const asked = headers.prefer;
      const joined = Array.isArray(asked) ? asked.join(', ') : asked;
      const refusal = refusePrefer(operation, joined);
      if (refusal) return refuse(c, 400, refusal);
      const prefer = withDefaultStatus(operation, joined);
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
    // Outside the spec's paths, Prism's own 404 problem is the answer.
    const problem = operation && prismProblem(answer);
    if (problem) return refuse(c, problem.status, problem.message);
    c.set('answerText', answer.body ?? '');
    return new Response(answer.body ?? null, { status: answer.status, headers: answer.headers });
  };
}
