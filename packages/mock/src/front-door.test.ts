import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { afterEach, describe, expect, test } from 'vitest';
import { head, openRaw } from '../test/raw-http.js';
import { createFrontDoor } from './front-door.js';
import { type MockLimits, mockLimits } from './limits.js';
import type { RequestLogEntry } from './middleware/request-log/index.js';

// Short enough for a test, long enough that a loaded machine still sends a prompt request in time.
const testLimits: MockLimits = {
  ...mockLimits,
  headersTimeoutMs: 400,
  requestTimeoutMs: 800,
  maxHeaderBytes: 2048,
};

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function startFrontDoor(limits = testLimits) {
  const entries: RequestLogEntry[] = [];
  const app = new Hono();
  app.all('*', async (c) => c.text(`read ${(await c.req.arrayBuffer()).byteLength} bytes`));
  // A body cut off by a timeout fails the read; that is the point here, not worth a stack trace.
  app.onError((_, c) => c.text('the body never arrived', 500));
  const server = createFrontDoor({ fetch: app.fetch, limits, log: (entry) => entries.push(entry) });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, entries };
}

/** Writes `piece` every few milliseconds until the connection closes. */
function trickle(connection: ReturnType<typeof openRaw>, piece: string) {
  const timer = setInterval(() => void connection.write(piece), 20);
  void connection.closed.then(() => clearInterval(timer));
}

describe('createFrontDoor', () => {
  test('answers a prompt request', async () => {
    const { port } = await startFrontDoor();
    const connection = openRaw(port);
    await connection.write(
      `${head('POST /x HTTP/1.1', ['Host: 127.0.0.1', 'Content-Length: 5'])}hello`,
    );
    expect(await connection.answer).toMatchObject({ status: 200, body: 'read 5 bytes' });
  });

  test('answers 408 naming the limits to a client that trickles its headers, and hangs up', async () => {
    const { port } = await startFrontDoor();
    const connection = openRaw(port);
    await connection.write('GET /x HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    // Header lines keep coming, so only a limit on the whole header section can end this.
    trickle(connection, 'X-Slow: y\r\n');
    const answer = await connection.answer;
    expect(answer.status).toBe(408);
    expect(JSON.parse(answer.body)).toEqual({
      message:
        'The request did not arrive in time: the mock waits 0.4 s for the headers and 0.8 s for the whole request.',
    });
    await connection.closed;
  });

  test('answers 408 to a client that trickles its body, and hangs up', async () => {
    const { port } = await startFrontDoor();
    const connection = openRaw(port);
    await connection.write(head('POST /x HTTP/1.1', ['Host: 127.0.0.1', 'Content-Length: 100000']));
    trickle(connection, 'x');
    const answer = await connection.answer;
    expect(answer.status).toBe(408);
    await connection.closed;
  });

  test('closes a keep-alive connection left idle past its limit', async () => {
    const { port } = await startFrontDoor({ ...testLimits, keepAliveTimeoutMs: 200 });
    const connection = openRaw(port);
    await connection.write(head('GET /x HTTP/1.1', ['Host: 127.0.0.1']));
    const answer = await connection.answer;
    expect(answer.headers.connection).toBe('keep-alive');
    await connection.closed;
  });

  test('answers 431 to headers over the limit', async () => {
    const { port } = await startFrontDoor();
    const connection = openRaw(port);
    await connection.write(
      head('GET /x HTTP/1.1', ['Host: 127.0.0.1', `X-Big: ${'y'.repeat(4096)}`]),
    );
    const answer = await connection.answer;
    expect(answer.status).toBe(431);
    expect(JSON.parse(answer.body)).toEqual({
      message: 'The request line and headers are larger than the mock accepts: at most 2048 bytes.',
    });
    await connection.closed;
  });

  test('answers 400 to bytes that are not HTTP', async () => {
    const { port } = await startFrontDoor();
    const connection = openRaw(port);
    await connection.write('HELLO\r\n\r\n');
    const answer = await connection.answer;
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({ message: 'The request is not valid HTTP/1.1.' });
    await connection.closed;
  });

  test('refuses a Host header that is not a host, naming it', async () => {
    const { port, entries } = await startFrontDoor();
    const connection = openRaw(port);
    await connection.write(head('GET /x HTTP/1.1', ['Host: evil.example/x']));
    const answer = await connection.answer;
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      message: 'The Host header "evil.example/x" is not a host name with an optional port.',
    });
    expect(entries).toMatchObject([{ status: 400, note: expect.stringContaining('Host') }]);
  });

  test('serves an HTTP/1.0 request without Host, and refuses an HTTP/1.1 one', async () => {
    const { port } = await startFrontDoor();
    const old = openRaw(port);
    await old.write('GET /x HTTP/1.0\r\n\r\n');
    expect(await old.answer).toMatchObject({ status: 200, body: 'read 0 bytes' });
    const current = openRaw(port);
    await current.write('GET /x HTTP/1.1\r\n\r\n');
    expect(await current.answer).toMatchObject({
      status: 400,
      body: JSON.stringify({ message: 'The Host header is missing: HTTP/1.1 requires it.' }),
    });
  });

  test('answers 500 naming whatever escapes the app', async () => {
    const server = createFrontDoor({
      fetch: () => Promise.reject('not even an Error'),
      limits: testLimits,
      log: () => {},
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const answer = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/x`);
    expect(answer.status).toBe(500);
    expect(await answer.json()).toEqual({
      message: 'The mock failed on this request: not even an Error',
    });
  });

  test('refuses a request target that is not a path, logs it, and never calls the app', async () => {
    const { port, entries } = await startFrontDoor();
    const connection = openRaw(port);
    await connection.write(head('GET http://127.0.0.1:9/x HTTP/1.1', ['Host: 127.0.0.1']));
    const answer = await connection.answer;
    expect(answer.status).toBe(400);
    expect(answer.body).not.toContain('read');
    expect(entries).toEqual([
      {
        method: 'GET',
        path: 'http://127.0.0.1:9/x',
        status: 400,
        durationMs: expect.any(Number),
        note: expect.stringContaining('"http://127.0.0.1:9/x" is not one'),
      },
    ]);
    await connection.closed;
  });
});
