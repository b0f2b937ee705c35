// The mock's own routes, outside PAVE's contract: drive a session's lifecycle, list webhook deliveries.
import { Hono } from 'hono';
import type { MockEnv } from '../../mock-env.js';
import { lifecycle } from '../../state/lifecycle.js';
import { AdvanceError, type MockState } from '../../state/mock-state.js';
import { sessionView } from '../../state/session-record.js';
import { apiKeyOf } from '../state-answer.js';

type AdvanceBody = { to?: string; wait?: boolean } | { problem: string };

/** The optional `{"to": "<status>", "wait": true}` body, or what is wrong with it. */
function readAdvanceBody(raw: Uint8Array): AdvanceBody {
  const text = Buffer.from(raw).toString('utf8').trim();
  if (text === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: `The body is not valid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: 'The body must be a JSON object such as {"to": "COMPLETE"}.' };
  }
  const unknown = Object.keys(value).filter((name) => name !== 'to' && name !== 'wait');
  if (unknown.length > 0) {
    return {
      problem: `Unknown field ${unknown.map((name) => `"${name}"`).join(', ')}: only "to" and "wait" are read.`,
    };
  }
  const { to, wait } = value as { to?: unknown; wait?: unknown };
  if (wait !== undefined && typeof wait !== 'boolean') {
    return { problem: `"wait" must be true or false; got ${JSON.stringify(wait)}.` };
  }
  const waits = wait === undefined ? {} : { wait };
  if (to === undefined) return waits;
  if (typeof to !== 'string' || !(lifecycle as readonly string[]).includes(to)) {
    return { problem: `"to" must be one of ${lifecycle.join(', ')}; got ${JSON.stringify(to)}.` };
  }
  return { to, ...waits };
}

const statusOf = { 'unknown-session': 404, 'past-end': 409, 'not-a-status': 400 } as const;

/** Mounted at `/__mock`. A request signed by an account reaches only that account's sessions. */
export function adminRoutes(state: MockState): Hono<MockEnv> {
  const admin = new Hono<MockEnv>();

  admin.post('/sessions/:key/advance', async (c) => {
    const key = c.req.param('key');
    const body = readAdvanceBody(c.var.body);
    if ('problem' in body) {
      c.set('note', body.problem);
      return c.json({ message: body.problem }, 400);
    }
    try {
      // The answer comes once the session has moved and its webhooks are on their way; their
      // outcome is in /__mock/deliveries. `"wait": true` answers after they settle instead.
      const { session, delivered } = state.move(key, body.to, apiKeyOf(c));
      if (body.wait) await delivered;
      return c.json(sessionView(session), 200);
    } catch (error) {
      if (!(error instanceof AdvanceError)) throw error;
      c.set('note', error.message);
      return c.json({ message: error.message }, statusOf[error.reason]);
    }
  });

  admin.get('/deliveries', (c) => {
    const apiKey = apiKeyOf(c);
    const deliveries = apiKey === undefined ? state.deliveries : state.deliveriesOf(apiKey);
    return c.json({ deliveries }, 200);
  });

  admin.all('*', (c) => {
    const message = `No admin route ${c.req.method} ${c.var.pathname}: the mock has POST /__mock/sessions/{key}/advance and GET /__mock/deliveries.`;
    c.set('note', message);
    return c.json({ message }, 404);
  });
  return admin;
}
