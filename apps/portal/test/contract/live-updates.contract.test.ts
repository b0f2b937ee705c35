// The portal running for real against the stateful mock: registration, delivery, the live feed.
import { createPaveClient, unwrap } from '@pave-kit/client';
import { usePaveMock } from '@pave-kit/mock/vitest';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { type RunningPortal, startPortal } from '../../src/index.js';
import { fetchFailingFirstRegistration, sessionCompleteWebhook } from '../stub-pave.js';
import { credentials } from './portal-harness.js';

const pave = usePaveMock({ credentials });

let portal: RunningPortal;
const logged: string[] = [];

beforeAll(async () => {
  portal = await startPortal({
    port: 0,
    pave: { ...credentials, baseUrl: pave.url },
    log: (message) => logged.push(message),
  });
  await portal.webhooksReady;
});

afterAll(() => portal?.close());

interface LiveEvent {
  event: string;
  data: { session_key: string; status: string; photos: { label: string | null; url: string }[] };
}

/** Opens the page's event stream over HTTP and collects what arrives. */
async function follow(url: string) {
  const response = await fetch(`${url}/api/events`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no stream');
  const events: LiveEvent[] = [];
  let ended = false;
  let text = '';
  const decoder = new TextDecoder();
  const reading = (async () => {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      text += decoder.decode(next.value, { stream: true });
      for (let end = text.indexOf('\n\n'); end >= 0; end = text.indexOf('\n\n')) {
        const block = text.slice(0, end);
        text = text.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) });
      }
    }
    ended = true;
  })();
  return { events, ended: () => ended, reading, cancel: () => reader.cancel() };
}

async function createSession(vin: string): Promise<string> {
  const response = await fetch(`${portal.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ vin }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { session_key: string }).session_key;
}

describe('live updates from PAVE webhooks', () => {
  test('at start the portal registers its endpoint for status changes and completion, and says so', async () => {
    expect(portal.webhooks).toEqual({
      registered: true,
      url: `${portal.url}/webhooks/pave`,
      message: `webhooks registered: PAVE calls ${portal.url}/webhooks/pave for SESSION:STATUS_CHANGE and SESSION:COMPLETE`,
    });
    expect(logged).toEqual([`portal: ${portal.webhooks.message}`]);

    const client = createPaveClient({ ...credentials, baseUrl: pave.url });
    const { data } = unwrap(await client.GET('/v1/callbacks'));
    const registrations = data?.map(({ event, url, method, payload }) => ({
      event,
      url,
      method,
      payload,
    }));
    expect(registrations).toEqual(
      expect.arrayContaining(
        ['SESSION:STATUS_CHANGE', 'SESSION:COMPLETE'].map((event) => ({
          event,
          url: `${portal.url}/webhooks/pave`,
          method: 'POST',
          payload: { event },
        })),
      ),
    );
    // The token travels in the registration, and nowhere the page can read it.
    // PAVE documents `headers` as an object or a string; the portal registers an object.
    const headers = data?.[0]?.headers;
    const token =
      typeof headers === 'object' && headers !== null
        ? headers['X-Portal-Webhook-Token']
        : undefined;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const info = await (await fetch(`${portal.url}/api/info`)).text();
    expect(info).not.toContain(token);
    expect(JSON.parse(info)).toEqual({
      docs_url: `${pave.url}/docs`,
      live_updates: { registered: true, message: portal.webhooks.message },
    });
  });

  test('a session advanced to COMPLETE at PAVE reaches the page live, photos included; the other stays IDLE', async () => {
    const feed = await follow(portal.url);
    const first = await createSession('JN1CV6AR9BMXXXXXX');
    const second = await createSession('1HGCM82633A004352');
    expect(first).not.toBe(second);

    await pave.mock.advance(first, 'COMPLETE');
    const forFirst = () => feed.events.filter((event) => event.data.session_key === first);
    await vi.waitFor(
      () => {
        const last = forFirst().at(-1);
        expect(last?.data.status).toBe('COMPLETE');
        expect(last?.data.photos.length).toBeGreaterThan(0);
      },
      { timeout: 20_000, interval: 50 },
    );
    const statuses = forFirst().map((event) => event.data.status);
    expect(statuses).toEqual(expect.arrayContaining(['STARTED', 'PROCESS', 'COMPLETE']));
    const { photos } = forFirst().at(-1)?.data ?? { photos: [] };
    for (const photo of photos) expect(photo.url).toMatch(new RegExp(`^https://.*${first}`));
    expect(photos.map((photo) => photo.label)).toContain('VIN');

    // Every delivery to the portal was taken at the first try.
    const toPortal = pave.mock.deliveries.filter((attempt) => attempt.url.startsWith(portal.url));
    expect(toPortal.length).toBeGreaterThan(0);
    expect(toPortal.every((attempt) => attempt.status === 200 && attempt.attempt === 1)).toBe(true);

    const { sessions } = await (await fetch(`${portal.url}/api/sessions`)).json();
    expect(sessions).toMatchObject([
      { session_key: second, status: 'IDLE', photos: [] },
      { session_key: first, status: 'COMPLETE', photos },
    ]);
    await feed.cancel();
  });

  test('a call without the registered token is refused, and changes nothing', async () => {
    const key = await createSession('JN1CV6AR9BMXXXXXX');
    const response = await fetch(`${portal.url}/webhooks/pave`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Portal-Webhook-Token': 'guess' },
      body: JSON.stringify({
        event: 'SESSION:STATUS_CHANGE',
        session_key: key,
        status: 'COMPLETE',
      }),
    });
    expect(response.status).toBe(401);
    const { sessions } = await (await fetch(`${portal.url}/api/sessions`)).json();
    expect(sessions[0]).toMatchObject({ session_key: key, status: 'IDLE' });
  });
});

