import { createPaveClient } from '@pave-kit/client';
import { describe, expect, test } from 'vitest';
import { expectErrorAnswer } from '../test/expect-error-answer.js';
import { createPortalApp } from './create-portal-app.js';

const credentials = { username: 'dealer', apiKey: 'key-1', apiSecret: 'secret-1' };
const now = () => new Date('2026-01-02T03:04:05.000Z');

const created = {
  session_key: 'TOA-QGMWRCHHGB',
  theme: 'PRO',
  active: true,
  status: 'IDLE',
  created_at: '2026-01-02T03:04:00.000000Z',
  language: 'EN',
  capture_url: 'https://dealer.vehiclecapture.com/TOA-QGMWRCHHGB',
};

type Stub = (request: Request) => Response | Promise<Response>;

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** A portal whose PAVE is `stub`; `sent` records every request that reached it. */
function portal(stub: Stub = () => json(201, created)) {
  const sent: { method: string; path: string; body: unknown }[] = [];
  const client = createPaveClient({
    ...credentials,
    baseUrl: 'https://pave.test',
    retry: { limit: 0 },
    fetch: async (request) => {
      const text = await request.clone().text();
      sent.push({
        method: request.method,
        path: new URL(request.url).pathname,
        body: text ? JSON.parse(text) : undefined,
      });
      return stub(request);
    },
  });
  const app = createPortalApp({ client, now });
  const call = (method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
  return { app, sent, call };
}

describe('POST /api/sessions', () => {
  test('sends the mapped body to PAVE and answers 201 with the listed session', async () => {
    const { call, sent } = portal();
    const response = await call('POST', '/api/sessions', {
      vin: 'jn1cv6ar9bmxxxxxx',
      first_name: 'Jane',
      last_name: 'Smith',
      theme: 'LITE',
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({
      session_key: 'TOA-QGMWRCHHGB',
      capture_url: 'https://dealer.vehiclecapture.com/TOA-QGMWRCHHGB',
      status: 'IDLE',
      theme: 'PRO',
      language: 'EN',
      customer: 'Jane Smith',
      vehicle: 'JN1CV6AR9BMXXXXXX',
      sms_to: null,
      created_at: '2026-01-02T03:04:00.000000Z',
      checked_at: '2026-01-02T03:04:05.000Z',
      photos: [],
    });
    expect(sent).toEqual([
      {
        method: 'POST',
        path: '/v1/sessions',
        body: {
          vehicle: { vin: 'JN1CV6AR9BMXXXXXX' },
          options: { contact: { first_name: 'Jane', last_name: 'Smith' } },
          session: { theme: 'LITE' },
        },
      },
    ]);
  });

  test('answers 422 with the contract message per field and sends nothing', async () => {
    const { call, sent } = portal();
    const response = await call('POST', '/api/sessions', {
      vin: 'JN1CV6AR9BMXXXXX',
      redirect_url: 'not a url',
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      message: 'Some fields need attention.',
      fieldErrors: {
        'vehicle.vin': ['must be 17 characters, got 16'],
        'session.redirect_url': [
          'must be an absolute URL (such as https://example.com/done), got "not a url"',
        ],
      },
    });
    expect(sent).toEqual([]);
  });

  test("shows PAVE's own 400 per field", async () => {
    const { call } = portal(() =>
      json(400, {
        message: 'Required fields are missing or invalid.',
        errors: { 'sms.to': ['Invalid phone number'] },
      }),
    );
    const response = await call('POST', '/api/sessions', { mobile: '123' });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      message: 'PAVE rejected some fields: Required fields are missing or invalid.',
      fieldErrors: { 'sms.to': ['Invalid phone number'] },
    });
  });

  test('refuses a body that is not JSON', async () => {
    const { app, sent } = portal();
    const post = (contentType: string, body: string) =>
      app.request('/api/sessions', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      });
    const form = await post('application/x-www-form-urlencoded', 'vin=JN1CV6AR9BMXXXXXX');
    expect(form.status).toBe(415);
    for (const contentType of ['application/json, text/plain', 'text/plain, application/json']) {
      const list = await post(contentType, '{"vin":"JN1CV6AR9BMXXXXXX"}');
      expect(list.status, contentType).toBe(415);
    }
    const charset = await post('application/json; charset=utf-8', '{"vin":');
    expect(charset.status).toBe(400);
    expect(sent).toEqual([]);
    const broken = await post('application/json', '{"vin":');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({
      error: { kind: 'bad-request', message: 'The request body is not valid JSON.' },
    });
    const array = await post('application/json', '["vin"]');
    expect(array.status).toBe(400);
    expect(sent).toEqual([]);
  });
});

