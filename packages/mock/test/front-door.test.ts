// What the mock answers before Prism is involved: request targets, body sizes, connection
// headers and failures. Each request goes over a bare socket, because the request line itself
// is the input and fetch would refuse to send most of these.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAuthHeaders } from '@pave-kit/auth';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { type RequestLogEntry, type RunningMock, startMock } from '../src/index.js';
import { exchange, head, openRaw } from './raw-http.js';

const anyAuth = ['API-Key: k', 'API-Token: t', 'API-Timestamp: 2021-05-30T12:49:19Z'];
const account = { username: 'demo', apiKey: 'key_123', apiSecret: 'secret_456' };
const vin = 'JN1CV6AR9BMXXXXXX';
const createBody = JSON.stringify({ vehicle: { vin } });
const mebibyte = 1024 * 1024;

/** The head of a create, with these header lines besides Host and Content-Type. */
function createHead(lines: readonly string[]): string {
  return head('POST /v1/sessions HTTP/1.1', [
    'Host: 127.0.0.1',
    'Content-Type: application/json',
    ...lines,
  ]);
}

function signedLines(): string[] {
  return Object.entries(createAuthHeaders(account)).map(([name, value]) => `${name}: ${value}`);
}

/** A valid create of exactly `size` bytes: the free-form `session.reference` carries the padding. */
function createBodyOfSize(size: number): string {
  const empty = JSON.stringify({ vehicle: { vin }, session: { reference: { pad: '' } } });
  const body = JSON.stringify({
    vehicle: { vin },
    session: { reference: { pad: 'x'.repeat(size - empty.length) } },
  });
  expect(body.length).toBe(size);
  return body;
}

describe('request targets', () => {
  let mock: RunningMock;
  let canary: Server;
  let canaryPort: number;
  const canaryHits: string[] = [];

  beforeAll(async () => {
    canary = createServer((request, response) => {
      canaryHits.push(`${request.method} ${request.url}`);
      response.end('canary');
    });
    await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
    canaryPort = (canary.address() as AddressInfo).port;
    // Stateless: the spec's example answers any session key, which is what these targets need.
    mock = await startMock({ stateful: false });
  });
  afterAll(async () => {
    await mock.close();
    await new Promise((resolve) => canary.close(resolve));
  });

  test.each([
    ['a scheme-relative target', (port: number) => `//127.0.0.1:${port}/x`],
    ['an absolute-form target', (port: number) => `http://127.0.0.1:${port}/x`],
    [
      'an absolute-form target to a path of the spec',
      (port: number) => `http://127.0.0.1:${port}/v1/callbacks`,
    ],
    ['an unparsable absolute-form target', () => 'http://['],
    ['an absolute-form target with a port out of range', () => 'http://a:99999/'],
    ['the asterisk form', () => '*'],
  ])('answers %s with 400 naming it, and never reaches another host', async (_, target) => {
    const requestTarget = target(canaryPort);
    const answer = await exchange(
      mock.port,
      head(`GET ${requestTarget} HTTP/1.1`, ['Host: 127.0.0.1', ...anyAuth]),
    );
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      message: expect.stringContaining(`"${requestTarget}"`),
    });
    expect(canaryHits).toEqual([]);
  });

  test('answers a malformed percent-escape with 400 naming the path, and keeps serving', async () => {
    const answer = await exchange(
      mock.port,
      head('GET /v1/sessions/%zz HTTP/1.1', ['Host: 127.0.0.1', ...anyAuth]),
    );
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({
      message: expect.stringContaining('"/v1/sessions/%zz"'),
    });
    const next = await exchange(
      mock.port,
      head('GET /v1/callbacks HTTP/1.1', ['Host: 127.0.0.1', ...anyAuth]),
    );
    expect(next.status).toBe(200);
  });

  test.each([`127.0.0.1:PORT`, '/v1/sessions'])(
    'answers CONNECT %s with 405 naming it, and never reaches another host',
    async (target) => {
      const requestTarget = target.replace('PORT', String(canaryPort));
      const answer = await exchange(
        mock.port,
        head(`CONNECT ${requestTarget} HTTP/1.1`, [`Host: ${requestTarget}`, ...anyAuth]),
      );
      expect(answer.status).toBe(405);
      expect(JSON.parse(answer.body)).toEqual({
        message: expect.stringContaining(`CONNECT "${requestTarget}"`),
      });
      expect(canaryHits).toEqual([]);
    },
  );

  test('refuses a Prefer or Accept it cannot meet without counting a violation', async () => {
    mock.clearViolations();
    for (const lines of [
      ['Prefer: example=no-such-example'],
      ['Prefer: code=418'],
      ['Accept: text/html'],
      ['Accept: text/html', 'Prefer: code=401'],
    ]) {
      const answer = await exchange(
        mock.port,
        head('GET /v1/sessions/ABC HTTP/1.1', ['Host: 127.0.0.1', ...anyAuth, ...lines]),
      );
      expect([400, 406]).toContain(answer.status);
      expect(JSON.parse(answer.body).message).toMatch(/Prefer|Accept/);
    }
    expect(mock.violations).toEqual([]);
  });

  test('still serves a path with a valid percent-escape', async () => {
    const answer = await exchange(
      mock.port,
      head('GET /v1/sessions/XXX%2DABCDE12345 HTTP/1.1', ['Host: 127.0.0.1', ...anyAuth]),
    );
    expect(answer.status).toBe(200);
  });

  test("honours a client's Connection: close and copies no hop-by-hop header", async () => {
    const connection = openRaw(mock.port);
    await connection.write(
      head('GET /v1/callbacks HTTP/1.1', ['Host: 127.0.0.1', 'Connection: close', ...anyAuth]),
    );
    const answer = await connection.answer;
    expect(answer.status).toBe(200);
    const names = answer.headerNames.map((name) => name.toLowerCase());
    expect(names).not.toContain('keep-alive');
    expect(names).not.toContain('transfer-encoding');
    expect(names.filter((name) => name === 'connection')).toHaveLength(1);
    expect(answer.headers.connection).toBe('close');
    await connection.closed;
  });
});

