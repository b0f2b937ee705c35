/** Deliveries over real HTTP to a handler mounted with toNodeListener, as PAVE (or a stranger) makes them. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  createWebhookHandler,
  defaultWebhookLimits,
  toNodeListener,
  type WebhookEvent,
  type WebhookHandlerOptions,
} from '../src/index.js';
import { exchange, type LoopbackServer, listenOnLoopback, send } from './loopback-server.js';
import { webhookExample } from './spec-examples.js';

const secret = 'Bearer 5b0e-only-pave-knows';
const registered = { Authorization: secret };
const json = { 'content-type': 'application/json' };

const results = webhookExample('SESSION:COMPLETE');
const statusChange = {
  event: 'SESSION:STATUS_CHANGE',
  session_key: 'XXX-ABCDE12345',
  status: 'STARTED',
};

const received: [WebhookEvent, unknown][] = [];
const servers: LoopbackServer[] = [];

async function serve(options: Partial<WebhookHandlerOptions> = {}): Promise<LoopbackServer> {
  const handler = createWebhookHandler({
    headers: registered,
    on: {
      'SESSION:COMPLETE': (body) => void received.push(['SESSION:COMPLETE', body]),
      'SESSION:STATUS_CHANGE': (body) => void received.push(['SESSION:STATUS_CHANGE', body]),
    },
    onError: () => {},
    ...options,
  });
  const server = await listenOnLoopback(toNodeListener(handler));
  servers.push(server);
  return server;
}

let port: number;

beforeAll(async () => {
  ({ port } = await serve());
});

beforeEach(() => {
  received.length = 0;
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

describe('signed and unsigned', () => {
  test('a delivery with the registered header reaches its handler: 200', async () => {
    const answer = await exchange(port, {
      headers: { ...json, ...registered },
      body: JSON.stringify(results),
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ message: 'SESSION:COMPLETE received.' });
    expect(received).toEqual([['SESSION:COMPLETE', results]]);
  });

  test('without it, or with a wrong value: 401, and nothing reaches a handler', async () => {
    for (const headers of [json, { ...json, Authorization: 'Bearer 5b0e-only-pave-know' }]) {
      const answer = await exchange(port, { headers, body: JSON.stringify(results) });
      expect(answer.status).toBe(401);
      expect(answer.body).not.toContain('only-pave-knows');
    }
    expect(received).toEqual([]);
  });

  test('an unsigned caller announcing a huge body is refused at once, its body unread', async () => {
    const sending = send(port, {
      headers: { ...json, 'content-length': String(1024 * 1024 * 1024) },
    });
    sending.write('{"event": "SESSION:COMPLETE", "padding": "');
    const answer = await sending.answer;
    expect(answer.status).toBe(401);
    expect(answer.headers.connection).toBe('close');
    await sending.closed;
  });
});

describe('valid and invalid', () => {
  test('a body breaking the event schema: 400 naming each field', async () => {
    const answer = await exchange(port, {
      headers: { ...json, ...registered },
      body: JSON.stringify({ ...statusChange, session_key: '', status: 7 }),
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      message: 'The SESSION:STATUS_CHANGE body does not match the spec.',
      errors: {
        session_key: ['must be at least 1 characters, got 0'],
        status: ['must be a string, got 7'],
      },
    });
    expect(received).toEqual([]);
  });

  test('malformed JSON: 400; a form body: 415', async () => {
    const malformed = await exchange(port, {
      headers: { ...json, ...registered },
      body: '{"event": "SESSION:COMPLETE",',
    });
    expect(malformed.status).toBe(400);
    const form = await exchange(port, {
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...registered },
      body: 'event=SESSION:COMPLETE',
    });
    expect(form.status).toBe(415);
    expect(received).toEqual([]);
  });

  test('deliveries side by side each reach their handler', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        exchange(port, {
          headers: { ...json, ...registered },
          body: JSON.stringify({ ...statusChange, session_key: `XXX-${index}` }),
        }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
    expect(
      received.map(([, body]) => (body as { session_key: string }).session_key).sort(),
    ).toEqual(Array.from({ length: 20 }, (_, index) => `XXX-${index}`).sort());
  });
});

describe('huge bodies', () => {
  const limit = defaultWebhookLimits.maxBodyBytes;

  function padded(bytes: number): string {
    const empty = JSON.stringify({ ...statusChange, padding: '' });
    return JSON.stringify({ ...statusChange, padding: 'x'.repeat(bytes - empty.length) });
  }

  test('a body of exactly 1 MiB is read', async () => {
    const body = padded(limit);
    expect(Buffer.byteLength(body)).toBe(limit);
    const answer = await exchange(port, { headers: { ...json, ...registered }, body });
    expect(answer.status).toBe(200);
    expect(received).toHaveLength(1);
  });

  test('one byte more, announced: 413 before it is read, and the connection closed', async () => {
    const sending = send(port, {
      headers: { ...json, ...registered, 'content-length': String(limit + 1) },
    });
    sending.write(padded(limit + 1).slice(0, 100));
    const answer = await sending.answer;
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({
      message: `The body is larger than the ${limit} bytes accepted.`,
    });
    expect(answer.headers.connection).toBe('close');
    await sending.closed;
    expect(received).toEqual([]);
  });

  test('a chunked body that never ends: 413 once it passes the limit', async () => {
    const sending = send(port, { headers: { ...json, ...registered } });
    const chunk = 'x'.repeat(64 * 1024);
    sending.write('{"event": "SESSION:STATUS_CHANGE", "padding": "');
    let written = 0;
    let answered = false;
    sending.answer.then(
      () => (answered = true),
      () => (answered = true),
    );
    // Sends until the answer comes; far more than the limit would mean it was not enforced.
    while (!answered && written < 64 * limit) {
      if (!sending.write(chunk)) break;
      written += chunk.length;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const answer = await sending.answer;
    expect(answer.status).toBe(413);
    expect(written).toBeLessThan(64 * limit);
    expect(received).toEqual([]);
  });
});

describe('slow bodies', () => {
  test('a body not finished within bodyTimeoutMs: 408, the connection closed', async () => {
    const slow = await serve({ bodyTimeoutMs: 300 });
    const sending = send(slow.port, { headers: { ...json, ...registered } });
    sending.write('{"event": "SESSION:STATUS_CHANGE", ');
    const answer = await sending.answer;
    expect(answer.status).toBe(408);
    expect(JSON.parse(answer.body)).toEqual({ message: 'The body did not arrive within 300 ms.' });
    expect(answer.headers.connection).toBe('close');
    await sending.closed;
  });

  test('a body dripping a byte at a time is held to the whole deadline, not to each byte', async () => {
    const slow = await serve({ bodyTimeoutMs: 300 });
    const sending = send(slow.port, { headers: { ...json, ...registered } });
    sending.write('{"event": "SESSION:STATUS_CHANGE", "padding": "');
    const drip = setInterval(() => sending.write('x'), 20);
    try {
      expect((await sending.answer).status).toBe(408);
    } finally {
      clearInterval(drip);
    }
  });

  test('while one caller stalls, others are served', async () => {
    const stalled = send(port, { headers: { ...json, ...registered } });
    stalled.write('{"event": "SESSION:STATUS_CHANGE", ');
    let stalledAnswered = false;
    stalled.answer.then(
      () => (stalledAnswered = true),
      () => {},
    );
    const answer = await exchange(port, {
      headers: { ...json, ...registered },
      body: JSON.stringify(statusChange),
    });
    expect(answer.status).toBe(200);
    expect(stalledAnswered).toBe(false);
    stalled.destroy();
  });
});
