import { Hono } from 'hono';
import { describe, expect, test } from 'vitest';
import { serveApp } from '../../../test/serve-app.js';
import { mockLimits } from '../../limits.js';
import type { MockEnv } from '../../mock-env.js';
import { matchOperation } from '../operation/index.js';
import { readBody } from '../read-body/index.js';
import { bodyCheck } from './index.js';

async function serveChecked() {
  const app = new Hono<MockEnv>();
  app.use(matchOperation());
  app.use(readBody({ maxBytes: 10_000 }));
  app.use(bodyCheck());
  app.all('*', (c) => c.json({ passed: true }));
  return serveApp(app);
}

const send = (url: string, path: string, body: string, contentType = 'application/json') =>
  fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });

describe('bodyCheck', () => {
  test('lets a valid body through', async () => {
    const { url } = await serveChecked();
    const answer = await send(url, '/v1/sessions', '{"vehicle":{"vin":"JN1CV6AR9BMXXXXXX"}}');
    expect(await answer.json()).toEqual({ passed: true });
  });

  test('names each broken field in PAVE shape', async () => {
    const { url } = await serveChecked();
    const answer = await send(url, '/v1/sessions', '{"vehicle":{"vin":"SHORT"},"colour":1}');
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({
      message: 'Required fields are missing or invalid.',
      errors: {
        'vehicle.vin': ['must be 17 characters, got 5'],
        colour: ['is not a known field'],
      },
    });
  });

  test('says when the body is not JSON at all', async () => {
    const { url } = await serveChecked();
    const answer = await send(url, '/v1/sessions', '{"vehicle": ');
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({
      message: expect.stringMatching(/^The request body is not valid JSON: /),
      errors: {},
    });
  });

  test('refuses a body nested past the limit before anything walks it, and takes one at it', async () => {
    const { url } = await serveChecked();
    // The body is one level, `session` two, and `reference` (free-form, an object) the rest.
    const nested = (levels: number) =>
      `{"vehicle":{"vin":"JN1CV6AR9BMXXXXXX"},"session":{"reference":${'{"a":'.repeat(levels - 3)}{}${'}'.repeat(levels - 3)}}}`;
    const atLimit = await send(url, '/v1/sessions', nested(mockLimits.maxJsonNesting));
    expect(await atLimit.json()).toEqual({ passed: true });
    const past = await send(url, '/v1/sessions', nested(mockLimits.maxJsonNesting + 1));
    expect(past.status).toBe(400);
    expect(await past.json()).toEqual({
      message: `The request body nests arrays and objects more than 32 levels deep; the mock accepts at most 32 (PAVE's bodies need 3).`,
      errors: {},
    });
  });

  test('refuses a body of another media type with 415, naming the type', async () => {
    const { url } = await serveChecked();
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'text/html;charset=utf-8',
    ]) {
      const answer = await send(
        url,
        '/v1/sessions',
        '{"vehicle":{"vin":"JN1CV6AR9BMXXXXXX"}}',
        type,
      );
      expect(answer.status).toBe(415);
      expect(await answer.json()).toEqual({
        message: `createSession takes an application/json body; got Content-Type ${JSON.stringify(type)}.`,
      });
    }
  });

  test('leaves JSON media types, empty bodies and paths outside the spec to Prism', async () => {
    const { url } = await serveChecked();
    const vinOnly = '{"vehicle":{"vin":"JN1CV6AR9BMXXXXXX"}}';
    expect((await send(url, '/v1/sessions', vinOnly, 'application/vnd.pave+json')).status).toBe(
      200,
    );
    expect((await send(url, '/v1/sessions', '', 'text/plain')).status).toBe(200);
    expect((await send(url, '/v2/anything', '{"vehicle": ')).status).toBe(200);
  });
});
