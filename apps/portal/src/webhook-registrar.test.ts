import { afterEach, describe, expect, test, vi } from 'vitest';
import { jsonAnswer, stubPaveClient } from '../test/stub-pave.js';
import { startWebhookRegistrar, type WebhookRetry } from './webhook-registrar.js';
import type { WebhookRegistration } from './webhook-registration.js';

const portalUrl = 'http://127.0.0.1:3000';
const paveBaseUrl = 'http://127.0.0.1:4010';

afterEach(() => {
  vi.useRealTimers();
});

/** A PAVE that refuses registrations while `down` is true, and records every call. */
function pave() {
  const calls: string[] = [];
  const state = { down: true };
  const client = stubPaveClient((request) => {
    calls.push(`${request.method} ${decodeURIComponent(new URL(request.url).pathname)}`);
    if (request.method === 'POST') {
      return state.down
        ? jsonAnswer(503, { message: 'Service Unavailable' })
        : jsonAnswer(200, { api_key: 'key-1', message: 'Callback setting saved.' });
    }
    return jsonAnswer(404, { message: 'No callback setting.' });
  }, paveBaseUrl);
  return { calls, state, client };
}

/** A registrar for the portal at `portalUrl`, telling `told` each change. */
function startRegistrar(
  client: ReturnType<typeof pave>['client'],
  told: WebhookRegistration[],
  retry?: WebhookRetry,
) {
  return startWebhookRegistrar({
    client,
    token: 'the-token',
    paveBaseUrl,
    portalUrl,
    onChange: (registration) => told.push(registration),
    ...(retry ? { retry } : {}),
  });
}

describe('startWebhookRegistrar', () => {
  test('retries after 2 s, then doubling waits up to the cap, and logs only what changed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { calls, state, client } = pave();
    const told: WebhookRegistration[] = [];
    const registrar = startRegistrar(client, told, { firstMs: 2_000, maxMs: 5_000 });
    expect(registrar.current.message).toBe(
      `webhooks being registered: asking PAVE to call ${portalUrl}/webhooks/pave`,
    );
    expect((await registrar.firstAttempt).registered).toBe(false);
    expect(calls).toEqual(['POST /v1/callbacks']);

    const attemptsAfter = async (ms: number) => {
      const before = calls.length;
      await vi.advanceTimersByTimeAsync(ms);
      return calls.length - before;
    };
    expect(await attemptsAfter(1_999)).toBe(0);
    expect(await attemptsAfter(1)).toBe(1);
    expect(await attemptsAfter(3_999)).toBe(0);
    expect(await attemptsAfter(1)).toBe(1);
    // 8 s would come next; the cap makes it 5 s, and every wait after it.
    expect(await attemptsAfter(5_000)).toBe(1);
    expect(await attemptsAfter(5_000)).toBe(1);
    expect(told).toHaveLength(1);

    state.down = false;
    expect(await attemptsAfter(5_000)).toBe(2);
    expect(registrar.current.registered).toBe(true);
    expect(told.map(({ registered }) => registered)).toEqual([false, true]);
    // Registered: nothing more is sent until the portal stops.
    expect(await attemptsAfter(60_000)).toBe(0);
  });

  test('stop() ends the retries; the registration is looked up and left alone when not its own', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { calls, client } = pave();
    const told: WebhookRegistration[] = [];
    const registrar = startRegistrar(client, told);
    await registrar.firstAttempt;
    await registrar.stop(3_000);
    expect(calls).toEqual([
      'POST /v1/callbacks',
      'GET /v1/callbacks/SESSION:STATUS_CHANGE',
      'GET /v1/callbacks/SESSION:COMPLETE',
    ]);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(calls).toHaveLength(3);
    expect(told).toHaveLength(1);
  });

  test('without an address PAVE can reach, nothing is sent, now or later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { calls, client } = pave();
    const registrar = startWebhookRegistrar({
      client,
      token: 'the-token',
      paveBaseUrl: 'https://openapi.paveapi.com',
      portalUrl,
      onChange: () => {},
    });
    expect((await registrar.firstAttempt).message).toContain('set PORTAL_PUBLIC_URL');
    await vi.advanceTimersByTimeAsync(600_000);
    await registrar.stop(3_000);
    expect(calls).toEqual([]);
  });
});