describe('bodies, with signatures checked', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ credentials: account });
  });
  afterAll(() => mock.close());

  test('refuses an unsigned POST announcing 200 MB from its headers alone, and hangs up', async () => {
    const connection = openRaw(mock.port);
    // Only the head is sent: an answer proves the mock decided without waiting for the body.
    await connection.write(createHead([`Content-Length: ${200 * mebibyte}`, ...anyAuth]));
    const answer = await connection.answer;
    expect(answer.status).toBe(401);
    expect(answer.headers.connection).toBe('close');
    await connection.closed;
  });

  test('answers 413 to a signed POST announcing more than 1 MiB, before reading it', async () => {
    const connection = openRaw(mock.port);
    await connection.write(createHead([`Content-Length: ${20 * mebibyte}`, ...signedLines()]));
    const answer = await connection.answer;
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ message: expect.stringMatching(/1 MiB/) });
    expect(answer.headers.connection).toBe('close');
    await connection.closed;
  });

  test('answers 413 to a chunked body once it grows past 1 MiB, while it is still arriving', async () => {
    const connection = openRaw(mock.port);
    await connection.write(createHead(['Transfer-Encoding: chunked', ...signedLines()]));
    let settled = false;
    const settle = () => {
      settled = true;
    };
    connection.answer.then(settle, settle);
    // The body never ends: a 413 can only come from counting what has arrived so far.
    const chunk = 'x'.repeat(64 * 1024);
    for (let sent = 0; !settled && !connection.isClosed() && sent < 8 * mebibyte; ) {
      await connection.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
      sent += chunk.length;
    }
    const answer = await connection.answer;
    expect(answer.status).toBe(413);
    await connection.closed;
  });

  test('accepts a signed create of exactly 1 MiB and refuses one byte more', async () => {
    const send = (body: string) =>
      exchange(
        mock.port,
        createHead([
          `Content-Length: ${Buffer.byteLength(body)}`,
          'Connection: close',
          ...signedLines(),
        ]) + body,
      );
    expect((await send(createBodyOfSize(mebibyte))).status).toBe(201);
    expect((await send(createBodyOfSize(mebibyte + 1))).status).toBe(413);
  });

  test('answers a Content-Type listing two media types with a 4xx naming it, never a 5xx', async () => {
    const answer = await exchange(
      mock.port,
      head('POST /v1/sessions HTTP/1.1', [
        'Host: 127.0.0.1',
        'Content-Type: application/json, text/plain',
        `Content-Length: ${createBody.length}`,
        ...signedLines(),
      ]) + createBody,
    );
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(JSON.parse(answer.body)).toEqual({
      message: expect.stringContaining('"application/json, text/plain"'),
    });
  });
});

describe('failures', () => {
  test('a check that throws ends as a 500 on that request, logged, and the next one is served', async () => {
    let broken = true;
    const entries: RequestLogEntry[] = [];
    const mock = await startMock({
      credentials: account,
      now: () => {
        if (broken) throw new Error('the clock is broken');
        return new Date();
      },
      onRequest: (entry) => entries.push(entry),
    });
    try {
      const post = () =>
        fetch(`${mock.url}/v1/sessions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...createAuthHeaders(account) },
          body: createBody,
        });
      const failed = await post();
      expect(failed.status).toBe(500);
      expect(await failed.json()).toEqual({
        message: expect.stringContaining('the clock is broken'),
      });
      expect(entries).toEqual([
        expect.objectContaining({
          status: 500,
          note: expect.stringContaining('the clock is broken'),
        }),
      ]);
      broken = false;
      expect((await post()).status).toBe(201);
    } finally {
      await mock.close();
    }
  });

  test('an onRequest callback that throws is reported on stderr and costs no answer', async () => {
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
    const mock = await startMock({
      onRequest: () => {
        throw new Error('the log is full');
      },
    });
    try {
      const get = () =>
        exchange(mock.port, head('GET /v1/callbacks HTTP/1.1', ['Host: 127.0.0.1', ...anyAuth]));
      expect((await get()).status).toBe(200);
      expect((await get()).status).toBe(200);
      expect(stderr.mock.calls).toEqual([
        [expect.stringContaining('the onRequest callback threw: Error: the log is full')],
        [expect.stringContaining('the onRequest callback threw: Error: the log is full')],
      ]);
    } finally {
      stderr.mockRestore();
      await mock.close();
    }
  });
});
