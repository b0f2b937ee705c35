import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startReceiver } from '../../../test/receiver.js';
import { type RunningMock, startMock } from '../../start-mock.js';

const auth = { 'API-Key': 'key_admin', 'API-Token': 't', 'API-Timestamp': '2021-05-30T12:49:19Z' };

let mock: RunningMock;

beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

async function createSession(): Promise<string> {
  const response = await fetch(`${mock.url}/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: '{}',
  });
  return ((await response.json()) as { session_key: string }).session_key;
}

async function advance(key: string, body?: string, headers: Record<string, string> = auth) {
  const response = await fetch(`${mock.url}/__mock/sessions/${key}/advance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Sends this account's status changes to `url`, until `unregisterStatusChanges`. */
async function registerStatusChanges(url: string): Promise<void> {
  await fetch(`${mock.url}/v1/callbacks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ event: 'SESSION:STATUS_CHANGE', url }),
  });
}

async function unregisterStatusChanges(): Promise<void> {
  await fetch(`${mock.url}/v1/callbacks/SESSION:STATUS_CHANGE`, {
    method: 'DELETE',
    headers: auth,
  });
}

describe('POST /__mock/sessions/{key}/advance', () => {
  test('moves one step without a body, and up to "to" with one', async () => {
    const key = await createSession();
    const step = await advance(key);
    expect(step).toMatchObject({ status: 200, body: { session_key: key, status: 'STARTED' } });
    expect(step.body.inspect_started_at).toEqual(expect.any(String));
    const rest = await advance(key, '{"to":"CONFIRM"}');
    expect(rest.body).toMatchObject({ status: 'CONFIRM', inspect_ended_at: expect.any(String) });
  });

  test.each([
    ['{"to": ', /not valid JSON/],
    ['["COMPLETE"]', /must be a JSON object/],
    [
      '{"to":"DONE"}',
      /"to" must be one of IDLE, STARTED, PROCESS, QC_PASSED, CONFIRM, COMPLETE; got "DONE"/,
    ],
    ['{"status":"COMPLETE"}', /Unknown field "status"/],
    ['{"wait":"yes"}', /"wait" must be true or false; got "yes"/],
  ])(
    'a malformed body %s is a 400 naming the problem, and nothing moves',
    async (body, message) => {
      const key = await createSession();
      const answer = await advance(key, body);
      expect(answer.status).toBe(400);
      expect(answer.body.message).toMatch(message);
      const session = await fetch(`${mock.url}/v1/sessions/${key}`, { headers: auth });
      expect(((await session.json()) as { status: string }).status).toBe('IDLE');
    },
  );

  test('an unknown key is a 404 naming it', async () => {
    const answer = await advance('NOT-A0000000000');
    expect(answer).toEqual({
      status: 404,
      body: { message: 'No session has the key NOT-A0000000000.' },
    });
  });

  test("another account's session is unknown to the caller", async () => {
    const key = await createSession();
    const answer = await advance(key, undefined, { ...auth, 'API-Key': 'key_other' });
    expect(answer.status).toBe(404);
  });

  test('past COMPLETE is a 409 naming the key, and backwards too', async () => {
    const key = await createSession();
    await advance(key, '{"to":"COMPLETE"}');
    const past = await advance(key);
    expect(past.status).toBe(409);
    expect(past.body.message).toContain(`Session ${key} is COMPLETE`);
    const other = await createSession();
    await advance(other, '{"to":"PROCESS"}');
    expect((await advance(other, '{"to":"STARTED"}')).status).toBe(409);
  });
});

describe('advancing behind webhook receivers', () => {
  test('answers once the session moved, without waiting for a receiver that hangs', async () => {
    const receiver = await startReceiver(() => 'hang');
    // A deadline longer than the test: an answer that waited for the receiver would never come.
    const slow = await startMock({ webhookDelivery: { attempts: 1, timeoutMs: 600_000 } });
    try {
      const send = (path: string, body: unknown) =>
        fetch(`${slow.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...auth },
          body: JSON.stringify(body),
        });
      await send('/v1/callbacks', { event: 'SESSION:STATUS_CHANGE', url: receiver.url });
      const { session_key: key } = (await (await send('/v1/sessions', {})).json()) as {
        session_key: string;
      };
      const moved = await send(`/__mock/sessions/${key}/advance`, { to: 'COMPLETE' });
      expect(moved.status).toBe(200);
      expect(await moved.json()).toMatchObject({ session_key: key, status: 'COMPLETE' });
      await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(1);
    } finally {
      await slow.close();
      await receiver.close();
    }
    // Closing ended the try under way and dropped the rest; each is listed.
    expect(slow.deliveries.map((d) => d.outcome)).toEqual([
      'failed',
      'dropped',
      'dropped',
      'dropped',
      'dropped',
    ]);
  });

  test('"wait": true answers after the webhooks, which are then listed', async () => {
    const receiver = await startReceiver(() => 200);
    try {
      await registerStatusChanges(receiver.url);
      const key = await createSession();
      const moved = await advance(key, '{"to":"PROCESS","wait":true}');
      expect(moved.body).toMatchObject({ status: 'PROCESS' });
      const listed = await fetch(`${mock.url}/__mock/deliveries`, { headers: auth });
      const { deliveries } = (await listed.json()) as { deliveries: Array<{ sessionKey: string }> };
      expect(deliveries.filter((d) => d.sessionKey === key)).toEqual([
        expect.objectContaining({ outcome: 'delivered', attempt: 1 }),
        expect.objectContaining({ outcome: 'delivered', attempt: 1 }),
      ]);
      expect(receiver.received.map((r) => r.body.status)).toEqual(['STARTED', 'PROCESS']);
    } finally {
      await unregisterStatusChanges();
      await receiver.close();
    }
  });

  test('concurrent advances of one session step it once each, webhooks in order', async () => {
    const receiver = await startReceiver(() => 200);
    try {
      await registerStatusChanges(receiver.url);
      const key = await createSession();
      const [toQc, oneStep] = await Promise.all([
        advance(key, '{"to":"QC_PASSED","wait":true}'),
        advance(key, '{"wait":true}'),
        mock.advance(key),
      ]);
      expect([toQc.status, oneStep.status]).toEqual([200, 200]);
      const session = await fetch(`${mock.url}/v1/sessions/${key}`, { headers: auth });
      const { status } = (await session.json()) as { status: string };
      const order = ['STARTED', 'PROCESS', 'QC_PASSED', 'CONFIRM', 'COMPLETE'];
      const seen = receiver.received.map((r) => r.body.status);
      // Each webhook once, in the order of the lifecycle, ending at the session's status.
      expect(seen).toEqual(order.slice(0, order.indexOf(status) + 1));
    } finally {
      await unregisterStatusChanges();
      await receiver.close();
    }
  });
});

