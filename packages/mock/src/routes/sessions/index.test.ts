import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningMock, startMock } from '../../start-mock.js';

const auth = { 'API-Key': 'key_routes', 'API-Token': 't', 'API-Timestamp': '2021-05-30T12:49:19Z' };

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${mock.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...auth },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('sessions from state', () => {
  test('create keeps what was sent, with the defaults for the rest', async () => {
    const created = await call('POST', '/v1/sessions', {
      sms: { to: '647-455-XXXX' },
      options: { client_id: 'DLVNQC' },
      session: { redirect_url: 'https://dealer.example.com/done', reference: { lead: 7 } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'IDLE',
      theme: 'PRO',
      language: 'EN',
      active: true,
      inspect_started_at: null,
      redirect_url: 'https://dealer.example.com/done',
      options: { client_id: 'DLVNQC', sms: { to: '647-455-XXXX' }, reference: { lead: 7 } },
    });
    expect(created.body.vehicle).toBeUndefined();
  });

  test('photos are empty, notes empty and results "not yet" until the session has them', async () => {
    const { session_key: key } = (await call('POST', '/v1/sessions', {})).body;
    expect(await call('GET', `/v1/sessions/${key}/photos`)).toEqual({ status: 200, body: [] });
    expect(await call('GET', `/v1/sessions/${key}/notes`)).toEqual({
      status: 200,
      body: { data: [] },
    });
    expect(await call('GET', `/v1/sessions/${key}/results`)).toEqual({
      status: 400,
      body: { message: 'Session is not yet completed.' },
    });
    await mock.advance(key, 'PROCESS');
    const photos = await call('GET', `/v1/sessions/${key}/photos`);
    expect(photos.body.map((p: { photo_label: string }) => p.photo_label)).toContain('VIN');
    expect((await call('GET', `/v1/sessions/${key}`)).body.vehicle.vin).toHaveLength(17);
  });

  test('PUT follows the per-field rules: the theme only while IDLE', async () => {
    const { session_key: key } = (await call('POST', '/v1/sessions', {})).body;
    await mock.advance(key);
    const refused = await call('PUT', `/v1/sessions/${key}`, { session: { theme: 'LITE' } });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/theme can only change while the session is IDLE/);
    const allowed = await call('PUT', `/v1/sessions/${key}`, { session: { language: 'DE' } });
    expect(allowed.body).toMatchObject({ language: 'DE', theme: 'PRO' });
  });

  test('unknown keys get the spec 404 on every session operation', async () => {
    for (const suffix of ['', '/photos', '/notes', '/results']) {
      const answer = await call('GET', `/v1/sessions/ZZZ-0000000000${suffix}`);
      expect(answer).toEqual({
        status: 404,
        body: { message: 'Session ZZZ-0000000000 cannot be found.' },
      });
    }
    expect((await call('DELETE', '/v1/sessions/ZZZ-0000000000')).status).toBe(404);
    expect(mock.violations).toEqual([]);
  });
});

describe('callbacks from state', () => {
  test("PUT and DELETE of an unregistered event are PAVE's 404, with the API key", async () => {
    const event = 'SESSION:NOTE_INSERT';
    const put = await call('PUT', `/v1/callbacks/${event}`, {
      url: 'https://dealer.example.com/n',
    });
    expect(put).toEqual({
      status: 404,
      body: {
        api_key: 'key_routes',
        message: `Your API Key does not have callback setting for the event ${event}.`,
      },
    });
    expect((await call('DELETE', `/v1/callbacks/${encodeURIComponent(event)}`)).status).toBe(404);
    expect(mock.violations).toEqual([]);
  });
});

describe('stateless', () => {
  test('stateful: false answers with the spec example for any key', async () => {
    const stateless = await startMock({ stateful: false });
    try {
      const answer = await fetch(`${stateless.url}/v1/sessions/ANY-KEY`, { headers: auth });
      expect(answer.status).toBe(200);
      expect(((await answer.json()) as { session_key: string }).session_key).toBe('XXX-ABCDE12345');
      expect(stateless.stateful).toBe(false);
      await expect(stateless.advance('ANY-KEY')).rejects.toThrow(/stateless/);
    } finally {
      await stateless.close();
    }
  });
});

describe('the bound on what sessions take together', () => {
  test('large references evict the oldest sessions of any account once past maxStateBytes', async () => {
    const small = await startMock({ maxStateBytes: 250_000 });
    try {
      const create = async (apiKey: string) => {
        const response = await fetch(`${small.url}/v1/sessions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...auth, 'API-Key': apiKey },
          body: JSON.stringify({ session: { reference: { notes: 'x'.repeat(100_000) } } }),
        });
        expect(response.status).toBe(201);
        return ((await response.json()) as { session_key: string }).session_key;
      };
      const status = async (apiKey: string, key: string) =>
        (
          await fetch(`${small.url}/v1/sessions/${key}`, {
            headers: { ...auth, 'API-Key': apiKey },
          })
        ).status;
      const first = await create('key_first');
      const second = await create('key_second');
      const third = await create('key_second');
      expect(await status('key_first', first)).toBe(404);
      expect(await status('key_second', second)).toBe(200);
      expect(await status('key_second', third)).toBe(200);
    } finally {
      await small.close();
    }
  });
});
