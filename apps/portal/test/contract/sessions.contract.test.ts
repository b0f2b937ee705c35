import { usePaveMock } from '@pave-kit/mock/vitest';
import { describe, expect, test } from 'vitest';
import { filledForm } from '../filled-form.js';
import { credentials, portalFor } from './portal-harness.js';

// The mock keeps state: each create is a session of its own, with its own key.
const pave = usePaveMock({ credentials });

const form = filledForm;

const sessionKey = /^[A-Z0-9]{3}-[A-Z0-9]{10}$/;

async function create(portal: ReturnType<typeof portalFor>, body: unknown) {
  const created = await portal.call('POST', '/api/sessions', body);
  expect(created.status).toBe(201);
  return (await created.json()) as { session_key: string; [field: string]: unknown };
}

/** What reached PAVE, one `METHOD /path` a request, in order. */
const sentTo = (portal: { sent: { method: string; path: string }[] }) =>
  portal.sent.map((request) => `${request.method} ${request.path}`);

describe('sessions against the mock', () => {
  test('create -> list -> delete while IDLE', async () => {
    const portal = portalFor(pave.url);

    const session = await create(portal, form);
    expect(session).toMatchObject({
      session_key: expect.stringMatching(sessionKey),
      status: 'IDLE',
      capture_url: expect.stringMatching(/^https:\/\//),
      customer: 'Jane Smith',
      vehicle: 'JN1CV6AR9BMXXXXXX · 2011 Infiniti G37',
      sms_to: '647-455-0000',
      photos: [],
    });
    const key = session.session_key;

    const listed = await (await portal.call('GET', '/api/sessions')).json();
    expect(listed).toEqual({ sessions: [session] });

    const qr = await portal.call('GET', `/api/sessions/${key}/qr`);
    expect(qr.status).toBe(200);
    expect(await qr.text()).toMatch(/^<svg /);

    const deleted = await portal.call('DELETE', `/api/sessions/${key}`);
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({
      session_key: key,
      message: `Session ${key} has been successfully removed.`,
    });
    expect(await (await portal.call('GET', '/api/sessions')).json()).toEqual({ sessions: [] });
    expect(sentTo(portal)).toEqual(['POST /v1/sessions', `DELETE /v1/sessions/${key}`]);
  });

  test('two creates are two sessions in the list, newest first, each with its own vehicle', async () => {
    const portal = portalFor(pave.url);
    const first = await create(portal, { vin: 'JN1CV6AR9BMXXXXXX' });
    const second = await create(portal, { vin: '1HGCM82633A004352' });
    expect(second.session_key).not.toBe(first.session_key);
    const { sessions } = await (await portal.call('GET', '/api/sessions')).json();
    expect(sessions).toMatchObject([
      { session_key: second.session_key, vehicle: '1HGCM82633A004352' },
      { session_key: first.session_key, vehicle: 'JN1CV6AR9BMXXXXXX' },
    ]);
  });

  test('create -> refresh -> delete refused once the customer has started', async () => {
    const portal = portalFor(pave.url);
    const { session_key: key } = await create(portal, { vin: form.vin });

    // The customer opens the link: the session moves on at PAVE.
    await pave.mock.advance(key, 'STARTED');
    const refreshed = await portal.call('GET', `/api/sessions/${key}`);
    expect(refreshed.status).toBe(200);
    expect(await refreshed.json()).toMatchObject({ session_key: key, status: 'STARTED' });
    const listed = await (await portal.call('GET', '/api/sessions')).json();
    expect(listed.sessions).toMatchObject([{ session_key: key, status: 'STARTED' }]);

    const deleted = await portal.call('DELETE', `/api/sessions/${key}`);
    expect(deleted.status).toBe(409);
    expect((await deleted.json()).error).toMatchObject({ kind: 'conflict' });
    expect(sentTo(portal)).toEqual(['POST /v1/sessions', `GET /v1/sessions/${key}`]);
  });

  test('a session started since its last refresh: PAVE refuses the delete, and it stays listed', async () => {
    const portal = portalFor(pave.url);
    const { session_key: key } = await create(portal, { vin: form.vin });
    await pave.mock.advance(key);
    const deleted = await portal.call('DELETE', `/api/sessions/${key}`);
    expect(deleted.status).toBe(409);
    expect((await deleted.json()).error).toMatchObject({ kind: 'rejected' });
    expect((await (await portal.call('GET', '/api/sessions')).json()).sessions).toHaveLength(1);
  });

  test('create -> refresh -> delete while the customer has not started', async () => {
    const portal = portalFor(pave.url);
    const { session_key: key } = await create(portal, { vin: form.vin });
    const refreshed = await portal.call('GET', `/api/sessions/${key}`);
    expect(await refreshed.json()).toMatchObject({ session_key: key, status: 'IDLE' });
    expect((await portal.call('DELETE', `/api/sessions/${key}`)).status).toBe(200);
    expect((await (await portal.call('GET', '/api/sessions')).json()).sessions).toEqual([]);
    expect(sentTo(portal)).toEqual([
      'POST /v1/sessions',
      `GET /v1/sessions/${key}`,
      `DELETE /v1/sessions/${key}`,
    ]);
  });

  test('PAVE answering 200 instead of 201 to a create is a success too', async () => {
    const portal = portalFor(pave.url);
    // `Prefer` still wins over the state: the answer is the spec's example for 200.
    portal.prefer('code=200');
    const created = await portal.call('POST', '/api/sessions', {});
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      session_key: expect.stringMatching(sessionKey),
      status: 'IDLE',
    });
  });

  test('every request the portal sends is signed for the account', async () => {
    const portal = portalFor(pave.url);
    const { session_key: key } = await create(portal, {});
    await portal.call('GET', `/api/sessions/${key}`);
    expect(portal.sent).toHaveLength(2);
    for (const request of portal.sent) {
      expect(request.headers.get('API-Key')).toBe(credentials.apiKey);
      expect(request.headers.get('API-Token')).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
