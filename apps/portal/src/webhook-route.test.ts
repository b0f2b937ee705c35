import { describe, expect, test } from 'vitest';
import { jsonAnswer as json, sessionCompleteWebhook, stubPaveClient } from '../test/stub-pave.js';
import { createPortalApp } from './create-portal-app.js';
import { createLiveUpdates } from './live-updates.js';
import { webhookPath, webhookTokenHeader } from './webhook-route.js';

const token = 'token-for-tests-6f1d0b';
const key = 'TOA-QGMWRCHHGB';
const created = {
  session_key: key,
  status: 'IDLE',
  created_at: '2026-01-02T03:04:00.000000Z',
  capture_url: `https://dealer.vehiclecapture.com/${key}`,
};
const photos = [
  { photo_code: 1, photo_label: 'VIN', url: 'https://photos.example/1.jpg', approved: true },
  { photo_code: 4, photo_label: 'Left', url: null },
];

/** A portal with its webhook route, whose PAVE answers creates and photo lists. */
function portal() {
  const sent: string[] = [];
  const client = stubPaveClient((request) => {
    const path = new URL(request.url).pathname;
    sent.push(`${request.method} ${path}`);
    return path.endsWith('/photos') ? json(200, photos) : json(201, created);
  });
  const live = createLiveUpdates({ maxStreams: 5, heartbeatMs: 60_000 });
  const app = createPortalApp({ client, webhookToken: token, live });
  const deliver = (body: unknown, headers: Record<string, string> = {}) =>
    app.request(webhookPath, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [webhookTokenHeader]: token, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const listed = async () => (await (await app.request('/api/sessions')).json()).sessions;
  return { app, sent, live, deliver, listed };
}

/** The events on a page's stream, parsed, as they arrive. */
async function eventsOf(app: ReturnType<typeof portal>['app']) {
  const response = await app.request('/api/events');
  expect(response.status).toBe(200);
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no stream');
  const decoder = new TextDecoder();
  let buffered = '';
  return async function next(): Promise<{ event: string; data: unknown }> {
    for (;;) {
      const end = buffered.indexOf('\n\n');
      if (end >= 0) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) return { event, data: JSON.parse(data) };
        continue;
      }
      const chunk = await reader.read();
      if (chunk.done) throw new Error('the stream ended');
      buffered += decoder.decode(chunk.value);
    }
  };
}

describe(`POST ${webhookPath}`, () => {
  test('a status change and then completion update the listed session, live, photos included', async () => {
    const { app, deliver, listed, sent } = portal();
    const next = await eventsOf(app);
    await app.request('/api/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await next()).toMatchObject({ event: 'session', data: { status: 'IDLE' } });

    const changed = await deliver({
      event: 'SESSION:STATUS_CHANGE',
      session_key: key,
      status: 'PROCESS',
    });
    expect(changed.status).toBe(200);
    expect(await next()).toMatchObject({
      event: 'session',
      data: { session_key: key, status: 'PROCESS', photos: [] },
    });

    const completed = await deliver(sessionCompleteWebhook(key));
    expect(completed.status).toBe(200);
    expect(await next()).toMatchObject({ data: { status: 'COMPLETE', photos: [] } });
    // The photos follow once PAVE has listed them: only those with an address to show.
    expect(await next()).toMatchObject({
      data: { status: 'COMPLETE', photos: [{ label: 'VIN', url: 'https://photos.example/1.jpg' }] },
    });
    expect(await listed()).toMatchObject([{ status: 'COMPLETE', photos: [{ label: 'VIN' }] }]);
    expect(sent).toEqual(['POST /v1/sessions', `GET /v1/sessions/${key}/photos`]);

    // A late, retried status change does not move a complete session back.
    await deliver({ event: 'SESSION:STATUS_CHANGE', session_key: key, status: 'CONFIRM' });
    expect(await listed()).toMatchObject([{ status: 'COMPLETE' }]);
  });

  test('a session this portal did not create is acknowledged and left alone', async () => {
    const { deliver, listed } = portal();
    const response = await deliver({
      event: 'SESSION:STATUS_CHANGE',
      session_key: 'ABC-0000000000',
      status: 'STARTED',
    });
    expect(response.status).toBe(200);
    expect(await listed()).toEqual([]);
  });

  test('without the token: 401, nothing read, nothing changed', async () => {
    const { app, deliver } = portal();
    let pulled = 0;
    const body = () =>
      new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            pulled += 1;
            controller.enqueue(new TextEncoder().encode('{"event":"SESSION:STATUS_CHANGE"}'));
            controller.close();
          },
        },
        { highWaterMark: 0 },
      );
    for (const headers of [{}, { [webhookTokenHeader]: `${token}x` }]) {
      const response = await app.request(webhookPath, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: body(),
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain(token);
    }
    expect(pulled).toBe(0);
    expect(
      (await deliver({ event: 'SESSION:STATUS_CHANGE' }, { [webhookTokenHeader]: 'no' })).status,
    ).toBe(401);
  });

  test('answers by token whatever name it is called by: PAVE calls through a public address', async () => {
    const { app } = portal();
    const response = await app.request(`http://portal.dealer.example${webhookPath}`, {
      method: 'POST',
      headers: {
        host: 'portal.dealer.example',
        'content-type': 'application/json',
        [webhookTokenHeader]: token,
      },
      body: JSON.stringify({ event: 'SESSION:STATUS_CHANGE', session_key: key, status: 'STARTED' }),
    });
    expect(response.status).toBe(200);
    // The page's own routes still refuse that name.
    const page = await app.request('http://portal.dealer.example/api/sessions', {
      headers: { host: 'portal.dealer.example' },
    });
    expect(page.status).toBe(421);
  });

  test('a body that breaks the spec is a 400 naming the field', async () => {
    const { deliver } = portal();
    const response = await deliver({ event: 'SESSION:STATUS_CHANGE', session_key: 42 });
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toHaveProperty('session_key');
  });

  test('a portal started without a token has no webhook route', async () => {
    const client = stubPaveClient(() => {
      throw new Error('no PAVE call is expected here');
    });
    const response = await createPortalApp({ client }).request(webhookPath, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(404);
  });
});
