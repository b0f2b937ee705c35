import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  credentials,
  type PaveTestServer,
  refusedBaseUrl,
  sendJson,
  startPaveServer,
} from '../test/pave-server.js';
import * as client from './index.js';

describe('public face', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(client).sort()).toEqual([
      'PaveApiError',
      'PaveContractError',
      'PaveError',
      'PaveNetworkError',
      'PaveOptionsError',
      'PaveTimeoutError',
      'createPaveClient',
      'defaultBaseUrl',
      'defaultRetryPolicy',
      'defaultTimeoutMs',
      'describeFailure',
      'maxTimeoutMs',
      'networkErrorCode',
      'unwrap',
    ]);
  });

  it('exports a frozen default policy, so one client cannot change another', () => {
    expect(Object.isFrozen(client.defaultRetryPolicy)).toBe(true);
    expect(Object.isFrozen(client.defaultRetryPolicy.methods)).toBe(true);
  });
});

/** Everything a failure could expose: message, stack, JSON, String and inspect forms. */
function exposedText(error: unknown): string {
  const asError = error as Error;
  return [
    asError.message,
    asError.stack,
    String(error),
    JSON.stringify(error),
    inspect(error, { depth: 10, showHidden: true }),
  ].join('\n');
}

describe('the secret and the token never leak into errors', () => {
  const seenTokens = (server: PaveTestServer) =>
    server.received.map((request) => request.token ?? '');

  function expectClean(error: unknown, tokens: string[]): void {
    expect(error).toBeInstanceOf(client.PaveError);
    const text = exposedText(error);
    expect(text).not.toContain(credentials.apiSecret);
    for (const token of tokens) {
      expect(token).toMatch(/^[0-9a-f]{64}$/);
      expect(text).not.toContain(token);
    }
  }

  it('PaveApiError, for a 400 and for a 401', async () => {
    const server = await startPaveServer((_, res) =>
      sendJson(res, 400, { message: 'Invalid', errors: { 'vehicle.vin': ['Too short'] } }),
    );
    for (const apiSecret of [credentials.apiSecret, 'wrong-secret']) {
      const pave = client.createPaveClient({ ...credentials, apiSecret, baseUrl: server.baseUrl });
      const result = await pave.POST('/v1/sessions', { body: {} });
      let error: unknown;
      try {
        client.unwrap(result);
      } catch (thrown) {
        error = thrown;
      }
      expectClean(error, seenTokens(server));
    }
    expect(server.received.map((request) => request.verified)).toEqual([true, false]);
  });

  it('PaveTimeoutError', async () => {
    const server = await startPaveServer(() => {});
    const pave = client.createPaveClient({
      ...credentials,
      baseUrl: server.baseUrl,
      timeoutMs: 50,
    });
    const error = await pave.POST('/v1/sessions', { body: {} }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(client.PaveTimeoutError);
    expectClean(error, seenTokens(server));
  });

  it('PaveNetworkError, for a reset and for a refused connection', async () => {
    const server = await startPaveServer((_, res) => res.socket?.destroy());
    const reset = await client
      .createPaveClient({ ...credentials, baseUrl: server.baseUrl })
      .POST('/v1/sessions', { body: {} })
      .catch((thrown: unknown) => thrown);
    expect(reset).toBeInstanceOf(client.PaveNetworkError);
    expectClean(reset, seenTokens(server));

    const sent: Request[] = [];
    const refused = await client
      .createPaveClient({
        ...credentials,
        baseUrl: await refusedBaseUrl(),
        retry: { baseDelayMs: 1 },
        fetch: (request, init) => {
          sent.push(request);
          return fetch(request, init);
        },
      })
      .POST('/v1/sessions', { body: {} })
      .catch((thrown: unknown) => thrown);
    expect(refused).toBeInstanceOf(client.PaveNetworkError);
    expectClean(
      refused,
      sent.map((request) => request.headers.get('api-token') ?? ''),
    );
  });

  it('credential errors name the field only', () => {
    const create = () =>
      client.createPaveClient({ ...credentials, apiKey: credentials.apiSecret, username: '' });
    expect(create).toThrow('username');
    try {
      create();
    } catch (error) {
      expect(exposedText(error)).not.toContain(credentials.apiSecret);
    }
  });

  it('the client object does not hold the secret where a log could reach it', () => {
    const pave = client.createPaveClient(credentials);
    expect(JSON.stringify(pave)).not.toContain(credentials.apiSecret);
    expect(inspect(pave, { depth: 10, showHidden: true })).not.toContain(credentials.apiSecret);
  });
});
