import type { AddressInfo } from 'node:net';
import { createAuthHeaders } from '@pave-kit/auth';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { head, openRaw } from '../test/raw-http.js';
import { serveApp } from '../test/serve-app.js';
import { createMockApp, type MockAppOptions } from './create-mock-app.js';
import { createFrontDoor } from './front-door.js';
import { mockLimits } from './limits.js';
import type { RequestLogEntry } from './middleware/request-log/index.js';
import { loadPrism, type PrismEngine } from './prism-engine.js';

const anyAuth = { 'API-Key': 'k', 'API-Token': 't', 'API-Timestamp': '2021-05-30T12:49:19Z' };
const account = { username: 'demo', apiKey: 'key_123', apiSecret: 'secret_456' };

let prism: PrismEngine;
beforeAll(async () => {
  prism = await loadPrism({ dynamic: false });
});

function appWith(options: Partial<MockAppOptions> = {}) {
  const entries: RequestLogEntry[] = [];
  const app = createMockApp({
    prism,
    credentials: [],
    now: () => new Date(),
    maxBodyBytes: mockLimits.maxBodyBytes,
    log: (entry) => entries.push(entry),
    onViolation: () => {},
    ...options,
  });
  return { app, entries };
}

describe('failures inside the app', () => {
  test('whatever Prism throws answers 500 on that request alone, and is logged', async () => {
    // Served without the front door, so a path Prism's router cannot decode reaches Prism.
    const { app, entries } = appWith();
    const { url } = await serveApp(app);
    const failed = await fetch(`${url}/v1/sessions/%zz`, { headers: anyAuth });
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({
      message: expect.stringMatching(/^The mock failed on this request: URIError/),
    });
    expect(entries).toEqual([
      expect.objectContaining({
        path: '/v1/sessions/%zz',
        status: 500,
        note: expect.stringContaining('URIError'),
      }),
    ]);
    expect((await fetch(`${url}/v1/callbacks`, { headers: anyAuth })).status).toBe(200);
  });

  test.each([
    ['an Error', new TypeError('a deliberate failure'), 'TypeError: a deliberate failure'],
    ['something else', 'a deliberate string', 'Error: Prism threw a deliberate string'],
  ])(
    'a handler that throws %s answers 500 naming it, then serves again',
    async (_, thrown, named) => {
      let broken = true;
      const failing: PrismEngine = {
        version: prism.version,
        answer: async (request) => {
          if (broken) throw thrown;
          return prism.answer(request);
        },
      };
      const { app, entries } = appWith({ prism: failing });
      const { url } = await serveApp(app);
      const failed = await fetch(`${url}/v1/callbacks`, { headers: anyAuth });
      expect(failed.status).toBe(500);
      expect(await failed.json()).toEqual({
        message: `The mock failed on this request: ${named}`,
      });
      expect(entries[0]?.note).toContain(named);
      broken = false;
      expect((await fetch(`${url}/v1/callbacks`, { headers: anyAuth })).status).toBe(200);
    },
  );
});

describe('behind the front door', () => {
  let port: number;
  const entries: RequestLogEntry[] = [];
  let close: () => Promise<void>;

  beforeAll(async () => {
    const { app } = appWith({ credentials: [account], log: (entry) => entries.push(entry) });
    const server = createFrontDoor({
      fetch: app.fetch,
      limits: { ...mockLimits, headersTimeoutMs: 400, requestTimeoutMs: 800 },
      log: (entry) => entries.push(entry),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    close = () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
  });
  afterAll(() => close());

  test('a signed body that trickles in gets 408, and the log says the body never arrived', async () => {
    const connection = openRaw(port);
    await connection.write(
      head('POST /v1/sessions HTTP/1.1', [
        'Host: 127.0.0.1',
        'Content-Type: application/json',
        'Content-Length: 100000',
        ...Object.entries(createAuthHeaders(account)).map(([name, value]) => `${name}: ${value}`),
      ]),
    );
    const timer = setInterval(() => void connection.write(' '), 20);
    try {
      expect((await connection.answer).status).toBe(408);
      await connection.closed;
    } finally {
      clearInterval(timer);
    }
    await expect
      .poll(() => entries.at(-1))
      .toMatchObject({
        path: '/v1/sessions',
        status: 408,
        note: expect.stringContaining('The request body did not arrive whole'),
      });
  });

  test("the mock's own answers carry the CORS headers Prism's do", async () => {
    const response = await fetch(`http://127.0.0.1:${port}/v1/callbacks`, {
      headers: { ...anyAuth, origin: 'http://localhost:3000' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
  });
});
