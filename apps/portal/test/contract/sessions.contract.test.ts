import { usePaveMock } from '@pave-kit/mock/vitest';
import { describe, expect, test } from 'vitest';
import { filledForm } from '../filled-form.js';
import { credentials, portalFor } from './portal-harness.js';

// The examples answer every key (XXX-ABCDE12345), as before the mock kept state.
const pave = usePaveMock({ credentials, stateful: false });

const form = filledForm;

// The static mock answers with the spec's examples: every session is XXX-ABCDE12345, created
// IDLE, and GET answers with the example of a COMPLETE session.
const key = 'XXX-ABCDE12345';

/** What reached PAVE, one `METHOD /path` a request, in order. */
const sentTo = (portal: { sent: { method: string; path: string }[] }) =>
  portal.sent.map((request) => `${request.method} ${request.path}`);

describe('sessions against the mock', () => {
  test('create -> list -> delete while IDLE', async () => {
    const portal = portalFor(pave.url);

    const created = await portal.call('POST', '/api/sessions', form);
    expect(created.status).toBe(201);
    const session = await created.json();
    expect(session).toMatchObject({
      session_key: key,
      status: 'IDLE',
      capture_url: expect.stringMatching(/^https:\/\//),
      customer: 'Jane Smith',
      vehicle: 'JN1CV6AR9BMXXXXXX · 2011 Infiniti G37',
      sms_to: '647-455-0000',
    });

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

  test('create -> list -> refresh -> delete refused once the customer has started', async () => {
    const portal = portalFor(pave.url);
    expect((await portal.call('POST', '/api/sessions', { vin: form.vin })).status).toBe(201);

    // The customer has been through capture since: PAVE now reports the session complete.
    portal.prefer('example=complete');
    const refreshed = await portal.call('GET', `/api/sessions/${key}`);
    expect(refreshed.status).toBe(200);
    expect(await refreshed.json()).toMatchObject({ session_key: key, status: 'COMPLETE' });
    const listed = await (await portal.call('GET', '/api/sessions')).json();
    expect(listed.sessions).toMatchObject([{ session_key: key, status: 'COMPLETE' }]);

    const deleted = await portal.call('DELETE', `/api/sessions/${key}`);
    expect(deleted.status).toBe(409);
    expect((await deleted.json()).error).toMatchObject({ kind: 'conflict' });
    expect(sentTo(portal)).toEqual(['POST /v1/sessions', `GET /v1/sessions/${key}`]);
  });

  test('create -> refresh -> delete while the customer has not started', async () => {
    const portal = portalFor(pave.url);
    expect((await portal.call('POST', '/api/sessions', { vin: form.vin })).status).toBe(201);
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
    portal.prefer('code=200');
    const created = await portal.call('POST', '/api/sessions', {});
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ session_key: key, status: 'IDLE' });
  });

  test('every request the portal sends is signed for the account', async () => {
    const portal = portalFor(pave.url);
    await portal.call('POST', '/api/sessions', {});
    await portal.call('GET', `/api/sessions/${key}`);
    expect(portal.sent).toHaveLength(2);
    for (const request of portal.sent) {
      expect(request.headers.get('API-Key')).toBe(credentials.apiKey);
      expect(request.headers.get('API-Token')).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
