import type { ServerResponse } from 'node:http';
import { verifyToken } from '@pave-kit/auth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPaveClient } from '../src/create-pave-client.js';
import { PaveNetworkError } from '../src/errors/pave-network-error.js';
import type { PaveClientOptions } from '../src/index.js';
import { unwrap } from '../src/unwrap.js';
import {
  createdSession,
  credentials,
  refusedBaseUrl,
  sendJson,
  startPaveServer,
} from './pave-server.js';

afterEach(() => {
  vi.useRealTimers();
});

/** Short backoffs keep the suite fast; the rules under test are the default ones. */
function client(baseUrl: string, options: Partial<PaveClientOptions> = {}) {
  return createPaveClient({
    ...credentials,
    baseUrl,
    ...options,
    retry: { baseDelayMs: 5, ...options.retry },
  });
}

/** Answers `first` to the first `times` requests, then a success. */
function failThenSucceed(first: (res: ServerResponse) => void, times = 1) {
  return startPaveServer((request, res) =>
    request.attempt <= times ? first(res) : sendJson(res, 200, createdSession()),
  );
}

const getSession = (baseUrl: string, options?: Partial<PaveClientOptions>) =>
  client(baseUrl, options).GET('/v1/sessions/{session_key}', {
    params: { path: { session_key: 'TOA-QGMWRCHHGB' } },
  });

const createSession = (baseUrl: string, options?: Partial<PaveClientOptions>) =>
  client(baseUrl, options).POST('/v1/sessions', {
    body: { vehicle: { vin: 'JN1CV6AR9BM000001' } },
  });

describe('GET, PUT and DELETE', () => {
  it.each<[string, (res: ServerResponse) => void]>([
    ...[503, 500, 502, 504, 408, 429].map((status): [string, (res: ServerResponse) => void] => [
      `answered ${status}`,
      (res) => sendJson(res, status, { message: 'Try again' }),
    ]),
    ['whose connection is reset', (res) => res.socket?.destroy()],
    [
      'answered 429 with Retry-After as an HTTP date in the past, which means now',
      (res) =>
        sendJson(res, 429, { message: 'Slow down' }, { 'retry-after': new Date(0).toUTCString() }),
    ],
  ])('retries a GET %s, then returns the success', async (_case, first) => {
    const server = await failThenSucceed(first);
    const { data } = await getSession(server.baseUrl);
    expect(data?.session_key).toBe('TOA-QGMWRCHHGB');
    expect(server.received).toHaveLength(2);
  });

  it.each([400, 401, 404, 413, 501])('does not retry a GET answered %i', async (status) => {
    const server = await startPaveServer((_, res) => sendJson(res, status, { message: 'No' }));
    const { response } = await getSession(server.baseUrl);
    expect(response.status).toBe(status);
    expect(server.received).toHaveLength(1);
  });

  it('retries PUT and DELETE on a 502, resending the PUT body', async () => {
    const server = await startPaveServer((request, res) =>
      request.attempt % 2 === 1
        ? sendJson(res, 502, { message: 'Bad gateway' })
        : sendJson(res, 200, { ...createdSession(), message: 'ok' }),
    );
    const pave = client(server.baseUrl);
    const path = { session_key: 'TOA-QGMWRCHHGB' };
    const put = await pave.PUT('/v1/sessions/{session_key}', {
      params: { path },
      body: { session: { language: 'FR' } },
    });
    const del = await pave.DELETE('/v1/sessions/{session_key}', { params: { path } });
    expect([put.response.status, del.response.status]).toEqual([200, 200]);
    expect(server.received.map((r) => r.method)).toEqual(['PUT', 'PUT', 'DELETE', 'DELETE']);
    expect(server.received[1]?.body).toBe('{"session":{"language":"FR"}}');
  });

  it('waits as long as Retry-After says, and signs the retry afresh', async () => {
    const server = await failThenSucceed((res) =>
      sendJson(res, 503, { message: 'Unavailable' }, { 'retry-after': '1' }),
    );
    const { data } = await getSession(server.baseUrl);
    expect(data?.session_key).toBe('TOA-QGMWRCHHGB');
    const [first, second] = server.received;
    // A lower bound: it waited at least what Retry-After said. Timers have millisecond
    // resolution, so the retry may land within a millisecond of 1000.
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(999);
    expect(second?.timestamp).not.toBe(first?.timestamp);
    expect(second?.token).not.toBe(first?.token);
    expect(server.received.every((request) => request.verified)).toBe(true);
  });

  it('does not retry when Retry-After is above maxRetryAfterMs; the error comes back', async () => {
    const server = await failThenSucceed((res) =>
      sendJson(res, 503, { message: 'Down for maintenance' }, { 'retry-after': '120' }),
    );
    // The deadline is far off, so only maxRetryAfterMs can stop the 2-minute wait; had the wait
    // been started, the test would time out.
    const result = await getSession(server.baseUrl, { timeoutMs: 600_000 });
    expect(result.response.status).toBe(503);
    expect(() => unwrap(result)).toThrow('PAVE answered 503 to GET');
    expect(server.received).toHaveLength(1);
  });

  it('makes exactly limit + 1 attempts, then returns the last answer', async () => {
    const server = await startPaveServer((_, res) => sendJson(res, 503, { message: 'Still down' }));
    const { response } = await getSession(server.baseUrl, { retry: { limit: 3 } });
    expect(response.status).toBe(503);
    expect(server.received).toHaveLength(4);
  });

  it('makes one attempt when retrying is off', async () => {
    const server = await startPaveServer((_, res) => sendJson(res, 503, { message: 'Still down' }));
    await getSession(server.baseUrl, { retry: { limit: 0 } });
    expect(server.received).toHaveLength(1);
  });
});