describe("PAVE's answer is checked for what the portal is about to use", () => {
  const notSession = (flaw: string) => ({
    error: {
      kind: 'bad-answer',
      message: `PAVE's answer was not a session (${flaw}), so nothing was added to the list. PAVE may still have created a session.`,
    },
  });

  test.each([
    ['[1,2,3]', '[1,2,3]', 'it is an array'],
    ['{}', '{}', 'it has no session_key'],
    ['42', '42', 'it is a number'],
    ['null', 'null', 'it is null'],
    [
      'no capture_url',
      JSON.stringify({ ...created, capture_url: undefined }),
      'it has no capture_url',
    ],
    [
      'an empty session_key',
      JSON.stringify({ ...created, session_key: '' }),
      'it has no session_key',
    ],
    [
      'a number as session_key',
      JSON.stringify({ ...created, session_key: 7 }),
      'its session_key is a number, not text',
    ],
    [
      'an object as status',
      JSON.stringify({ ...created, status: { deep: [[[]]] } }),
      'its status is an object, not text',
    ],
    ...[
      'javascript:alert(document.cookie)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'not a URL',
    ].map((captureUrl) => [
      `the capture_url ${captureUrl}`,
      JSON.stringify({ ...created, capture_url: captureUrl }),
      'its capture_url is not an http or https address',
    ]),
  ])(
    'a create answered 201 with %s is a 502 banner; nothing stored or listed',
    async (_label, body, flaw) => {
      const { call } = portal(
        () => new Response(body, { status: 201, headers: { 'content-type': 'application/json' } }),
      );
      const response = await call('POST', '/api/sessions', { vin: 'JN1CV6AR9BMXXXXXX' });
      expect(response.status).toBe(502);
      expect(await response.json()).toEqual(notSession(flaw));
      expect(await (await call('GET', '/api/sessions')).json()).toEqual({ sessions: [] });
    },
  );

  test.each<[string, Stub, string, string]>([
    [
      'PAVE fails (500)',
      () => json(500, { message: 'Server error.' }),
      'server-error',
      'PAVE failed to handle the request (500): Server error.',
    ],
    [
      'PAVE answers with something that is not JSON',
      () => new Response('<html>', { status: 201, headers: { 'content-type': 'text/html' } }),
      'bad-answer',
      "PAVE's answer was not JSON, so nothing was added to the list. PAVE may still have created a session.",
    ],
  ])('a create that %s is a 502 banner and lists nothing', async (_label, stub, kind, message) => {
    const { call } = portal(stub);
    await expectErrorAnswer(await call('POST', '/api/sessions', {}), 502, kind, message);
    expect(await (await call('GET', '/api/sessions')).json()).toEqual({ sessions: [] });
  });

  test('a refresh answered [1,2,3] is a 502 banner and the listed session is unchanged', async () => {
    const { call } = portal((request) =>
      request.method === 'POST' ? json(201, created) : json(200, [1, 2, 3]),
    );
    const listedBefore = await (await call('POST', '/api/sessions', {})).json();
    const response = await call('GET', '/api/sessions/TOA-QGMWRCHHGB');
    await expectErrorAnswer(
      response,
      502,
      'bad-answer',
      "PAVE's answer was not a session (it is an array), so the list shows what PAVE said before.",
    );
    expect(await (await call('GET', '/api/sessions')).json()).toEqual({ sessions: [listedBefore] });
  });
});

