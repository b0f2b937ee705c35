// Webhook delivery behind receivers that misbehave: every try has a deadline of its own, the
// webhooks waiting are bounded, and closing the mock does not wait for a receiver.
import { createServer } from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { listenOnLoopback } from '../../../../tools/test-support/loopback.js';
import { type Receiver, startReceiver } from '../../test/receiver.js';
import { type MockOptions, type RunningMock, startMock } from '../start-mock.js';

const auth = { 'API-Key': 'key_state', 'API-Token': 't', 'API-Timestamp': '2021-05-30T12:49:19Z' };
const json = { 'content-type': 'application/json', ...auth };

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function mockWith(options: MockOptions): Promise<RunningMock> {
  const mock = await startMock(options);
  cleanups.push(() => mock.close());
  return mock;
}

async function hangingReceiver(): Promise<Receiver> {
  const receiver = await startReceiver(() => 'hang');
  cleanups.push(() => receiver.close());
  return receiver;
}

async function post(mock: RunningMock, path: string, body: unknown) {
  const response = await fetch(`${mock.url}${path}`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function createSession(mock: RunningMock): Promise<string> {
  return String((await post(mock, '/v1/sessions', {})).body.session_key);
}

/** Resolves true when `work` settles within `ms`, false if not: a bound, not a measurement. */
function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

describe('closing the mock', () => {
  test('ends the tries under way instead of waiting for a receiver that never answers', async () => {
    const receiver = await hangingReceiver();
    // A deadline far longer than the test: only closing can end these tries.
    const mock = await startMock({ webhookDelivery: { attempts: 3, timeoutMs: 600_000 } });
    await post(mock, '/v1/callbacks', { event: 'SESSION:STATUS_CHANGE', url: receiver.url });
    const key = await createSession(mock);
    const advancing = mock.advance(key, 'COMPLETE');
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(1);
    expect(await settlesWithin(mock.close(), 20_000)).toBe(true);
    await advancing;
    const outcomes = mock.deliveries.map((d) => [d.attempt, d.outcome, d.error]);
    // The try under way failed at the close; the four status changes behind it were never sent.
    expect(outcomes).toEqual([
      [1, 'failed', 'the mock closed'],
      ...Array.from({ length: 4 }, () => [0, 'dropped', 'the mock was closing']),
    ]);
    expect(receiver.received).toHaveLength(1);
  });
});

describe('webhooks waiting behind a receiver that hangs', () => {
  test('are bounded by maxPending: past it each is recorded as dropped, naming the limit', async () => {
    const receiver = await hangingReceiver();
    const mock = await mockWith({
      webhookDelivery: { attempts: 1, timeoutMs: 600_000, maxPending: 3 },
    });
    await post(mock, '/v1/callbacks', { event: 'SESSION:STATUS_CHANGE', url: receiver.url });
    const keys = [];
    for (let i = 0; i < 5; i += 1) keys.push(await createSession(mock));
    // Five webhooks for five sessions: three are taken in, the last two find no place.
    // Not awaited: each settles only when the mock closes.
    for (const key of keys) void mock.advance(key);
    expect(mock.deliveries.map((d) => [d.sessionKey, d.outcome, d.error])).toEqual(
      keys
        .slice(3)
        .map((key) => [key, 'dropped', 'more than 3 webhooks were already being sent or waiting']),
    );
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBe(3);
  });

  test('a try ends at its deadline even while the receiver keeps the connection open', async () => {
    const receiver = await hangingReceiver();
    const mock = await mockWith({ webhookDelivery: { attempts: 2, backoffMs: 1, timeoutMs: 200 } });
    await post(mock, '/v1/callbacks', { event: 'SESSION:STATUS_CHANGE', url: receiver.url });
    const key = await createSession(mock);
    expect(await settlesWithin(mock.advance(key), 20_000)).toBe(true);
    expect(mock.deliveries.map((d) => [d.outcome, d.error])).toEqual([
      ['retrying', 'no answer within 200 ms'],
      ['failed', 'no answer within 200 ms'],
    ]);
  });
});

describe("a receiver's answer", () => {
  test('is not read: a receiver streaming a huge body cannot make the mock hold it', async () => {
    const limit = 256 * 1024 * 1024;
    let sent = 0;
    let closedEarly: boolean | undefined;
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const server = createServer((request, response) => {
      request.resume();
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      const pump = () => {
        while (sent < limit) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      response.on('close', () => {
        closedEarly ??= sent < limit;
      });
      pump();
    });
    const loopback = await listenOnLoopback(server);
    cleanups.push(() => loopback.close());
    const mock = await mockWith({ webhookDelivery: { attempts: 1, timeoutMs: 60_000 } });
    await post(mock, '/v1/callbacks', { event: 'SESSION:STATUS_CHANGE', url: loopback.url });
    const key = await createSession(mock);
    await mock.advance(key);
    expect(mock.deliveries.map((d) => [d.outcome, d.status])).toEqual([['delivered', 200]]);
    await expect.poll(() => closedEarly, { timeout: 20_000 }).toBe(true);
  });
});

describe('a registration the HTTP client refuses', () => {
  test('is recorded as failed without repeating the registered header value', async () => {
    const receiver = await startReceiver(() => 200);
    cleanups.push(() => receiver.close());
    const logged: string[] = [];
    const mock = await mockWith({
      webhookDelivery: { attempts: 1 },
      onWebhook: (entry) => logged.push(JSON.stringify(entry)),
    });
    const registered = await post(mock, '/v1/callbacks', {
      event: 'SESSION:STATUS_CHANGE',
      url: receiver.url,
      headers: { authorization: 'Bearer receiver-secret\r\nX-Injected: 1' },
    });
    expect(registered.status).toBe(200);
    const key = await createSession(mock);
    await mock.advance(key);
    expect(mock.deliveries).toEqual([
      expect.objectContaining({
        outcome: 'failed',
        error: 'the registered URL, method or headers cannot be sent (TypeError)',
      }),
    ]);
    expect(JSON.stringify(mock.deliveries)).not.toContain('receiver-secret');
    expect(logged.join('\n')).not.toContain('receiver-secret');
    expect(receiver.received).toEqual([]);
  });
});
