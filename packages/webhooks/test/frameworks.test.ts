/** The handler mounted as the README shows, in Hono and in Express. */
import express from 'express';
import { Hono } from 'hono';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createWebhookHandler, toNodeListener } from '../src/index.js';
import { exchange, type LoopbackServer, listenOnLoopback } from './loopback-server.js';

const headers = { Authorization: 'Bearer registered' };
const change = {
  event: 'SESSION:STATUS_CHANGE',
  session_key: 'XXX-ABCDE12345',
  status: 'QC_PASSED',
};

function handlerAndSpy() {
  const onStatusChange = vi.fn();
  const handler = createWebhookHandler({
    headers,
    on: { 'SESSION:STATUS_CHANGE': onStatusChange },
  });
  return { handler, onStatusChange };
}

let server: LoopbackServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('Hono', () => {
  test('app.post(path, (c) => handler(c.req.raw))', async () => {
    const { handler, onStatusChange } = handlerAndSpy();
    const app = new Hono();
    app.post('/pave/webhooks', (c) => handler(c.req.raw));
    const delivered = await app.request('/pave/webhooks', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(change),
    });
    expect(delivered.status).toBe(200);
    expect(onStatusChange).toHaveBeenCalledWith(change);
    const stranger = await app.request('/pave/webhooks', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(change),
    });
    expect(stranger.status).toBe(401);
    expect(onStatusChange).toHaveBeenCalledOnce();
  });
});

describe('Express', () => {
  test('app.post(path, toNodeListener(handler)), beside routes that parse JSON themselves', async () => {
    const { handler, onStatusChange } = handlerAndSpy();
    const app = express();
    app.post('/pave/webhooks', toNodeListener(handler));
    app.use('/api', express.json());
    app.post('/api/echo', (request, response) => {
      response.json(request.body);
    });
    server = await listenOnLoopback(app);

    const delivered = await exchange(server.port, {
      path: '/pave/webhooks',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(change),
    });
    expect(delivered.status).toBe(200);
    expect(onStatusChange).toHaveBeenCalledWith(change);

    const malformed = await exchange(server.port, {
      path: '/pave/webhooks',
      headers: { ...headers, 'content-type': 'application/json' },
      body: '{',
    });
    expect(malformed.status).toBe(400);

    const echoed = await exchange(server.port, {
      path: '/api/echo',
      headers: { 'content-type': 'application/json' },
      body: '{"still": "works"}',
    });
    expect(JSON.parse(echoed.body)).toEqual({ still: 'works' });
  });
});
