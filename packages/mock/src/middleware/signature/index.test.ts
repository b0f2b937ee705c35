import { createAuthHeaders } from '@pave-kit/auth';
import { Hono } from 'hono';
import { describe, expect, test } from 'vitest';
import { head, openRaw } from '../../../test/raw-http.js';
import { serveApp } from '../../../test/serve-app.js';
import type { MockEnv } from '../../mock-env.js';
import { signature } from './index.js';

const account = { username: 'demo', apiKey: 'key_123', apiSecret: 'secret_456' };

/** An app whose handler reads the body and counts the calls that got past the check. */
async function serveChecked(credentials = [account]) {
  const passed: string[] = [];
  const app = new Hono<MockEnv>();
  app.use(signature({ credentials, now: () => new Date() }));
  app.all('*', async (c) => {
    passed.push(await c.req.text());
    return c.json({ passed: true });
  });
  return { ...(await serveApp(app)), passed };
}

describe('signature', () => {
  test('lets a correctly signed request through', async () => {
    const { url, passed } = await serveChecked();
    const response = await fetch(`${url}/v1/sessions`, {
      method: 'POST',
      headers: createAuthHeaders(account),
      body: 'hello',
    });
    expect(response.status).toBe(200);
    expect(passed).toEqual(['hello']);
  });

  test('lets anything through when no credentials are given', async () => {
    const { url, passed } = await serveChecked([]);
    expect((await fetch(`${url}/v1/callbacks`)).status).toBe(200);
    expect(passed).toHaveLength(1);
  });

  test('answers a wrong signature with 401 naming the header, keeping the connection', async () => {
    const { url, passed } = await serveChecked();
    const response = await fetch(`${url}/v1/callbacks`, {
      headers: createAuthHeaders({ ...account, apiSecret: 'guessed' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: expect.stringContaining('API-Token') });
    expect(response.headers.get('connection')).not.toBe('close');
    expect(passed).toEqual([]);
  });

  test('refuses an unsigned body from the headers and closes instead of reading it', async () => {
    const { port, passed } = await serveChecked();
    const connection = openRaw(port);
    await connection.write(
      head('POST /v1/sessions HTTP/1.1', ['Host: 127.0.0.1', 'Content-Length: 1000000']),
    );
    const answer = await connection.answer;
    expect(answer.status).toBe(401);
    expect(answer.headers.connection).toBe('close');
    await connection.closed;
    expect(passed).toEqual([]);
  });
});
