import { Hono } from 'hono';
import { expect, test } from 'vitest';
import { serveApp } from '../../../test/serve-app.js';
import type { MockEnv } from '../../mock-env.js';
import { matchOperation } from './index.js';

async function matched(method: string, path: string) {
  const app = new Hono<MockEnv>();
  app.use(matchOperation());
  app.all('*', (c) =>
    c.json({ pathname: c.var.pathname, operationId: c.var.operation?.operationId ?? null }),
  );
  const { url } = await serveApp(app);
  return (await fetch(`${url}${path}`, { method })).json();
}

test.each([
  ['GET', '/v1/sessions/XXX-1/photos', 'listSessionPhotos'],
  ['POST', '/v1/sessions?x=1', 'createSession'],
  ['DELETE', '/v1/callbacks/SESSION:COMPLETE', 'deleteCallback'],
])('finds the operation for %s %s', async (method, path, operationId) => {
  expect(await matched(method, path)).toMatchObject({ operationId });
});

test('keeps the path as sent, percent-escapes included', async () => {
  expect(await matched('GET', '/v1/sessions/A%2FB')).toEqual({
    pathname: '/v1/sessions/A%2FB',
    operationId: 'getSession',
  });
});

test('finds nothing for a path or method outside the spec', async () => {
  expect(await matched('GET', '/v2/sessions')).toMatchObject({ operationId: null });
  expect(await matched('PATCH', '/v1/sessions/XXX-1')).toMatchObject({ operationId: null });
});
