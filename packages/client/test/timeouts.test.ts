// The deadline is checked with fake timers: the clock moves only once the server has seen the
// request (or the answer's headers have arrived), so a busy machine cannot make the deadline
// fire early, and nothing here depends on how fast the machine is.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPaveClient } from '../src/create-pave-client.js';
import { PaveTimeoutError } from '../src/errors/pave-timeout-error.js';
import { clientOf, createdSession, credentials, sendJson, startPaveServer } from './pave-server.js';

afterEach(() => {
  vi.useRealTimers();
});

const neverAnswers = () => {};

/** The clock the deadline reads: its timer and `performance.now()`. */
const fakeDeadlineClock = () =>
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });

/** Follows a call without awaiting it, so a test can ask whether it has ended yet. */
function follow(call: Promise<unknown>) {
  const state: { ended: boolean; error: unknown } = { ended: false, error: undefined };
  const ended = call.then(
    () => {
      state.ended = true;
    },
    (error: unknown) => {
      state.ended = true;
      state.error = error;
    },
  );
  return { state, ended };
}

/**
 * Moves the deadline's clock to a millisecond short of `ms` and checks the call is still waiting,
 * then to `ms`, and waits for the call to end.
 */
async function reachDeadline(call: ReturnType<typeof follow>, ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms - 1);
  expect(call.state.ended).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  await call.ended;
}

