import { afterEach, describe, expect, it } from 'vitest';
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
    expect(ms).toBeGreaterThanOrEqual(99);
    expect(ms).toBeLessThan(600);
    expect(server.received).toHaveLength(1);
  });

  it('bounds a GET as a whole: no retry outlives the timeout', async () => {
    server = await startPaveServer(neverAnswers);
    const client = createPaveClient({ ...credentials, baseUrl: server.baseUrl, timeoutMs: 100 });

    const { error, ms } = await failure(() =>
      client.GET('/v1/sessions/{session_key}', { params: { path: { session_key: 'X-1' } } }),
    );

    expect(error).toBeInstanceOf(PaveTimeoutError);
    expect(ms).toBeLessThan(600);
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

    const started = performance.now();
    const { response } = await client.GET('/v1/sessions/{session_key}', {
      params: { path: { session_key: 'X-1' } },
    });

    expect(response.status).toBe(503);
    expect(performance.now() - started).toBeLessThan(500);
    expect(server.received).toHaveLength(1);
  });

  it('clears its timer when the call succeeds', async () => {
    server = await startPaveServer((_, res) => sendJson(res, 201, createdSession()));
    const client = createPaveClient({ ...credentials, baseUrl: server.baseUrl, timeoutMs: 50 });
    const { data } = await client.POST('/v1/sessions', { body: {} });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(data?.session_key).toBe('TOA-QGMWRCHHGB');
  });
});

describe("the caller's signal", () => {
  it('rethrows the AbortError of a caller abort; it is not a timeout', async () => {
    server = await startPaveServer(neverAnswers);
    const client = createPaveClient({ ...credentials, baseUrl: server.baseUrl, timeoutMs: 5000 });

    const { error, ms } = await failure(() =>
      client.POST('/v1/sessions', { body: {}, signal: AbortSignal.timeout(50) }),
    );

    expect(error).not.toBeInstanceOf(PaveTimeoutError);
    expect((error as Error).name).toBe('TimeoutError');
    expect(ms).toBeLessThan(1000);
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
    const client = createPaveClient({
      ...credentials,
      baseUrl: server.baseUrl,
      retry: { baseDelayMs: 5000, jitter: false },
    });
    const controller = new AbortController();
    const reason = new Error('the user closed the page');
    setTimeout(() => controller.abort(reason), 100);

    const { error, ms } = await failure(() =>
      client.GET('/v1/sessions/{session_key}', {
        params: { path: { session_key: 'X-1' } },
        signal: controller.signal,
      }),
    );

    expect(error).toBe(reason);
    expect(ms).toBeLessThan(1000);
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
