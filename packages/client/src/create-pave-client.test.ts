import { PaveCredentialsError } from '@pave-kit/auth';
import { describe, expect, it } from 'vitest';
import {
  clientOf,
  createdSession,
  credentials,
  sendJson,
  startPaveServer,
} from '../test/pave-server.js';
import { createPaveClient } from './create-pave-client.js';
import { clientVersion } from './user-agent.js';

describe('a signed, typed call', () => {
  it('creates a session with POST /v1/sessions and reads the 201 body', async () => {
    const server = await startPaveServer((_, res) => sendJson(res, 201, createdSession()));
    const client = createPaveClient({ ...credentials, baseUrl: server.baseUrl });

    const { data, error, response } = await client.POST('/v1/sessions', {
      body: { vehicle: { vin: 'JN1CV6AR9BM000001' }, session: { theme: 'LITE' } },
    });

    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(data?.capture_url).toBe('https://demoadmin.vehiclecapture.com/TOA-QGMWRCHHGB');
    const [request] = server.received;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/sessions', verified: true });
    expect(JSON.parse(request?.body ?? '')).toEqual({
      vehicle: { vin: 'JN1CV6AR9BM000001' },
      session: { theme: 'LITE' },
    });
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.accept).toBe('application/json');
  });

  it('gets a session by key, the key in the path', async () => {
    const server = await startPaveServer((request, res) =>
      sendJson(res, 200, { ...createdSession(request.path.split('/').pop()), status: 'COMPLETE' }),
    );
    const client = createPaveClient({ ...credentials, baseUrl: server.baseUrl });

    const { data } = await client.GET('/v1/sessions/{session_key}', {
      params: { path: { session_key: 'UNG-5IXXXXXXXX' } },
    });

    expect(data?.status).toBe('COMPLETE');
    expect(server.received[0]).toMatchObject({
      method: 'GET',
      path: '/v1/sessions/UNG-5IXXXXXXXX',
      verified: true,
    });
  });

  it('names pave-kit, its version and the Node version in User-Agent', async () => {
    const server = await startPaveServer((_, res) => sendJson(res, 200, createdSession()));
    await createPaveClient({ ...credentials, baseUrl: server.baseUrl }).GET(
      '/v1/sessions/{session_key}',
      { params: { path: { session_key: 'TOA-QGMWRCHHGB' } } },
    );
    expect(clientVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(server.received[0]?.headers['user-agent']).toBe(
      `pave-kit/${clientVersion} (+node ${process.version})`,
    );
  });

  it("puts the caller's product token first in User-Agent", async () => {
    const server = await startPaveServer((_, res) => sendJson(res, 200, createdSession()));
    const client = clientOf(server, { userAgent: 'dealer-portal/2.3' });
    await client.GET('/v1/sessions/{session_key}', {
      params: { path: { session_key: 'TOA-QGMWRCHHGB' } },
    });
    expect(server.received[0]?.headers['user-agent']).toBe(
      `dealer-portal/2.3 pave-kit/${clientVersion} (+node ${process.version})`,
    );
  });

  it.each(['/', '//'])('accepts a baseUrl ending in %j without doubling the slash', async (end) => {
    const server = await startPaveServer((_, res) => sendJson(res, 201, createdSession()));
    const client = createPaveClient({ ...credentials, baseUrl: `${server.baseUrl}${end}` });
    await client.POST('/v1/sessions', { body: {} });
    expect(server.received[0]?.path).toBe('/v1/sessions');
  });

  it('keeps signing with the credentials it was given, even if the object changes later', async () => {
    const server = await startPaveServer((_, res) => sendJson(res, 201, createdSession()));
    const options = { ...credentials, baseUrl: server.baseUrl };
    const client = createPaveClient(options);
    options.apiSecret = 'changed';
    await client.POST('/v1/sessions', { body: {} });
    expect(server.received[0]?.verified).toBe(true);
  });

  it('gets a 401 from a server that does not accept the signature', async () => {
    const server = await startPaveServer((_, res) => sendJson(res, 201, createdSession()));
    const client = createPaveClient({
      ...credentials,
      apiSecret: 'wrong',
      baseUrl: server.baseUrl,
    });
    const { error, response } = await client.POST('/v1/sessions', { body: {} });
    expect(response.status).toBe(401);
    expect(error).toEqual({ message: expect.stringContaining('API-Token does not match') });
  });
});

describe('options are checked when the client is created', () => {
  it('names the missing credential, never its value', () => {
    const create = () => createPaveClient({ ...credentials, apiSecret: '' });
    expect(create).toThrow(PaveCredentialsError);
    expect(create).toThrow('PAVE credentials: apiSecret is required (got an empty string)');
  });

  it.each([
    ['username', 'demo\r\n'],
    ['apiKey', 'key_123\r\nX-Injected: 1'],
    ['apiSecret', 'sk-test\n'],
  ])(
    'refuses a %s with a line break, naming the field and the rule, never the value',
    (field, value) => {
      const create = () => createPaveClient({ ...credentials, [field]: value });
      expect(create).toThrow(PaveCredentialsError);
      expect(create).toThrow(
        `PAVE credentials: ${field} must not contain control characters (CR, LF, tab, ...)`,
      );
      try {
        create();
      } catch (error) {
        expect(String(error)).not.toContain(value.trim());
        expect((error as PaveCredentialsError).field).toBe(field);
      }
    },
  );

  it('names a credential of the wrong type', () => {
    expect(() => createPaveClient({ ...credentials, apiKey: 42 as unknown as string })).toThrow(
      'PAVE credentials: apiKey must be a string (got number)',
    );
  });

  it('names a bad baseUrl', () => {
    expect(() => createPaveClient({ ...credentials, baseUrl: 'openapi.paveapi.com' })).toThrow(
      /^createPaveClient: baseUrl must be an http\(s\) URL/,
    );
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31])(
    'refuses timeoutMs %s',
    (timeoutMs) => {
      expect(() => createPaveClient({ ...credentials, timeoutMs })).toThrow(
        /^createPaveClient: timeoutMs must be a number of milliseconds between 1 and 2147483647/,
      );
    },
  );

  it('refuses a fetch that is not a function and a User-Agent on two lines', () => {
    expect(() =>
      createPaveClient({ ...credentials, fetch: 'fetch' as unknown as typeof fetch }),
    ).toThrow('createPaveClient: fetch must be a function (got string)');
    expect(() => createPaveClient({ ...credentials, userAgent: 'a\r\nX-Injected: 1' })).toThrow(
      'createPaveClient: userAgent must be a string on one line',
    );
  });

  it('refuses a retry setting it does not know', () => {
    expect(() =>
      createPaveClient({ ...credentials, retry: { retries: 3 } as unknown as { limit: number } }),
    ).toThrow(/^createPaveClient: retry\.retries is not a retry setting; the settings are limit, /);
  });
});
