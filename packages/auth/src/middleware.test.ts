import createClient, { type Middleware } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { createAuthMiddleware } from './middleware.js';
import { verifyToken } from './verify.js';

interface paths {
  '/v1/sessions/{session_key}': {
    get: {
      parameters: { path: { session_key: string } };
      responses: {
        200: { content: { 'application/json': { session_key: string } } };
      };
    };
  };
}

const credentials = { username: 'demo', apiKey: 'key_123', apiSecret: 'secret_456' };

/** A real openapi-fetch client whose fetch records each Request instead of sending it. */
function capturingClient(middleware: Middleware) {
  const sent: Request[] = [];
  const client = createClient<paths>({
    baseUrl: 'https://openapi.paveapi.com',
    fetch: async (request: Request) => {
      sent.push(request);
      return Response.json({ session_key: 'TOA-QGMWRCHHGB' });
    },
  });
  client.use(middleware);
  const getSession = () =>
    client.GET('/v1/sessions/{session_key}', {
      params: { path: { session_key: 'TOA-QGMWRCHHGB' } },
    });
  return { sent, getSession };
}

describe('createAuthMiddleware', () => {
  it('adds the three PAVE headers to a request sent through openapi-fetch', async () => {
    const now = () => new Date('2021-05-30T12:49:19.400Z');
    const { sent, getSession } = capturingClient(createAuthMiddleware(credentials, { now }));
    const { data } = await getSession();
    expect(data).toEqual({ session_key: 'TOA-QGMWRCHHGB' });
    const headers = sent[0]?.headers;
    expect(headers?.get('API-Key')).toBe('key_123');
    expect(headers?.get('API-Timestamp')).toBe('2021-05-30T12:49:19Z');
    expect(headers?.get('API-Token')).toBe(
      '229ed1bf5d987ec61704eca140e4d8884eba0465f1510892dd1a8c5cf1678f7a',
    );
  });

  it('signs each request afresh, so a later call gets a new timestamp and token', async () => {
    let clock = Date.parse('2021-05-30T12:49:19Z');
    const now = () => new Date(clock);
    const { sent, getSession } = capturingClient(createAuthMiddleware(credentials, { now }));
    await getSession();
    clock += 1000;
    await getSession();
    const [first, second] = sent.map((request) => request.headers);
    expect(first?.get('API-Timestamp')).toBe('2021-05-30T12:49:19Z');
    expect(second?.get('API-Timestamp')).toBe('2021-05-30T12:49:20Z');
    expect(second?.get('API-Token')).not.toBe(first?.get('API-Token'));
  });

  it('produces headers that verifyToken accepts', async () => {
    const { sent, getSession } = capturingClient(createAuthMiddleware(credentials));
    await getSession();
    const request = sent[0] as Request;
    const result = verifyToken(request.headers, { credentials });
    expect(result).toEqual({ ok: true, credentials });
  });

  it('replaces API-* headers the caller set by hand', async () => {
    const now = () => new Date('2021-05-30T12:49:19Z');
    const sent: Request[] = [];
    const client = createClient<paths>({
      baseUrl: 'https://openapi.paveapi.com',
      headers: { 'API-Token': 'stale', 'API-Timestamp': '1622378959' },
      fetch: async (request: Request) => {
        sent.push(request);
        return Response.json({});
      },
    });
    client.use(createAuthMiddleware(credentials, { now }));
    await client.GET('/v1/sessions/{session_key}', { params: { path: { session_key: 'X' } } });
    expect(sent[0]?.headers.get('API-Timestamp')).toBe('2021-05-30T12:49:19Z');
    expect(sent[0]?.headers.get('API-Token')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('checks credentials when it is created, naming the field but not its value', () => {
    const create = () => createAuthMiddleware({ ...credentials, apiSecret: '' });
    expect(create).toThrow('PAVE credentials: apiSecret is required (got an empty string)');
    expect(() =>
      createAuthMiddleware({ ...credentials, apiKey: 123 as unknown as string }),
    ).toThrow('PAVE credentials: apiKey must be a string (got number)');
  });

  it('keeps its own copy of the credentials', async () => {
    const mutable = { ...credentials };
    const now = () => new Date('2021-05-30T12:49:19Z');
    const { sent, getSession } = capturingClient(createAuthMiddleware(mutable, { now }));
    mutable.apiSecret = '';
    await getSession();
    expect(sent[0]?.headers.get('API-Token')).toBe(
      '229ed1bf5d987ec61704eca140e4d8884eba0465f1510892dd1a8c5cf1678f7a',
    );
  });
});
