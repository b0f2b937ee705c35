import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningMock, startMock } from '../../start-mock.js';

let mock: RunningMock;
beforeAll(async () => {
  // Signatures checked: the page is public all the same.
  mock = await startMock({
    credentials: { username: 'docs', apiKey: 'key_docs', apiSecret: 'secret_docs_value' },
  });
});
afterAll(() => mock.close());

describe('GET /docs', () => {
  test('serves the API reference built from the spec, without credentials', async () => {
    const response = await fetch(`${mock.url}/docs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('createSession');
    expect(html).toContain('HMAC-SHA256');
    expect(html).toContain('{username}:{api_key}@{timestamp}');
  });

  test('the API itself still wants a signature', async () => {
    expect((await fetch(`${mock.url}/v1/callbacks`)).status).toBe(401);
    expect(mock.violations).toEqual([]);
  });
});
