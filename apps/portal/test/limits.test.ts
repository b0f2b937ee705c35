/** The portal's documented limits on what a client sends, and how long it waits for it. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { createPaveClient } from '@pave-kit/client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createPortalApp,
  portalLimits,
  type RunningPortal,
  type StartPortalOptions,
  startPortal,
} from '../src/index.js';
import { expectErrorAnswer } from './expect-error-answer.js';

const credentials = { username: 'dealer', apiKey: 'key-1', apiSecret: 'secret-1' };
const created = {
  session_key: 'TOA-QGMWRCHHGB',
  active: true,
  created_at: '2026-01-02T03:04:00.000000Z',
  capture_url: 'https://dealer.vehiclecapture.com/TOA-QGMWRCHHGB',
};

/** Stands in for PAVE and counts what reaches it: nothing refused by a limit may. */
let pave: Server;
let paveUrl: string;
let paveRequests = 0;

beforeAll(async () => {
  pave = createServer((request: IncomingMessage, response) => {
    paveRequests += 1;
    request.resume();
    request.on('end', () => {
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify(created));
    });
  });
  await new Promise<void>((resolve) => pave.listen(0, '127.0.0.1', resolve));
  paveUrl = `http://127.0.0.1:${(pave.address() as AddressInfo).port}`;
});

afterAll(async () => {
  pave.closeAllConnections();
  await new Promise((resolve) => pave.close(resolve));
});

function app() {
  const client = createPaveClient({ ...credentials, baseUrl: paveUrl, retry: { limit: 0 } });
  return createPortalApp({ client });
}

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return app().request('/api/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    // A stream body needs this in Node's fetch types.
    ...({ duplex: 'half' } as object),
  });
}

/** A JSON form of exactly `bytes` bytes: a `vin` and an ignored field that pads it out. */
function formOfSize(bytes: number): string {
  const empty = JSON.stringify({ vin: 'JN1CV6AR9BMXXXXXX', padding: '' });
  return JSON.stringify({ vin: 'JN1CV6AR9BMXXXXXX', padding: 'x'.repeat(bytes - empty.length) });
}

const tooLarge = {
  error: {
    kind: 'bad-request',
    message: `The request body is larger than the portal accepts (${portalLimits.maxBodyBytes} bytes).`,
  },
};

/** Opens a raw connection, lets `send` write to it, and resolves with the status line once closed. */
function rawStatusLineOf(port: number, send: (socket: Socket) => void): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (data) => {
      received += data;
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve(received.split('\r\n')[0] ?? ''));
    send(socket);
  });
}

/** A portal started for the tests of the describe block around it, PAVE being the stand-in above. */
function useRunningPortal(options: Partial<StartPortalOptions>): () => RunningPortal {
  let portal: RunningPortal;
  beforeAll(async () => {
    portal = await startPortal({ port: 0, pave: { ...credentials, baseUrl: paveUrl }, ...options });
    // Its calls to PAVE done before the tests count theirs (the stand-in takes it at once).
    await portal.webhooksReady;
  });
  afterAll(() => portal.close());
  return () => portal;
}

describe('body size', () => {
  test('the limit is 32 KiB, as the README says', () => {
    expect(portalLimits.maxBodyBytes).toBe(32 * 1024);
  });

  test('a body of exactly the limit is read; one byte more is a 413 and nothing reaches PAVE', async () => {
    const atLimit = formOfSize(portalLimits.maxBodyBytes);
    expect(Buffer.byteLength(atLimit)).toBe(portalLimits.maxBodyBytes);
    expect((await post(atLimit)).status).toBe(201);

    const before = paveRequests;
    const over = await post(formOfSize(portalLimits.maxBodyBytes + 1));
    expect(over.status).toBe(413);
    expect(over.headers.get('connection')).toBe('close');
    expect(await over.json()).toEqual(tooLarge);
    expect(paveRequests).toBe(before);
  });

  test('a body without a length is counted while it is read, and reading stops at the limit', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(4096).fill(0x20);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await post(endless);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual(tooLarge);
    // The stream may be asked ahead by a chunk or two, never for the body it would go on giving.
    expect(pulled).toBeLessThanOrEqual(portalLimits.maxBodyBytes + 4 * chunk.length);
  });
});