describe('registration that cannot happen', () => {
  test('PAVE refusing the registration is logged once, and the portal serves on', async () => {
    const lines: string[] = [];
    const refused = await startPortal({
      port: 0,
      pave: { ...credentials, apiSecret: 'not-the-secret', baseUrl: pave.url },
      log: (message) => lines.push(message),
    });
    try {
      await refused.webhooksReady;
      expect(refused.webhooks.registered).toBe(false);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^portal: webhooks not registered: PAVE did not take the SESSION:STATUS_CHANGE callback\. PAVE refused the credentials \(401\)/,
      );
      expect(lines[0]).not.toContain('not-the-secret');
      expect((await fetch(`${refused.url}/healthz`)).status).toBe(200);
      expect(await (await fetch(`${refused.url}/api/info`)).json()).toMatchObject({
        live_updates: { registered: false },
      });
    } finally {
      await refused.close();
    }
  });
});

describe('registration in the background', () => {
  test('a registration PAVE fails at first is tried again until PAVE takes it', async () => {
    const lines: string[] = [];
    // PAVE is down for the first attempt, then back: the real mock behind one 503.
    const flaky = fetchFailingFirstRegistration();
    const retrying = await startPortal({
      port: 0,
      pave: { ...credentials, baseUrl: pave.url, fetch: flaky, retry: { limit: 0 } },
      log: (message) => lines.push(message),
    });
    try {
      expect((await retrying.webhooksReady).registered).toBe(false);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/tries again in the background/);
      await vi.waitFor(() => expect(retrying.webhooks.registered).toBe(true), {
        timeout: 20_000,
        interval: 100,
      });
      expect(lines).toEqual([lines[0], `portal: ${retrying.webhooks.message}`]);
      const client = createPaveClient({ ...credentials, baseUrl: pave.url });
      const { data } = unwrap(await client.GET('/v1/callbacks'));
      expect(data?.filter(({ url }) => url === `${retrying.url}/webhooks/pave`)).toHaveLength(2);
    } finally {
      await retrying.close();
    }
  });
});

describe('photos', () => {
  test('deliveries of SESSION:COMPLETE arriving together fetch the photos once, and none after', async () => {
    let photoCalls = 0;
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The real mock, with its photo answers held until the test lets them go.
    const gated: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (new URL(request.url).pathname.endsWith('/photos')) {
        photoCalls += 1;
        await held;
      }
      return fetch(request);
    };
    const watched = await startPortal({
      port: 0,
      pave: { ...credentials, baseUrl: pave.url, fetch: gated },
      log: () => {},
    });
    try {
      await watched.webhooksReady;
      const client = createPaveClient({ ...credentials, baseUrl: pave.url });
      const { data } = unwrap(
        await client.GET('/v1/callbacks/{event}', {
          params: { path: { event: 'SESSION:COMPLETE' } },
        }),
      );
      const headers = data?.headers as Record<string, string>;
      const response = await fetch(`${watched.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ vin: 'JN1CV6AR9BMXXXXXX' }),
      });
      const { session_key: key } = (await response.json()) as { session_key: string };
      await pave.mock.advance(key, 'COMPLETE');
      await vi.waitFor(() => expect(photoCalls).toBe(1), { timeout: 20_000, interval: 50 });

      const deliver = () =>
        fetch(`${watched.url}/webhooks/pave`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(sessionCompleteWebhook(key)),
        });
      const answers = await Promise.all([deliver(), deliver(), deliver(), deliver()]);
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
      expect(photoCalls).toBe(1);

      release();
      await vi.waitFor(
        async () => {
          const { sessions } = await (await fetch(`${watched.url}/api/sessions`)).json();
          expect(sessions[0].photos.length).toBeGreaterThan(0);
        },
        { timeout: 20_000, interval: 100 },
      );
      expect((await deliver()).status).toBe(200);
      expect(photoCalls).toBe(1);
    } finally {
      release();
      await watched.close();
    }
  });
});

describe('shutdown', () => {
  const registeredUrls = async () => {
    const client = createPaveClient({ ...credentials, baseUrl: pave.url });
    const { data } = unwrap(await client.GET('/v1/callbacks'));
    return data?.map(({ event, url }) => `${event} ${url}`).sort();
  };

  test("close removes the registrations still pointing at the portal, and leaves a newer portal's", async () => {
    const older = await startPortal({
      port: 0,
      pave: { ...credentials, baseUrl: pave.url },
      log: () => {},
    });
    await older.webhooksReady;
    const newer = await startPortal({
      port: 0,
      pave: { ...credentials, baseUrl: pave.url },
      log: () => {},
    });
    try {
      await newer.webhooksReady;
      const newerOnes = ['SESSION:COMPLETE', 'SESSION:STATUS_CHANGE'].map(
        (event) => `${event} ${newer.url}/webhooks/pave`,
      );
      expect(await registeredUrls()).toEqual(newerOnes);
      // The older portal's registrations were replaced: it must not remove the newer's.
      await older.close();
      expect(await registeredUrls()).toEqual(newerOnes);
    } finally {
      await newer.close();
    }
    expect(await registeredUrls()).toEqual([]);
  });

  test('close ends the open event streams cleanly before the port is freed', async () => {
    const closing = await startPortal({
      port: 0,
      pave: { ...credentials, baseUrl: pave.url },
      log: () => {},
    });
    const feed = await follow(closing.url);
    await closing.close();
    await feed.reading;
    expect(feed.ended()).toBe(true);
  });
});
