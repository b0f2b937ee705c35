// An inspection played out against the stateful mock, as an integration lives it: create, update,
// delete, register a webhook, drive the lifecycle, receive SESSION:COMPLETE, read the results.
import { createAuthHeaders } from '@pave-kit/auth';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningMock, startMock } from '../src/start-mock.js';
import { type Receiver, startReceiver } from './receiver.js';
import { signedCaller } from './signed-call.js';

const dealer = { username: 'dealer', apiKey: 'key_dealer', apiSecret: 'secret_dealer_value' };
const rival = { username: 'rival', apiKey: 'key_rival', apiSecret: 'secret_rival_value' };
const firstVin = 'JN1CV6AR9BM000001';
const secondVin = '5N1AT2MV0HC000002';

let mock: RunningMock;
let receiver: Receiver;
let call: ReturnType<typeof signedCaller>;
let rivalCall: ReturnType<typeof signedCaller>;

beforeAll(async () => {
  mock = await startMock({
    credentials: [dealer, rival],
    webhookDelivery: { backoffMs: 1, timeoutMs: 5_000 },
  });
  // The first delivery fails, as a receiver that is restarting would.
  receiver = await startReceiver((n) => (n === 1 ? 500 : 200));
  call = signedCaller(mock.url, dealer);
  rivalCall = signedCaller(mock.url, rival);
});

afterAll(async () => {
  await mock?.close();
  await receiver?.close();
});

describe('an inspection from create to results', () => {
  test('plays out as PAVE documents it', async () => {
    const first = await call('POST', '/v1/sessions', { vehicle: { vin: firstVin } });
    const second = await call('POST', '/v1/sessions', { vehicle: { vin: secondVin } });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    const key = first.body.session_key;
    expect(key).toMatch(/^[A-Z]{3}-[A-Z0-9]{10}$/);
    expect(second.body.session_key).not.toBe(key);
    expect(first.body).toMatchObject({
      status: 'IDLE',
      active: true,
      capture_url: `https://dealer.vehiclecapture.com/${key}`,
    });

    expect((await call('GET', `/v1/sessions/${key}`)).body.vehicle.vin).toBe(firstVin);
    const otherKey = second.body.session_key;
    expect((await call('GET', `/v1/sessions/${otherKey}`)).body.vehicle.vin).toBe(secondVin);

    const updated = await call('PUT', `/v1/sessions/${key}`, {
      session: { language: 'FR', theme: 'LITE' },
    });
    expect(updated.status).toBe(200);
    expect((await call('GET', `/v1/sessions/${key}`)).body).toMatchObject({
      language: 'FR',
      theme: 'LITE',
    });

    expect((await call('DELETE', `/v1/sessions/${otherKey}`)).status).toBe(200);
    expect((await call('GET', `/v1/sessions/${otherKey}`)).status).toBe(404);

    const registered = await call('POST', '/v1/callbacks', {
      event: 'SESSION:COMPLETE',
      url: `${receiver.url}/pave/complete`,
      headers: { Authorization: 'Bearer receiver-token' },
      payload: { source: 'dealer-crm' },
    });
    expect(registered.status).toBe(200);
    expect(registered.body).toMatchObject({
      api_key: dealer.apiKey,
      event: 'SESSION:COMPLETE',
      method: 'POST',
    });

    expect((await call('GET', `/v1/sessions/${key}/results`)).status).toBe(400);
    await mock.advance(key, 'COMPLETE');

    const completes = receiver.received.filter((r) => r.body?.event === 'SESSION:COMPLETE');
    expect(completes).toHaveLength(2);
    const delivered = completes[1];
    expect(delivered?.headers.authorization).toBe('Bearer receiver-token');
    expect(delivered?.body).toMatchObject({
      source: 'dealer-crm',
      vehicle: { vin: firstVin, session_key: key },
    });
    expect(JSON.stringify(receiver.received)).not.toContain(dealer.apiSecret);
    expect(mock.deliveries.map((d) => d.outcome)).toEqual(['retrying', 'delivered']);

    const results = await call('GET', `/v1/sessions/${key}/results`);
    expect(results.status).toBe(200);
    expect(results.body.vehicle.vin).toBe(firstVin);
    expect(results.body.session.status).toBe('COMPLETE');
    const photos = await call('GET', `/v1/sessions/${key}/photos`);
    expect(photos.body.length).toBeGreaterThan(0);

    const refused = await call('DELETE', `/v1/sessions/${key}`);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain(key);

    expect(mock.violations).toEqual([]);
  });

  test("an account sees neither the other's sessions nor its callbacks", async () => {
    const mine = await call('POST', '/v1/sessions', { vehicle: { vin: firstVin } });
    const key = mine.body.session_key;
    expect((await rivalCall('GET', `/v1/sessions/${key}`)).status).toBe(404);
    expect((await rivalCall('DELETE', `/v1/sessions/${key}`)).status).toBe(404);
    expect((await rivalCall('GET', '/v1/callbacks')).body).toEqual({
      api_key: rival.apiKey,
      data: [],
    });
    expect((await rivalCall('GET', '/v1/callbacks/SESSION:COMPLETE')).status).toBe(404);
    const advance = await fetch(`${mock.url}/__mock/sessions/${key}/advance`, { method: 'POST' });
    expect(advance.status).toBe(401);
    expect(mock.violations).toEqual([]);
  });

  test('Prefer still picks the spec examples, so error paths stay drivable', async () => {
    const example = await fetch(`${mock.url}/v1/sessions/XXX-ABCDE12345`, {
      headers: { ...createAuthHeaders(dealer), prefer: 'example=complete' },
    });
    expect(example.status).toBe(200);
    expect((await example.json()).status).toBe('COMPLETE');
  });
});