describe('POST, which PAVE may have acted on', () => {
  it.each([500, 502, 504, 408])('is sent exactly once when answered %i', async (status) => {
    const server = await startPaveServer((_, res) => sendJson(res, status, { message: 'Oops' }));
    const { response } = await createSession(server.baseUrl);
    expect(response.status).toBe(status);
    expect(server.received).toHaveLength(1);
  });

  it('is sent exactly once when the connection is reset after the body was read', async () => {
    const server = await startPaveServer((_, res) => res.socket?.destroy());
    const error = await createSession(server.baseUrl).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PaveNetworkError);
    expect(error).toMatchObject({ method: 'POST', attempts: 1 });
    expect((error as PaveNetworkError).code).not.toBe('ECONNREFUSED');
    expect(server.received).toHaveLength(1);
  });

  it.each([503, 429])('is resent, body and all, after a %i with Retry-After', async (status) => {
    const server = await failThenSucceed((res) =>
      sendJson(res, status, { message: 'Not now' }, { 'retry-after': '0' }),
    );
    const { data } = await createSession(server.baseUrl);
    expect(data?.capture_url).toContain('TOA-QGMWRCHHGB');
    expect(server.received).toHaveLength(2);
    expect(server.received[1]?.body).toBe(server.received[0]?.body);
    expect(server.received[1]?.body).toBe('{"vehicle":{"vin":"JN1CV6AR9BM000001"}}');
  });

  it.each([
    [503, {}],
    [429, {}],
    [503, { 'retry-after': 'soon' }],
    [500, { 'retry-after': '0' }],
  ])('is not resent after a %i with headers %j', async (status, headers) => {
    const server = await failThenSucceed((res) =>
      sendJson(res, status, { message: 'No' }, headers),
    );
    const { response } = await createSession(server.baseUrl);
    expect(response.status).toBe(status);
    expect(server.received).toHaveLength(1);
  });

  it('is retried on a refused connection, then fails with PaveNetworkError', async () => {
    const baseUrl = await refusedBaseUrl();
    const attempts: Request[] = [];
    const countingFetch = (request: Request, init?: RequestInit) => {
      attempts.push(request);
      return fetch(request, init);
    };

    const error = await createSession(baseUrl, { fetch: countingFetch }).catch(
      (thrown: unknown) => thrown,
    );

    expect(error).toBeInstanceOf(PaveNetworkError);
    expect(error).toMatchObject({ code: 'ECONNREFUSED', method: 'POST', attempts: 3 });
    expect((error as Error).message).toBe(
      'PAVE could not be reached for POST /v1/sessions after 3 attempts: ECONNREFUSED',
    );
    expect(attempts).toHaveLength(3);
    expect(attempts.every((request) => request.method === 'POST')).toBe(true);
  });
});

describe('every attempt is signed for its own moment', () => {
  it('gives each attempt a new timestamp and token, each of which verifies', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2021-05-30T12:49:19Z'));
    const server = await startPaveServer((_, res) => sendJson(res, 503, { message: 'Still down' }));
    // The wall clock moves 7 s after each attempt; the server checks with the same clock.
    const movingClockFetch = async (request: Request, init?: RequestInit) => {
      const response = await fetch(request, init);
      vi.setSystemTime(Date.now() + 7000);
      return response;
    };

    await getSession(server.baseUrl, { fetch: movingClockFetch });

    expect(server.received.map((request) => request.timestamp)).toEqual([
      '2021-05-30T12:49:19Z',
      '2021-05-30T12:49:26Z',
      '2021-05-30T12:49:33Z',
    ]);
    expect(new Set(server.received.map((request) => request.token)).size).toBe(3);
    for (const request of server.received) {
      expect(request.verified).toBe(true);
      expect(verifyToken(request.headers, { credentials }).ok).toBe(true);
    }
  });
});

describe('a Request that a middleware made', () => {
  it('is resent with its body, and the call is still bounded and signed', async () => {
    const server = await failThenSucceed((res) =>
      sendJson(res, 503, { message: 'Not now' }, { 'retry-after': '0' }),
    );
    const pave = client(server.baseUrl);
    pave.use({
      onRequest: ({ request }) =>
        new Request(request.url, {
          method: request.method,
          headers: request.headers,
          body: '{"vehicle":{"vin":"FROM-MIDDLEWARE-1"}}',
        }),
    });

    const { data } = await pave.POST('/v1/sessions', { body: {} });

    expect(data?.session_key).toBe('TOA-QGMWRCHHGB');
    expect(server.received.map((request) => request.body)).toEqual([
      '{"vehicle":{"vin":"FROM-MIDDLEWARE-1"}}',
      '{"vehicle":{"vin":"FROM-MIDDLEWARE-1"}}',
    ]);
    expect(server.received.every((request) => request.verified)).toBe(true);
  });
});