describe('GET /api/sessions and GET /api/sessions/:key', () => {
  test('lists what was created, and a refresh updates the status in place', async () => {
    let status = 'IDLE';
    let key = 'AAA-0000000001';
    const { call, sent } = portal((request) =>
      request.method === 'POST'
        ? json(201, { ...created, session_key: key, capture_url: `https://d.example/${key}` })
        : json(200, { ...created, session_key: key, status, capture_url: undefined }),
    );
    await call('POST', '/api/sessions', { make: 'Nissan', model: 'Rogue', year: '2017' });
    key = 'BBB-0000000002';
    await call('POST', '/api/sessions', {});

    key = 'AAA-0000000001';
    status = 'STARTED';
    const refreshed = await call('GET', '/api/sessions/AAA-0000000001');
    expect(refreshed.status).toBe(200);
    expect(await refreshed.json()).toMatchObject({
      session_key: 'AAA-0000000001',
      status: 'STARTED',
      capture_url: 'https://d.example/AAA-0000000001',
      vehicle: '2017 Nissan Rogue',
    });
    expect(sent.at(-1)).toEqual({
      method: 'GET',
      path: '/v1/sessions/AAA-0000000001',
      body: undefined,
    });

    const list = (await (await call('GET', '/api/sessions')).json()) as {
      sessions: { session_key: string; status: string }[];
    };
    expect(list.sessions.map((s) => [s.session_key, s.status])).toEqual([
      ['BBB-0000000002', 'IDLE'],
      ['AAA-0000000001', 'STARTED'],
    ]);
  });

  test('a key not created here is 404 without asking PAVE', async () => {
    const { call, sent } = portal();
    const response = await call('GET', '/api/sessions/ZZZ-0000000000');
    await expectErrorAnswer(
      response,
      404,
      'not-found',
      'No session ZZZ-0000000000 was created in this run of the portal; the list shows those that were.',
    );
    expect(sent).toEqual([]);
  });
});

describe('DELETE /api/sessions/:key', () => {
  test('deletes an IDLE session at PAVE and drops it from the list', async () => {
    const { call, sent } = portal((request) =>
      request.method === 'DELETE'
        ? json(200, { message: 'Session TOA-QGMWRCHHGB has been successfully removed.' })
        : json(201, created),
    );
    await call('POST', '/api/sessions', {});
    const response = await call('DELETE', '/api/sessions/TOA-QGMWRCHHGB');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      session_key: 'TOA-QGMWRCHHGB',
      message: 'Session TOA-QGMWRCHHGB has been successfully removed.',
    });
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v1/sessions',
      'DELETE /v1/sessions/TOA-QGMWRCHHGB',
    ]);
    expect(await (await call('GET', '/api/sessions')).json()).toEqual({ sessions: [] });
  });

  test('refuses with 409 when the last known status is not IDLE, without asking PAVE', async () => {
    const { call, sent } = portal((request) =>
      request.method === 'GET' ? json(200, { ...created, status: 'PROCESS' }) : json(201, created),
    );
    await call('POST', '/api/sessions', {});
    await call('GET', '/api/sessions/TOA-QGMWRCHHGB');
    const response = await call('DELETE', '/api/sessions/TOA-QGMWRCHHGB');
    await expectErrorAnswer(
      response,
      409,
      'conflict',
      'Session TOA-QGMWRCHHGB is PROCESS: only sessions still IDLE (the customer has not opened the link) can be deleted. Refresh it if you think that is out of date.',
    );
    expect(sent.map((r) => r.method)).toEqual(['POST', 'GET']);
  });

  test("PAVE's 400 (started meanwhile) is a 409 and the session stays listed", async () => {
    const { call } = portal((request) =>
      request.method === 'DELETE'
        ? json(400, { message: 'Session TOA-QGMWRCHHGB has been started and cannot be deleted.' })
        : json(201, created),
    );
    await call('POST', '/api/sessions', {});
    const response = await call('DELETE', '/api/sessions/TOA-QGMWRCHHGB');
    await expectErrorAnswer(
      response,
      409,
      'rejected',
      'PAVE rejected the request (400): Session TOA-QGMWRCHHGB has been started and cannot be deleted.',
    );
    const list = (await (await call('GET', '/api/sessions')).json()) as { sessions: unknown[] };
    expect(list.sessions).toHaveLength(1);
  });
});

describe('GET /api/sessions/:key/qr', () => {
  test('draws the capture link of a listed session as SVG', async () => {
    const { call } = portal();
    await call('POST', '/api/sessions', {});
    const response = await call('GET', '/api/sessions/TOA-QGMWRCHHGB/qr');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(await response.text()).toMatch(/^<svg /);
    expect((await call('GET', '/api/sessions/NOPE/qr')).status).toBe(404);
  });
});
