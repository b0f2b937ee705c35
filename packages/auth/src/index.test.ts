import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import * as auth from './index.js';

const secret = 'sk-very-secret-Ωmega-4711';
const credentials = { username: 'demo', apiKey: 'key_123', apiSecret: secret };

describe('public face', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(auth).sort()).toEqual([
      'PaveCredentialsError',
      'assertCredentials',
      'assertCredentialsList',
      'computeToken',
      'createAuthHeaders',
      'createAuthMiddleware',
      'createSigner',
      'formatTimestamp',
      'verifyToken',
    ]);
  });
});

/** Everything a failure could expose: message, stack, own properties, JSON and String forms. */
function exposedText(value: unknown): string {
  if (value instanceof Error) {
    return [value.message, value.stack, String(value), JSON.stringify(value)].join('\n');
  }
  return JSON.stringify(value);
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('the secret never leaks', () => {
  const now = new Date('2021-05-30T12:49:19Z');
  const signed = auth.createAuthHeaders(credentials, now);
  const expectedToken = signed['API-Token'];

  it('is absent from every verifyToken failure, as is the expected token', () => {
    const requests: Record<string, string>[] = [
      {},
      { ...signed, 'API-Key': 'key_000' },
      { ...signed, 'API-Timestamp': '1622378959' },
      { ...signed, 'API-Token': '0'.repeat(64) },
      { ...signed, 'API-Token': expectedToken.toUpperCase() },
      { ...signed, 'API-Token': 'short' },
      { ...signed, 'API-Token': secret },
    ];
    const failures = [
      ...requests.map((headers) => auth.verifyToken(headers, { credentials, now })),
      auth.verifyToken(signed, { credentials, now: new Date(now.getTime() + 3_600_000) }),
      auth.verifyToken(signed, { credentials, now: new Date(now.getTime() - 3_600_000) }),
    ];
    for (const failure of failures) {
      expect(failure.ok).toBe(false);
      const text = exposedText(failure);
      expect(text).not.toContain(secret);
      expect(text).not.toContain(expectedToken);
      expect(text.toLowerCase()).not.toContain(expectedToken);
    }
  });

  it('is absent from credential errors, whichever field is wrong', () => {
    const errors = [
      thrown(() => auth.createAuthMiddleware({ ...credentials, username: '' })),
      thrown(() => auth.createAuthMiddleware({ ...credentials, apiKey: 5 as unknown as string })),
      thrown(() => auth.assertCredentials({ username: secret, apiKey: secret, apiSecret: 9 })),
      thrown(() => auth.computeToken({ ...credentials, timestamp: '' })),
      thrown(() => auth.createAuthHeaders({ ...credentials, apiKey: '' })),
      thrown(() => auth.createSigner({ ...credentials, apiSecret: `${secret}\r\n` })),
      thrown(() => auth.createSigner({ ...credentials, apiKey: `${secret} ` })),
      thrown(() => auth.verifyToken(signed, { credentials: [credentials, credentials] })),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(TypeError);
      expect(exposedText(error)).not.toContain(secret);
    }
  });

  it('is absent from the empty-secret middleware error, which names apiSecret', () => {
    const error = thrown(() => auth.createAuthMiddleware({ ...credentials, apiSecret: '' }));
    expect(exposedText(error)).toContain('apiSecret');
    expect(JSON.stringify(error)).toBe('{"name":"PaveCredentialsError","field":"apiSecret"}');
  });

  it('is absent from the middleware object and the requests it signs', async () => {
    const middleware = auth.createAuthMiddleware(credentials);
    expect(JSON.stringify(middleware)).not.toContain(secret);
    expect(Object.values(middleware).map(String).join('\n')).not.toContain(secret);

    const sent: Request[] = [];
    const client = createClient({
      baseUrl: 'https://openapi.paveapi.com',
      fetch: async (request: Request) => {
        sent.push(request);
        return Response.json({});
      },
    });
    client.use(middleware);
    await client.GET('/v1/sessions' as never);
    const headers = [...(sent[0]?.headers.entries() ?? [])];
    expect(headers.length).toBeGreaterThan(0);
    expect(JSON.stringify(headers)).not.toContain(secret);
  });
});
