import { Hono } from 'hono';
import { describe, expect, test, vi } from 'vitest';
import { serveApp } from '../../../test/serve-app.js';
import type { MockEnv } from '../../mock-env.js';
import { matchOperation } from '../operation/index.js';
import { guardLogger, type RequestLogEntry, requestLog } from './index.js';

describe('requestLog', () => {
  test('reports method, path as sent, status, operation and note: no headers, no body', async () => {
    const entries: RequestLogEntry[] = [];
    const app = new Hono<MockEnv>();
    app.use(requestLog((entry) => entries.push(entry)));
    app.use(matchOperation());
    app.all('*', (c) => {
      c.set('note', 'answered by the test');
      return c.json({ secret: 'never logged' }, 418);
    });
    const { url } = await serveApp(app);
    await fetch(`${url}/v1/sessions/XXX%2D1`, { headers: { 'API-Token': 'never logged' } });
    expect(entries).toEqual([
      {
        method: 'GET',
        path: '/v1/sessions/XXX%2D1',
        status: 418,
        durationMs: expect.any(Number),
        operationId: 'getSession',
        note: 'answered by the test',
      },
    ]);
  });
});

describe('guardLogger', () => {
  test('reports a callback that throws on stderr instead of throwing', () => {
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const log = guardLogger(() => {
        throw new Error('disk full');
      });
      expect(() => log({ method: 'GET', path: '/', status: 200, durationMs: 1 })).not.toThrow();
      expect(stderr).toHaveBeenCalledWith(
        'pave-mock: the onRequest callback threw: Error: disk full',
      );
    } finally {
      stderr.mockRestore();
    }
  });

  test('accepts no callback at all', () => {
    expect(() =>
      guardLogger(undefined)({ method: 'GET', path: '/', status: 200, durationMs: 1 }),
    ).not.toThrow();
  });
});
