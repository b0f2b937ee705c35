// Receivers that fail: one that always answers 500, one that never answers. Each delivery is
// tried a bounded number of times and recorded, and the mock keeps serving everyone meanwhile.

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createWebhookHandler } from '@pave-kit/webhooks';
import { Hono } from 'hono';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type RunningMock, startMock } from '../src/start-mock.js';
import { type Receiver, startReceiver } from './receiver.js';

const auth = { 'API-Key': 'key_hooks', 'API-Token': 't', 'API-Timestamp': '2021-05-30T12:49:19Z' };
const json = { 'content-type': 'application/json', ...auth };

let mock: RunningMock;
const receivers: Receiver[] = [];

beforeAll(async () => {
  mock = await startMock({ webhookDelivery: { attempts: 3, backoffMs: 1, timeoutMs: 300 } });
});
afterAll(() => mock.close());
afterEach(async () => {
  for (const receiver of receivers.splice(0)) await receiver.close();
});

async function register(event: string, url: string, extra: Record<string, unknown> = {}) {
  const answer = await fetch(`${mock.url}/v1/callbacks`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ event, url, ...extra }),
  });
  expect(answer.status).toBe(200);
}

async function createSession(): Promise<string> {
  const answer = await fetch(`${mock.url}/v1/sessions`, {
    method: 'POST',
    headers: json,
    body: '{"vehicle":{"vin":"JN1CV6AR9BM000003"}}',
  });
  return ((await answer.json()) as { session_key: string }).session_key;
}

describe('a receiver that fails', () => {
  test('always 500: three tries, then recorded as failed', async () => {
    const receiver = await startReceiver(() => 500);
    receivers.push(receiver);
    await register('SESSION:STATUS_CHANGE', receiver.url);
    const key = await createSession();
    await mock.advance(key);
    const attempts = mock.deliveries.filter((d) => d.sessionKey === key);
    expect(attempts.map((d) => [d.attempt, d.outcome, d.status])).toEqual([
      [1, 'retrying', 500],
      [2, 'retrying', 500],
      [3, 'failed', 500],
    ]);
    expect(receiver.received).toHaveLength(3);
    expect(receiver.received[0]?.body).toEqual({ session_key: key, status: 'STARTED' });
  });

  test('hanging: each try gives up at its deadline while the mock serves other requests', async () => {
    const receiver = await startReceiver(() => 'hang');
    receivers.push(receiver);
    await register('SESSION:STATUS_CHANGE', receiver.url);
    const key = await createSession();
    const advancing = mock.advance(key);
    // While the deliveries hang, other accounts and requests are answered.
    const started = Date.now();
    const other = await fetch(`${mock.url}/v1/sessions`, {
      method: 'POST',
      headers: { ...json, 'API-Key': 'key_someone_else' },
      body: '{}',
    });
    expect(other.status).toBe(201);
    expect(Date.now() - started).toBeLessThan(30_000);
    await advancing;
    const attempts = mock.deliveries.filter((d) => d.sessionKey === key);
    expect(attempts.map((d) => d.outcome)).toEqual(['retrying', 'retrying', 'failed']);
    expect(attempts[2]?.error).toBe('no answer within 300 ms');
  });

  test('refused: the port is closed, recorded with the reason', async () => {
    const receiver = await startReceiver(() => 200);
    const { url } = receiver;
    await receiver.close();
    await register('SESSION:STATUS_CHANGE', url);
    const key = await createSession();
    await mock.advance(key);
    const attempts = mock.deliveries.filter((d) => d.sessionKey === key);
    expect(attempts).toHaveLength(3);
    expect(attempts[2]).toMatchObject({ outcome: 'failed', error: 'ECONNREFUSED' });
  });
});

describe('a webhook body the spec refuses', () => {
  test('is delivered all the same and recorded as a violation naming the event', async () => {
    const receiver = await startReceiver(() => 200);
    receivers.push(receiver);
    // The registered payload overrides the body's status with a number, which the schema forbids.
    await register('SESSION:STATUS_CHANGE', receiver.url, { payload: { status: 5 } });
    const key = await createSession();
    await mock.advance(key);
    expect(receiver.received[0]?.body).toEqual({ session_key: key, status: 5 });
    expect(mock.violations).toEqual([
      expect.objectContaining({ webhook: 'SESSION:STATUS_CHANGE', path: receiver.url, status: 0 }),
    ]);
    mock.clearViolations();
  });
});

describe('@pave-kit/webhooks as the receiver', () => {
  test('createWebhookHandler gets SESSION:COMPLETE and a status change, checked and typed', async () => {
    const statuses: string[] = [];
    const completed: string[] = [];
    const headers = { authorization: 'Bearer shared-with-the-mock' };
    const handler = createWebhookHandler({
      headers,
      on: {
        'SESSION:STATUS_CHANGE': (event) => {
          statuses.push(String(event.status));
        },
        'SESSION:COMPLETE': (results) => {
          completed.push(String(results.vehicle?.vin));
        },
      },
    });
    const app = new Hono();
    app.post('/pave', (c) => handler(c.req.raw));
    const server = createAdaptorServer({ fetch: app.fetch }) as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pave`;
      await register('SESSION:STATUS_CHANGE', url, {
        headers,
        payload: { event: 'SESSION:STATUS_CHANGE' },
      });
      await register('SESSION:COMPLETE', url, { headers });
      const key = await createSession();
      await mock.advance(key, 'COMPLETE');
      expect(statuses).toEqual(['STARTED', 'PROCESS', 'QC_PASSED', 'CONFIRM', 'COMPLETE']);
      expect(completed).toEqual(['JN1CV6AR9BM000003']);
      const attempts = mock.deliveries.filter((d) => d.sessionKey === key);
      expect(attempts.every((d) => d.outcome === 'delivered')).toBe(true);
      expect(mock.violations).toEqual([]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