/** A promise and the function that resolves it. */
function signal() {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('timeoutMs', () => {
  it('throws PaveTimeoutError at the deadline, not before, when a POST is never answered', async () => {
    fakeDeadlineClock();
    const server = await startPaveServer(neverAnswers);
    const client = createPaveClient({ ...credentials, baseUrl: server.baseUrl, timeoutMs: 100 });

    const call = follow(client.POST('/v1/sessions', { body: {} }));
    await server.waitForRequests(1);
    await reachDeadline(call, 100);

    expect(call.state.error).toBeInstanceOf(PaveTimeoutError);
    expect(call.state.error).toMatchObject({
      name: 'PaveTimeoutError',
      method: 'POST',
      url: `${server.baseUrl}/v1/sessions`,
      timeoutMs: 100,
      attempts: 1,
      message: 'PAVE did not answer POST /v1/sessions within 100 ms',
    });
    expect(server.received).toHaveLength(1);
  });

  it('bounds a GET as a whole: no retry outlives the timeout', async () => {
    fakeDeadlineClock();
    const server = await startPaveServer(neverAnswers);
    const client = createPaveClient({ ...credentials, baseUrl: server.baseUrl, timeoutMs: 100 });

    const call = follow(
      client.GET('/v1/sessions/{session_key}', { params: { path: { session_key: 'X-1' } } }),
    );
    await server.waitForRequests(1);
    await vi.advanceTimersByTimeAsync(100);
    await call.ended;

    // A GET is retried on network errors; the timeout is not one, so nothing is sent again.
    expect(call.state.error).toBeInstanceOf(PaveTimeoutError);
    expect(call.state.error).toMatchObject({ method: 'GET', timeoutMs: 100, attempts: 1 });
    expect(server.received).toHaveLength(1);
  });

  it('covers the body too: headers then silence is a timeout', async () => {
    fakeDeadlineClock();
    const server = await startPaveServer((_, res) => {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.write('{"session_key":');
    });
    const headersArrived = signal();
    const client = clientOf(server, {
      timeoutMs: 100,
      fetch: async (request, init) => {
        const response = await fetch(request, init);
        headersArrived.resolve();
        return response;
      },
    });

    const call = follow(client.POST('/v1/sessions', { body: {} }));
    await headersArrived.promise;
    await reachDeadline(call, 100);

    expect(call.state.error).toBeInstanceOf(PaveTimeoutError);
  });

  it('ends at the deadline even when fetch never settles and ignores its signal', async () => {
    fakeDeadlineClock();
    const client = createPaveClient({
      ...credentials,
      timeoutMs: 1000,
      fetch: () => new Promise<Response>(() => {}),
    });

    const call = follow(client.POST('/v1/sessions', { body: {} }));
    await reachDeadline(call, 1000);

    expect(call.state.error).toBeInstanceOf(PaveTimeoutError);
    expect(call.state.error).toMatchObject({ attempts: 1, timeoutMs: 1000 });
  });

  it('ends at the deadline even when a body never ends and nothing honours the signal', async () => {
    fakeDeadlineClock();
    const client = createPaveClient({
      ...credentials,
      timeoutMs: 1000,
      fetch: async () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"session_key":'));
            },
          }),
          { status: 201, headers: { 'content-type': 'application/json' } },
        ),
    });

    const call = follow(client.POST('/v1/sessions', { body: {} }));
    await reachDeadline(call, 1000);

    expect(call.state.error).toBeInstanceOf(PaveTimeoutError);
  });

  it("gives fetch the deadline's signal in init, and on the Request too", async () => {
    fakeDeadlineClock();
    const seen: { request: Request; init: RequestInit | undefined }[] = [];
    const client = createPaveClient({
      ...credentials,
      timeoutMs: 1000,
      fetch: (request, init) => {
        seen.push({ request, init });
        return new Promise<Response>(() => {});
      },
    });

    const call = follow(client.POST('/v1/sessions', { body: {} }));
    await vi.advanceTimersByTimeAsync(1000);
    await call.ended;

    const [{ request, init } = { request: undefined, init: undefined }] = seen;
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    expect(init?.signal?.aborted).toBe(true);
    // The reason fetch rejects with is the error the call ends with.
    expect(init?.signal?.reason).toBe(call.state.error);
    expect(request?.signal).toBe(init?.signal);
    expect(init?.redirect).toBe('manual');
  });

  it('does not start a wait for Retry-After that would end past the deadline', async () => {
    const server = await startPaveServer((_, res) =>
      sendJson(res, 503, { message: 'Try later' }, { 'retry-after': '60' }),
    );
    // Policy allows the 60 s wait; only the 10 s deadline rules it out.
    const client = clientOf(server, { timeoutMs: 10_000, retry: { maxRetryAfterMs: 120_000 } });

    // Had the wait been started, the deadline would have cut it short with a timeout.
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
  it('rethrows the TimeoutError of AbortSignal.timeout; it is not a PaveTimeoutError', async () => {
    const server = await startPaveServer(neverAnswers);
    const client = createPaveClient({ ...credentials, baseUrl: server.baseUrl, timeoutMs: 60_000 });

    const error = await client
      .POST('/v1/sessions', { body: {}, signal: AbortSignal.timeout(50) })
      .catch((thrown: unknown) => thrown);

    // Had the caller's signal been ignored, the call would have ended in the client's own
    // PaveTimeoutError, a minute later.
    expect(error).not.toBeInstanceOf(PaveTimeoutError);
    expect((error as Error).name).toBe('TimeoutError');
  });

  it('rethrows an AbortController abort as the AbortError fetch gives', async () => {
    const server = await startPaveServer(neverAnswers);
    const client = createPaveClient({ ...credentials, baseUrl: server.baseUrl, timeoutMs: 60_000 });
    const controller = new AbortController();

    const call = client.POST('/v1/sessions', { body: {}, signal: controller.signal });
    await server.waitForRequests(1);
    controller.abort();
    const error = await call.catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('stops a retry wait at once and throws the reason the caller gave', async () => {
    const server = await startPaveServer((_, res) => sendJson(res, 503, { message: 'Try later' }));
    const sent: Request[] = [];
    const controller = new AbortController();
    const reason = new Error('the user closed the page');
    // The wait is a minute: a wait the abort did not cut short outlasts the test's own timeout.
    const client = clientOf(server, {
      fetch: async (request, init) => {
        sent.push(request);
        const response = await fetch(request, init);
        // The 503 is in: the client is about to wait, and the caller gives up.
        setImmediate(() => controller.abort(reason));
        return response;
      },
      timeoutMs: 120_000,
      retry: { baseDelayMs: 60_000, backoffLimitMs: 60_000, jitter: false },
    });

    const error = await client
      .GET('/v1/sessions/{session_key}', {
        params: { path: { session_key: 'X-1' } },
        signal: controller.signal,
      })
      .catch((thrown: unknown) => thrown);

    expect(error).toBe(reason);
    // The abort ended the call, not only the wait: no second attempt was begun.
    expect(sent).toHaveLength(1);
    expect(server.received).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const server = await startPaveServer(neverAnswers);
    const client = createPaveClient({ ...credentials, baseUrl: server.baseUrl });

    const error = await client
      .POST('/v1/sessions', { body: {}, signal: AbortSignal.abort() })
      .catch((thrown: unknown) => thrown);

    expect((error as Error).name).toBe('AbortError');
    expect(server.received).toHaveLength(0);
  });
});