describe('the rest of /__mock', () => {
  test('GET /__mock/deliveries lists attempts, an unknown admin path is a 404', async () => {
    const list = await fetch(`${mock.url}/__mock/deliveries`, {
      headers: { ...auth, 'API-Key': 'key_without_webhooks' },
    });
    expect(list.status).toBe(200);
    expect(await list.json()).toEqual({ deliveries: [] });
    const unknown = await fetch(`${mock.url}/__mock/sessions`, { headers: auth });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { message: string }).message).toMatch(/No admin route GET/);
  });

  test("an account's deliveries outlive its evicted sessions, and stay its own", async () => {
    const receiver = await startReceiver(() => 200);
    const small = await startMock({ maxSessionsPerAccount: 1 });
    try {
      const send = (path: string, body: unknown, headers = auth) =>
        fetch(`${small.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        });
      await send('/v1/callbacks', { event: 'SESSION:COMPLETE', url: `${receiver.url}/done` });
      const first = (await (await send('/v1/sessions', {})).json()) as { session_key: string };
      await small.advance(first.session_key, 'COMPLETE');
      // The second session of a one-session account evicts the first.
      await send('/v1/sessions', {});
      const gone = await fetch(`${small.url}/v1/sessions/${first.session_key}`, { headers: auth });
      expect(gone.status).toBe(404);
      const listed = await fetch(`${small.url}/__mock/deliveries`, { headers: auth });
      expect(await listed.json()).toEqual({
        deliveries: [
          expect.objectContaining({ sessionKey: first.session_key, outcome: 'delivered' }),
        ],
      });
      const rival = await fetch(`${small.url}/__mock/deliveries`, {
        headers: { ...auth, 'API-Key': 'key_rival' },
      });
      expect(await rival.json()).toEqual({ deliveries: [] });
    } finally {
      await small.close();
      await receiver.close();
    }
  });

  test('mock.advance rejects with the key for an unknown session and past the end', async () => {
    await expect(mock.advance('NOT-A0000000000')).rejects.toThrow('NOT-A0000000000');
    const key = await createSession();
    await mock.advance(key, 'COMPLETE');
    await expect(mock.advance(key)).rejects.toThrow(`Session ${key} is COMPLETE`);
    expect(mock.violations).toEqual([]);
  });
});
