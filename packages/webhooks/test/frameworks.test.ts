/** The handler mounted as the README shows, in Hono and in Express. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import express from 'express';
import { Hono } from 'hono';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createWebhookHandler, toNodeListener } from '../src/index.js';
import { exchange, type LoopbackServer, listenOnLoopback, send } from './loopback-server.js';

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

describe('Hono on @hono/node-server', () => {
  let honoServer: Server | undefined;

  afterEach(async () => {
    honoServer?.closeAllConnections();
    await new Promise((resolve) => honoServer?.close(resolve) ?? resolve(undefined));
    honoServer = undefined;
  });

  async function serveHono(maxBodyBytes?: number) {
    const onStatusChange = vi.fn();
    const handler = createWebhookHandler({
      headers,
      on: { 'SESSION:STATUS_CHANGE': onStatusChange },
      ...(maxBodyBytes ? { maxBodyBytes } : {}),
    });
    const app = new Hono();
    app.post('/pave/webhooks', (c) => handler(c.req.raw));
    honoServer = createAdaptorServer({ fetch: app.fetch }) as Server;
    await new Promise<void>((resolve) => honoServer?.listen(0, '127.0.0.1', resolve));
    return { port: (honoServer.address() as AddressInfo).port, onStatusChange };
  }

  test('a delivery reaches its handler; a stranger gets 401 without its body being awaited', async () => {
    const { port, onStatusChange } = await serveHono();
    const delivered = await exchange(port, {
      path: '/pave/webhooks',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(change),
    });
    expect(delivered.status).toBe(200);
    expect(onStatusChange).toHaveBeenCalledWith(change);

    const stranger = send(port, {
      path: '/pave/webhooks',
      headers: { 'content-type': 'application/json', 'content-length': String(2 ** 30) },
    });
    stranger.write('{"event": "SESSION:STATUS_CHANGE", "padding": "');
    expect((await stranger.answer).status).toBe(401);
    expect(onStatusChange).toHaveBeenCalledOnce();
  });

  test('a body that passes the limit while it arrives gets its 413 before the connection ends', async () => {
    const { port, onStatusChange } = await serveHono(64 * 1024);
    const sending = send(port, {
      path: '/pave/webhooks',
      headers: { ...headers, 'content-type': 'application/json' },
    });
    sending.write('{"event": "SESSION:STATUS_CHANGE", "padding": "');
    let answered = false;
    sending.answer.then(
      () => (answered = true),
      () => (answered = true),
    );
    for (let sent = 0; !answered && sent < 64 * 1024 * 1024; sent += 16 * 1024) {
      if (!sending.write('x'.repeat(16 * 1024))) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const answer = await sending.answer;
    expect(answer.status).toBe(413);
    expect(onStatusChange).not.toHaveBeenCalled();
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
