/** `/api/sessions`: create, list, refresh and delete sessions at PAVE for the page. */

import { PaveApiError, type PaveClient } from '@pave-kit/client';
import { issuesByField, nestsDeeperThan, validateRequestBody } from '@pave-kit/contract';
import { type Context, Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  type BannerErrorBody,
  type FailureAnswer,
  failureAnswer,
  type PortalErrorKind,
} from './failure-answer.js';
import { confirmationShape, createdSessionShape, paveAnswer, sessionShape } from './pave-answer.js';
import { portalLimits } from './portal-limits.js';
import { renderQrSvg } from './qr-code.js';
import { toCreateSessionBody } from './session-body.js';
import { readSessionForm } from './session-form.js';
import { recordCreatedSession, recordRefreshedSession } from './session-record.js';
import type { SessionStore } from './session-store.js';
import type { SessionUpdates } from './session-updates.js';

export interface SessionsRoutesOptions {
  client: PaveClient;
  store: SessionStore;
  now: () => Date;
  /** Tells the other open pages what changed here. */
  updates: SessionUpdates;
}

function banner(c: Context, status: ContentfulStatusCode, kind: PortalErrorKind, message: string) {
  const body: BannerErrorBody = { error: { kind, message } };
  return c.json(body, status);
}

function answer(c: Context, { status, body, headers }: FailureAnswer) {
  return c.json(body, status, headers);
}

function paveFailure(c: Context, error: unknown) {
  const failure = failureAnswer(error);
  if (failure.status === 500) console.error('portal: unexpected failure calling PAVE', error);
  return answer(c, failure);
}

function notListed(c: Context, sessionKey: string) {
  return banner(
    c,
    404,
    'not-found',
    `No session ${sessionKey} was created in this run of the portal; the list shows those that were.`,
  );
}

/**
 * One JSON media type, parameters allowed (`; charset=utf-8`). A list such as
 * `application/json, text/plain` is not one type: refused, as the mock refuses it.
 */
function isJson(contentType: string | undefined): boolean {
  return /^\s*application\/(?:[\w.+-]+\+)?json\s*(?:;[^,]*)?$/i.test(contentType ?? '');
}

export function createSessionsRoutes({ client, store, now, updates }: SessionsRoutesOptions): Hono {
  const routes = new Hono();

  routes.post('/', async (c) => {
    // JSON only: a form on another website can post url-encoded data here without asking, but
    // not JSON, so this refuses cross-site requests that would spend the dealer's PAVE account.
    if (!isJson(c.req.header('content-type'))) {
      return banner(
        c,
        415,
        'bad-request',
        'Send the form as JSON (Content-Type: application/json).',
      );
    }
    let input: unknown;
    try {
      input = await c.req.json();
    } catch {
      return banner(c, 400, 'bad-request', 'The request body is not valid JSON.');
    }
    const { maxJsonNesting } = portalLimits;
    if (nestsDeeperThan(input, maxJsonNesting)) {
      return banner(
        c,
        400,
        'bad-request',
        `The request body nests arrays and objects more than ${maxJsonNesting} levels deep; ` +
          `the portal accepts at most ${maxJsonNesting}.`,
      );
    }
    const read = readSessionForm(input);
    if (!read.ok) return banner(c, 400, 'bad-request', read.message);

    const body = toCreateSessionBody(read.form);
    const checked = validateRequestBody('createSession', body);
    if (!checked.ok) {
      return c.json(
        { message: 'Some fields need attention.', fieldErrors: issuesByField(checked.issues) },
        422,
      );
    }

    try {
      const created = await paveAnswer(
        client.POST('/v1/sessions', { body }),
        createdSessionShape,
        'so nothing was added to the list. PAVE may still have created a session.',
      );
      const session = recordCreatedSession(created, read.form, now());
      const dropped = store.save(session);
      updates.changed(session);
      for (const key of dropped) updates.removed(key);
      return c.json(session, 201);
    } catch (error) {
      return paveFailure(c, error);
    }
  });

  routes.get('/', (c) => c.json({ sessions: store.list() }));

  routes.get('/:key', async (c) => {
    const key = c.req.param('key');
    const listed = store.get(key);
    if (!listed) return notListed(c, key);
    try {
      const current = await paveAnswer(
        client.GET('/v1/sessions/{session_key}', { params: { path: { session_key: key } } }),
        sessionShape,
        'so the list shows what PAVE said before.',
      );
      // Read again after the wait: the session may have been deleted meanwhile.
      const latest = store.get(key) ?? listed;
      const session = recordRefreshedSession(latest, current, now());
      store.update(session);
      updates.refreshed(session);
      return c.json(session);
    } catch (error) {
      return paveFailure(c, error);
    }
  });

  routes.delete('/:key', async (c) => {
    const key = c.req.param('key');
    const listed = store.get(key);
    if (!listed) return notListed(c, key);
    // PAVE deletes only sessions nobody has opened; asking for others would only earn a 400.
    if (listed.status.toUpperCase() !== 'IDLE') {
      return banner(
        c,
        409,
        'conflict',
        `Session ${key} is ${listed.status}: only sessions still IDLE (the customer has not ` +
          'opened the link) can be deleted. Refresh it if you think that is out of date.',
      );
    }
    try {
      const deleted = await paveAnswer(
        client.DELETE('/v1/sessions/{session_key}', { params: { path: { session_key: key } } }),
        confirmationShape,
        'so the session stays listed; refresh it to see whether PAVE deleted it.',
      );
      store.remove(key);
      updates.removed(key);
      return c.json({ session_key: key, message: deleted.message });
    } catch (error) {
      const failure = failureAnswer(error);
      // PAVE's 400 here means the customer started the session since it was last refreshed.
      if (error instanceof PaveApiError && error.status === 400) failure.status = 409;
      if (failure.status === 500) console.error('portal: unexpected failure calling PAVE', error);
      return answer(c, failure);
    }
  });

  routes.get('/:key/qr', async (c) => {
    const key = c.req.param('key');
    const listed = store.get(key);
    if (!listed) return notListed(c, key);
    if (!listed.capture_url) {
      return banner(c, 404, 'not-found', `PAVE gave no capture link for session ${key}.`);
    }
    const svg = await renderQrSvg(listed.capture_url);
    return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' });
  });

  return routes;
}
