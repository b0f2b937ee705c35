import { Hono } from 'hono';
import { describe, expect, test } from 'vitest';
import { serveApp } from '../../../test/serve-app.js';
import type { MockEnv } from '../../mock-env.js';
import { cors } from './index.js';

async function serveWithCors() {
  const calls: string[] = [];
  const app = new Hono<MockEnv>();
  app.use(cors());
  app.all('*', (c) => {
    calls.push(c.req.method);
    return c.json({ answered: true }, 401);
  });
  return { ...(await serveApp(app)), calls };
}

describe('cors', () => {
  test('answers a preflight itself, allowing what was asked', async () => {
    const { url, calls } = await serveWithCors();
    const response = await fetch(`${url}/v1/sessions`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'api-key, api-token, api-timestamp, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'access-control-allow-origin': 'http://localhost:3000',
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'api-key, api-token, api-timestamp, content-type',
      'access-control-allow-credentials': 'true',
    });
    expect(calls).toEqual([]);
  });

  test('adds the CORS headers to every other answer, errors included', async () => {
    const { url } = await serveWithCors();
    const withOrigin = await fetch(`${url}/v1/callbacks`, {
      headers: { origin: 'http://localhost:3000' },
    });
    expect(withOrigin.status).toBe(401);
    expect(withOrigin.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    const without = await fetch(`${url}/v1/callbacks`);
    expect(without.headers.get('access-control-allow-origin')).toBe('*');
    expect(without.headers.get('access-control-expose-headers')).toBe('*');
  });

  test('passes an OPTIONS request that is not a preflight on', async () => {
    const { url, calls } = await serveWithCors();
    await fetch(`${url}/v1/callbacks`, { method: 'OPTIONS' });
    expect(calls).toEqual(['OPTIONS']);
  });
});
