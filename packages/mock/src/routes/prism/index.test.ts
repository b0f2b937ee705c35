import { Hono } from 'hono';
import { beforeAll, describe, expect, test } from 'vitest';
import { serveApp } from '../../../test/serve-app.js';
import { matchOperation } from '../../middleware/operation/index.js';
import { readBody } from '../../middleware/read-body/index.js';
import type { MockEnv } from '../../mock-env.js';
import { loadPrism, type PrismEngine } from '../../prism-engine.js';
import { prismRoute } from './index.js';

const anyAuth = { 'API-Key': 'k', 'API-Token': 't', 'API-Timestamp': '2021-05-30T12:49:19Z' };
const create = JSON.stringify({ vehicle: { vin: 'JN1CV6AR9BMXXXXXX' } });

let prism: PrismEngine;
beforeAll(async () => {
  prism = await loadPrism({ dynamic: false });
});

async function serveRoute() {
  const app = new Hono<MockEnv>();
  app.use(matchOperation());
  app.use(readBody({ maxBytes: 10_000 }));
  app.all('*', prismRoute(prism));
  return serveApp(app);
}

const post = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/v1/sessions`, {
    method: 'POST',
    headers: { ...anyAuth, 'content-type': 'application/json', ...headers },
    body: create,
  });

describe('prismRoute', () => {
  test('answers a create with 201, the status PAVE documents', async () => {
    const { url } = await serveRoute();
    const answer = await post(url);
    expect(answer.status).toBe(201);
    expect(await answer.json()).toMatchObject({ session_key: expect.any(String) });
  });

  test('keeps a status or an example the caller chose', async () => {
    const { url } = await serveRoute();
    expect((await post(url, { prefer: 'code=200' })).status).toBe(200);
    const sample = await post(url, { prefer: 'example=pave-sample' });
    expect(sample.status).toBe(201);
  });

  test("passes the query on, for Prism's own __code switch", async () => {
    const { url } = await serveRoute();
    const answer = await fetch(`${url}/v1/callbacks?__code=429`, { headers: anyAuth });
    expect(answer.status).toBe(429);
  });

  test("answers a path outside the spec with Prism's 404 problem", async () => {
    const { url } = await serveRoute();
    const answer = await fetch(`${url}/v2/sessions`, { headers: anyAuth });
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
  });

  test('names an example the operation lacks in a 400, where Prism answered 500', async () => {
    const { url } = await serveRoute();
    const answer = await post(url, { prefer: 'example=no-such-example' });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({
      message:
        'Prefer: example=no-such-example is not an example of createSession (examples: created, pave-sample).',
    });
  });

  test('names a status the operation does not declare in a 400', async () => {
    const { url } = await serveRoute();
    const answer = await fetch(`${url}/v1/sessions/ABC`, {
      headers: { ...anyAuth, prefer: 'code=999' },
    });
    expect(answer.status).toBe(400);
    expect((await answer.json()).message).toMatch(/^Prefer: code=999 is not a status getSession/);
  });

  test('answers an Accept no declared answer meets with 406, a chosen status or not', async () => {
    const { url } = await serveRoute();
    for (const prefer of [undefined, 'code=401']) {
      const answer = await fetch(`${url}/v1/sessions/ABC`, {
        headers: { ...anyAuth, accept: 'text/html', ...(prefer ? { prefer } : {}) },
      });
      expect(answer.status).toBe(406);
      expect((await answer.json()).message).toMatch(/^No answer comes in a type the Accept header/);
    }
  });
});
