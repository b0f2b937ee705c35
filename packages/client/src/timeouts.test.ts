import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createdSession,
  credentials,
  type PaveTestServer,
  sendJson,
  startPaveServer,
} from '../test/pave-server.js';
import { createPaveClient } from './create-pave-client.js';
import { PaveTimeoutError } from './errors/pave-timeout-error.js';

let server: PaveTestServer | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

/** Runs `call` and returns what it threw and how long it took. */
async function failure(call: () => Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  try {
    await call();
  } catch (error) {
    return { error, ms: performance.now() - started };
  }
  throw new Error('expected the call to throw');
}

const neverAnswers = () => {};

describe('timeoutMs', () => {
  it('throws PaveTimeoutError when the server never answers a POST', async () => {
    server = await startPaveServer(neverAnswers);
    const client = createPaveClient({ ...credentials, baseUrl: server.baseUrl, timeoutMs: 100 });

    const { error, ms } = await failure(() => client.POST('/v1/sessions', { body: {} }));

    expect(error).toBeInstanceOf(PaveTimeoutError);
    expect(error).toMatchObject({
      name: 'PaveTimeoutError',
      method: 'POST',
      url: `${server.baseUrl}/v1/sessions`,
      timeoutMs: 100,
      attempts: 1,
      message: 'PAVE did not answer POST /v1/sessions within 100 ms',
    });
    // A lower bound: the call did not give up before timeoutMs. Timers have millisecond
    // resolution, so it may end within a millisecond of 100. How soon after is not asserted.
    expect(ms).toBeGreaterThanOrEqual(99);
    expect(server.received).toHaveLength(1);
  });

  it('bounds a GET as a whole: no retry outlives the timeout', async () => {
    server = await startPaveServer(neverAnswers);
    const client = createPaveClient({ ...credentials, baseUrl: server.baseUrl, timeoutMs: 100 });

    const { error } = await failure(() =>
      client.GET('/v1/sessions/{session_key}', { params: { path: { session_key: 'X-1' } } }),
    );

    // A GET is retried on network errors; the timeout is not one, so nothing is sent again.
    expect(error).toBeInstanceOf(PaveTimeoutError);
    expect(error).toMatchObject({ method: 'GET', timeoutMs: 100, attempts: 1 });
    expect(server.received).toHaveLength(1);
  });

  it('covers the body too: headers then silence is a timeout', async () => {
    server = await startPaveServer((_, res) => {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.write('{"session_key":');
    });
    const client = createPaveClient({ ...credentials, baseUrl: server.baseUrl, timeoutMs: 100 });

    const { error } = await failure(() => client.POST('/v1/sessions', { body: {} }));

    expect(error).toBeInstanceOf(PaveTimeoutError);
  });

  it('does not start a wait for Retry-After that would end past the deadline', async () => {
    server = await startPaveServer((_, res) =>
      sendJson(res, 503, { message: 'Try later' }, { 'retry-after': '5' }),
    );
    const client = createPaveClient({ ...credentials, baseUrl: server.baseUrl, timeoutMs: 1000 });

    // Had the 5 s wait been started, the deadline would have cut it short with a timeout.
    const { response } = await client.GET('/v1/sessions/{session_key}', {
      params: { path: { session_key: 'X-1' } },
    });

    expect(response.status).toBe(503);
    expect(server.received).toHaveLength(1);
  });

  // Only the client's own timer can be pending: fetch is a function that answers at once.
  it.each([
    ['succeeds', async () => Response.json(createdSession(), { status: 201 })],
    ['is answered 400', async () => Response.json({ message: 'No' }, { status: 400 })],
    [
      'fails on the network',
      async () => {
        throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } });
      },
    ],
  ])('leaves no timer behind when the call %s', async (_, fetch) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const client = createPaveClient({ ...credentials, fetch, timeoutMs: 60_000 });

    await client.POST('/v1/sessions', { body: {} }).catch(() => undefined);

    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("the caller's signal", () => {
  it('rethrows the AbortError of a caller abort; it is not a timeout', async () => {
    server = await startPaveServer(neverAnswers);
    const client = createPaveClient({ ...credentials, baseUrl: server.baseUrl, timeoutMs: 5000 });

    const { error } = await failure(() =>
      client.POST('/v1/sessions', { body: {}, signal: AbortSignal.timeout(50) }),
    );

    // Had the caller's signal been ignored, the call would have ended in the client's own
    // PaveTimeoutError, 5 s later.
    expect(error).not.toBeInstanceOf(PaveTimeoutError);
    expect((error as Error).name).toBe('TimeoutError');
  });

  it('rethrows an AbortController abort as the AbortError fetch gives', async () => {
    server = await startPaveServer(neverAnswers);
    const client = createPaveClient({ ...credentials, baseUrl: server.baseUrl, timeoutMs: 5000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);

    const { error } = await failure(() =>
      client.POST('/v1/sessions', { body: {}, signal: controller.signal }),
    );

    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('stops a retry wait at once and throws the reason the caller gave', async () => {
    server = await startPaveServer((_, res) => sendJson(res, 503, { message: 'Try later' }));
    const sent: Request[] = [];
    // The wait is a minute: a wait the abort did not cut short outlasts the test's own timeout.
    const client = createPaveClient({
      ...credentials,
      baseUrl: server.baseUrl,
      fetch: (request, init) => {
        sent.push(request);
        return fetch(request, init);
      },
      timeoutMs: 120_000,
      retry: { baseDelayMs: 60_000, backoffLimitMs: 60_000, jitter: false },
    });
    const controller = new AbortController();
    const reason = new Error('the user closed the page');
    setTimeout(() => controller.abort(reason), 100);

    const { error } = await failure(() =>
      client.GET('/v1/sessions/{session_key}', {
        params: { path: { session_key: 'X-1' } },
        signal: controller.signal,
      }),
    );

    expect(error).toBe(reason);
    // The abort ended the call, not only the wait: no second attempt was begun.
    expect(sent).toHaveLength(1);
    expect(server.received).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    server = await startPaveServer(neverAnswers);
    const client = createPaveClient({ ...credentials, baseUrl: server.baseUrl });

    const { error } = await failure(() =>
      client.POST('/v1/sessions', { body: {}, signal: AbortSignal.abort() }),
    );

    expect((error as Error).name).toBe('AbortError');
    expect(server.received).toHaveLength(0);
  });
});
