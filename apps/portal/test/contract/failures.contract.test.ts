import { createServer, type Server, type Socket } from 'node:net';
import { usePaveMock } from '@pave-kit/mock/vitest';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { credentials, portalFor } from './portal-harness.js';

let mockRequests = 0;
// The examples answer every key (XXX-ABCDE12345), as before the mock kept state.
const pave = usePaveMock({
  credentials,
  stateful: false,
  onRequest: () => {
    mockRequests += 1;
  },
});

const key = 'XXX-ABCDE12345';

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { kind: string; message: string } }).error;
}

describe('create: what staff see when it fails', () => {
  test('our own check: a 16-character VIN is a 422 on vehicle.vin, and nothing reaches PAVE', async () => {
    const portal = portalFor(pave.url);
    const before = mockRequests;
    const response = await portal.call('POST', '/api/sessions', { vin: 'JN1CV6AR9BMXXXXX' });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      message: 'Some fields need attention.',
      fieldErrors: { 'vehicle.vin': ['must be 17 characters, got 16'] },
    });
    expect(portal.sent).toEqual([]);
    expect(mockRequests).toBe(before);
  });

  test("PAVE's 400 is a 422 with PAVE's messages per field", async () => {
    const portal = portalFor(pave.url);
    portal.prefer('code=400');
    const response = await portal.call('POST', '/api/sessions', { vin: 'JN1CV6AR9BMXXXXXX' });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      message: 'PAVE rejected some fields: Required fields are missing or invalid.',
      fieldErrors: {
        'session.redirect_url': ['Invalid redirect url'],
        'sms.to': ['Invalid phone number'],
        'vehicle.vin': ['VIN is too short, it must be 17 characters'],
      },
    });
  });

  test('a wrong secret: PAVE answers 401, staff see an unauthorized banner (502)', async () => {
    const portal = portalFor(pave.url, { apiSecret: 'not-the-secret' });
    const response = await portal.call('POST', '/api/sessions', {});
    expect(response.status).toBe(502);
    const error = await errorOf(response);
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toMatch(/^PAVE refused the credentials \(401\): .+ Check the username/);
  });

  test.each([
    ['code=429', 503, 'rate-limited', /^PAVE is rate limiting requests \(429\)/],
    [
      'code=500',
      502,
      'server-error',
      /^PAVE failed to handle the request \(500\): Server error\.$/,
    ],
    // The rest of the words (when to try again) are the client's, tested there.
    [
      'code=503',
      503,
      'server-error',
      /^PAVE failed to handle the request \(503\): Service unavailable\b/,
    ],
  ])('PAVE answers %s: banner %i %s', async (prefer, status, kind, message) => {
    const portal = portalFor(pave.url);
    portal.prefer(prefer);
    const response = await portal.call('POST', '/api/sessions', {});
    expect(response.status).toBe(status);
    const error = await errorOf(response);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(await (await portal.call('GET', '/api/sessions')).json()).toEqual({ sessions: [] });
  });

  test('a 429 passes on how long PAVE asked to wait', async () => {
    const portal = portalFor(pave.url);
    portal.prefer('code=429');
    const response = await portal.call('POST', '/api/sessions', {});
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await errorOf(response)).message).toMatch(/try again in \d+ s\.$/);
  });

  test('a 503 passes on how long PAVE asked to wait', async () => {
    const portal = portalFor(pave.url);
    portal.prefer('code=503');
    const response = await portal.call('POST', '/api/sessions', {});
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('refresh and delete: what staff see when they fail', () => {
  test('a session PAVE no longer knows: refresh is a 404 banner', async () => {
    const portal = portalFor(pave.url);
    expect((await portal.call('POST', '/api/sessions', {})).status).toBe(201);
    portal.prefer('code=404');
    const response = await portal.call('GET', `/api/sessions/${key}`);
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toEqual({
      kind: 'not-found',
      message: `Not found (404): Session ${key} cannot be found.`,
    });
    const listed = await (await portal.call('GET', '/api/sessions')).json();
    expect(listed.sessions).toMatchObject([{ session_key: key, status: 'IDLE' }]);
  });

  test('a refresh that PAVE keeps failing is retried, then a 502 banner', async () => {
    const portal = portalFor(pave.url);
    await portal.call('POST', '/api/sessions', {});
    portal.prefer('code=500');
    const response = await portal.call('GET', `/api/sessions/${key}`);
    expect(response.status).toBe(502);
    expect((await errorOf(response)).kind).toBe('server-error');
    // GET is safe to repeat, so the client tried it again before giving up.
    expect(portal.sent.filter((r) => r.method === 'GET').length).toBeGreaterThan(1);
  });

  test('a delete PAVE refuses because the customer started is a 409 and stays listed', async () => {
    const portal = portalFor(pave.url);
    await portal.call('POST', '/api/sessions', {});
    portal.prefer('code=400');
    const response = await portal.call('DELETE', `/api/sessions/${key}`);
    expect(response.status).toBe(409);
    expect(await errorOf(response)).toEqual({
      kind: 'rejected',
      message: `PAVE rejected the request (400): Session ${key} has been started and cannot be deleted.`,
    });
    expect((await (await portal.call('GET', '/api/sessions')).json()).sessions).toHaveLength(1);
  });
});

describe('transport failures', () => {
  let silent: Server;
  let silentUrl: string;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    // Accepts connections and never answers, like a PAVE that hangs.
    silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    silentUrl = `http://127.0.0.1:${address.port}`;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent?.close(() => resolve()));
  });

  test('PAVE does not answer in time: a 504 timeout banner', async () => {
    const portal = portalFor(silentUrl, { timeoutMs: 300 });
    // The server never answers, so any answer at all means the portal gave up on its own.
    const response = await portal.call('POST', '/api/sessions', {});
    expect(response.status).toBe(504);
    expect(await errorOf(response)).toEqual({
      kind: 'timeout',
      message: 'PAVE did not answer within 300 ms.',
    });
  });

  test('PAVE cannot be reached: a 502 network banner', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const address = closed.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const portal = portalFor(`http://127.0.0.1:${address.port}`, { retry: { limit: 0 } });
    const response = await portal.call('POST', '/api/sessions', {});
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toEqual({
      kind: 'network',
      message: 'Could not reach PAVE (ECONNREFUSED): check the base URL and the network.',
    });
  });
});