describe('nesting', () => {
  const nested = (depth: number) =>
    `{"vin": "JN1CV6AR9BMXXXXXX", "extra": ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;

  test(`JSON nested ${portalLimits.maxJsonNesting} levels is read; one more is a 400 naming the limit`, async () => {
    expect(portalLimits.maxJsonNesting).toBe(32);
    expect((await post(nested(32))).status).toBe(201);
    const before = paveRequests;
    for (const depth of [33, 10_000]) {
      const response = await post(nested(depth));
      await expectErrorAnswer(
        response,
        400,
        'bad-request',
        'The request body nests arrays and objects more than 32 levels deep; the portal accepts at most 32.',
      );
    }
    expect(paveRequests).toBe(before);
  });
});

describe('a running portal and a slow or oversized client', () => {
  // Short, so the test does not wait the documented 10 s and 30 s.
  const portal = useRunningPortal({ clientTimeouts: { headersMs: 300, requestMs: 600 } });

  const rawExchange = (send: (socket: Socket) => void) => rawStatusLineOf(portal().port, send);

  const host = () => `Host: 127.0.0.1:${portal().port}\r\n`;

  test('headers that never finish get 408 and the connection closed', async () => {
    const statusLine = await rawExchange((socket) => {
      socket.write(`POST /api/sessions HTTP/1.1\r\n${host()}`);
    });
    expect(statusLine).toBe('HTTP/1.1 408 Request Timeout');
  });

  test('a connection that sends nothing gets 408 and is closed', async () => {
    expect(await rawExchange(() => {})).toBe('HTTP/1.1 408 Request Timeout');
  });

  test('headers past 16 KiB get 431 and the connection closed', async () => {
    const statusLine = await rawExchange((socket) => {
      socket.write(`GET /healthz HTTP/1.1\r\n${host()}X-Filler: ${'x'.repeat(17 * 1024)}\r\n\r\n`);
    });
    expect(statusLine).toBe('HTTP/1.1 431 Request Header Fields Too Large');
  });

  test('a body that never finishes gets 408 and the connection closed', async () => {
    const statusLine = await rawExchange((socket) => {
      socket.write(
        `POST /api/sessions HTTP/1.1\r\n${host()}Content-Type: application/json\r\n` +
          'Content-Length: 100\r\n\r\n{"vin":',
      );
    });
    expect(statusLine).toBe('HTTP/1.1 408 Request Timeout');
  });

  test('a 200 MB body announced is refused from its headers, and the connection closed', async () => {
    const before = paveRequests;
    const statusLine = await rawExchange((socket) => {
      socket.write(
        `POST /api/sessions HTTP/1.1\r\n${host()}Content-Type: application/json\r\n` +
          'Content-Length: 209715200\r\n\r\n',
      );
    });
    expect(statusLine).toBe('HTTP/1.1 413 Payload Too Large');
    expect(paveRequests).toBe(before);
  });

  test('an endless chunked body is cut off: 413, connection closed long before it ends', async () => {
    const chunk = `${(1 << 16).toString(16)}\r\n${' '.repeat(1 << 16)}\r\n`;
    let offered = 0;
    const statusLine = await rawExchange((socket) => {
      socket.write(
        `POST /api/sessions HTTP/1.1\r\n${host()}Content-Type: application/json\r\n` +
          'Transfer-Encoding: chunked\r\n\r\n',
      );
      // Writes as fast as the connection takes it, until the portal hangs up.
      const pump = () => {
        while (!socket.destroyed && offered < 256 * 1024 * 1024) {
          offered += chunk.length;
          if (!socket.write(chunk)) {
            socket.once('drain', pump);
            return;
          }
        }
      };
      pump();
    });
    expect(statusLine).toBe('HTTP/1.1 413 Payload Too Large');
    // What socket buffers took before the close, not the body: far below what was on offer.
    expect(offered).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('the webhook endpoint', () => {
  const token = 'limits-token-3c9e1a';
  function webhookApp() {
    const client = createPaveClient({ ...credentials, baseUrl: paveUrl, retry: { limit: 0 } });
    return createPortalApp({ client, webhookToken: token });
  }
  function deliver(body: BodyInit, headers: Record<string, string> = {}) {
    return webhookApp().request('/webhooks/pave', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-portal-webhook-token': token,
        ...headers,
      },
      body,
      ...({ duplex: 'half' } as object),
    });
  }
  const statusChange = (padding: number) =>
    JSON.stringify({
      event: 'SESSION:STATUS_CHANGE',
      session_key: 'TOA-QGMWRCHHGB',
      status: 'STARTED',
      padding: 'x'.repeat(padding),
    });

  test('the limits are 1 MiB and 10 s for a body, the nesting limit of any JSON body, as the README says', () => {
    expect(portalLimits.maxWebhookBodyBytes).toBe(1024 * 1024);
    expect(portalLimits.webhookBodyTimeoutMs).toBe(10_000);
    expect(portalLimits.maxEventStreams).toBe(50);
    expect(portalLimits.eventHeartbeatMs).toBe(15_000);
  });

  test('a body of exactly 1 MiB is read; one byte more is a 413 with the connection closed', async () => {
    const empty = statusChange(0).length;
    const atLimit = statusChange(portalLimits.maxWebhookBodyBytes - empty);
    expect(Buffer.byteLength(atLimit)).toBe(portalLimits.maxWebhookBodyBytes);
    expect((await deliver(atLimit)).status).toBe(200);
    const over = await deliver(statusChange(portalLimits.maxWebhookBodyBytes - empty + 1));
    expect(over.status).toBe(413);
    expect(over.headers.get('connection')).toBe('close');
  });

  test(`JSON nested ${portalLimits.maxJsonNesting} levels is read; deeper is a 400 naming the limit, cut off while streaming`, async () => {
    const nested = (depth: number) =>
      `{"event": "SESSION:STATUS_CHANGE", "extra": ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;
    expect((await deliver(nested(32))).status).toBe(200);

    let pulled = 0;
    const deep = new TextEncoder().encode(`{"event": "x", "extra": ${'['.repeat(100)}`);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(pulled === 1 ? deep : new Uint8Array(1024).fill(0x5b));
      },
    });
    const response = await deliver(endless);
    expect(response.status).toBe(400);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toEqual({
      message:
        'The body nests arrays and objects more than 32 levels deep; the portal accepts at most 32.',
    });
    expect(pulled).toBeLessThanOrEqual(3);
  });

  test('without the token, a body of any size or depth is refused unread', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled += 1;
          controller.enqueue(new Uint8Array(1024).fill(0x5b));
        },
      },
      { highWaterMark: 0 },
    );
    const response = await deliver(endless, { 'x-portal-webhook-token': 'wrong' });
    expect(response.status).toBe(401);
    expect(response.headers.get('connection')).toBe('close');
    expect(pulled).toBe(0);
  });
});

describe('the webhook endpoint of a running portal', () => {
  // The stand-in PAVE above takes no callbacks: nothing to register with.
  const portal = useRunningPortal({ registerWebhooks: false, log: () => {} });

  const rawStatusLine = (request: string) =>
    rawStatusLineOf(portal().port, (socket) => socket.write(request));

  test('a 200 MB body announced without the token: 401 from the headers alone, connection closed', async () => {
    const statusLine = await rawStatusLine(
      `POST /webhooks/pave HTTP/1.1\r\nHost: 127.0.0.1:${portal().port}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 209715200\r\n\r\n',
    );
    expect(statusLine).toBe('HTTP/1.1 401 Unauthorized');
  });
});
