import { describe, expect, it } from 'vitest';
import { createAuthHeaders } from './headers.js';
import { computeToken } from './token.js';

const credentials = { username: 'demo', apiKey: 'key_123', apiSecret: 'secret_456' };

describe('createAuthHeaders', () => {
  it('returns exactly the three PAVE headers for the given moment', () => {
    const headers = createAuthHeaders(credentials, new Date('2021-05-30T12:49:19.750Z'));
    expect(headers).toEqual({
      'API-Key': 'key_123',
      'API-Token': '229ed1bf5d987ec61704eca140e4d8884eba0465f1510892dd1a8c5cf1678f7a',
      'API-Timestamp': '2021-05-30T12:49:19Z',
    });
  });

  it('signs the same string it sends as API-Timestamp', () => {
    const headers = createAuthHeaders(credentials, new Date());
    expect(headers['API-Token']).toBe(
      computeToken({ ...credentials, timestamp: headers['API-Timestamp'] }),
    );
  });

  it('defaults to the current time', () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const signedAt = Date.parse(createAuthHeaders(credentials)['API-Timestamp']);
    expect(signedAt).toBeGreaterThanOrEqual(before);
    expect(signedAt).toBeLessThanOrEqual(Date.now());
  });

  it('can be passed straight to fetch Headers', () => {
    const headers = new Headers(createAuthHeaders(credentials, new Date(0)));
    expect(headers.get('api-timestamp')).toBe('1970-01-01T00:00:00Z');
  });

  it('checks the credentials and the date', () => {
    expect(() => createAuthHeaders({ ...credentials, username: '' })).toThrow(
      'PAVE credentials: username is required (got an empty string)',
    );
    expect(() => createAuthHeaders(credentials, new Date('nope'))).toThrow(TypeError);
  });
});
