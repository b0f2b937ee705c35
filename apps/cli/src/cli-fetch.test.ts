import { describe, expect, test } from 'vitest';
import { createCliFetch } from './cli-fetch.js';

function signedRequest(): Request {
  return new Request('http://127.0.0.1:4010/v1/sessions', {
    method: 'POST',
    headers: { 'API-Key': 'key_123', 'API-Token': 'a'.repeat(64), 'API-Timestamp': 'now' },
    body: '{}',
  });
}

describe('createCliFetch', () => {
  test('adds the Prefer header when asked', async () => {
    let seen: string | null = null;
    const fetch = createCliFetch({
      fetch: async (request) => {
        seen = request.headers.get('prefer');
        return new Response('{}', { status: 201 });
      },
      prefer: 'code=404',
    });
    await fetch(signedRequest());
    expect(seen).toBe('code=404');
  });

  test('sends no Prefer header by default', async () => {
    let seen: string | null = 'unset';
    const fetch = createCliFetch({
      fetch: async (request) => {
        seen = request.headers.get('prefer');
        return new Response('{}');
      },
    });
    await fetch(signedRequest());
    expect(seen).toBeNull();
  });

  test('logs method, URL, status, duration and attempt number, never a header', async () => {
    const lines: string[] = [];
    const fetch = createCliFetch({
      fetch: async () => new Response('{}', { status: 503, statusText: 'Service Unavailable' }),
      log: (line) => lines.push(line),
    });
    await fetch(signedRequest());
    await fetch(signedRequest());
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^POST http:\/\/127\.0\.0\.1:4010\/v1\/sessions -> 503 Service Unavailable in \d+ ms \(attempt 1\)$/,
    );
    expect(lines[1]).toMatch(/\(attempt 2\)$/);
    expect(lines.join('\n')).not.toMatch(/key_123|aaaa|API-/);
  });

  test('logs a network failure with its code and passes the error on', async () => {
    const lines: string[] = [];
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    });
    const fetch = createCliFetch({
      fetch: async () => {
        throw refused;
      },
      log: (line) => lines.push(line),
    });
    await expect(fetch(signedRequest())).rejects.toBe(refused);
    expect(lines[0]).toMatch(/-> no answer \(ECONNREFUSED\) after \d+ ms \(attempt 1\)$/);
  });
});
