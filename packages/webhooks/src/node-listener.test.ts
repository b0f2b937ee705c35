import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { exchange, type LoopbackServer, listenOnLoopback, send } from '../test/loopback-server.js';
import { toNodeListener } from './node-listener.js';

let server: LoopbackServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: (request: Request) => Response | Promise<Response>) {
  server = await listenOnLoopback(toNodeListener(handler));
  return server;
}

describe('toNodeListener', () => {
  test('hands the handler the method, path, headers and body, and writes its answer back', async () => {
    let seen:
      | { method: string; url: string; headers: [string, string][]; body: string }
      | undefined;
    const { port } = await serve(async (request) => {
      seen = {
        method: request.method,
        url: request.url,
        headers: [...request.headers].filter(([name]) => name.startsWith('x-')),
        body: await request.text(),
      };
      const headers = new Headers({ 'content-type': 'text/plain', 'x-answer': 'yes' });
      headers.append('set-cookie', 'a=1');
      headers.append('set-cookie', 'b=2');
      return new Response('handled', { status: 202, headers });
    });
    const answer = await exchange(port, {
      method: 'PUT',
      path: '/pave/webhooks?try=1',
      headers: { 'X-One': 'first', 'x-many': ['a', 'b'] },
      body: '{"event": "SESSION:COMPLETE"}',
    });
    expect(seen).toEqual({
      method: 'PUT',
      url: 'http://localhost/pave/webhooks?try=1',
      headers: [
        ['x-many', 'a, b'],
        ['x-one', 'first'],
      ],
      body: '{"event": "SESSION:COMPLETE"}',
    });
    expect(answer.status).toBe(202);
    expect(answer.body).toBe('handled');
    expect(answer.headers['x-answer']).toBe('yes');
    expect(answer.headers['set-cookie']).toEqual(['a=1', 'b=2']);
  });

  test.each([
    ['//elsewhere.example/x', 'http://localhost//elsewhere.example/x'],
    ['http://elsewhere.example/x', 'http://localhost/'],
  ])('a request target %s stays on the fixed origin', async (path, url) => {
    let seen = '';
    const { port } = await serve((request) => {
      seen = request.url;
      return new Response(null, { status: 204 });
    });
    expect((await exchange(port, { method: 'GET', path })).status).toBe(204);
    expect(seen).toBe(url);
  });

  test('answers without waiting for a body the handler does not read, and closes the connection', async () => {
    const { port } = await serve(() => new Response('no', { status: 401 }));
    const sending = send(port, { headers: { 'content-length': String(100 * 1024 * 1024) } });
    sending.write('x'.repeat(1024));
    const answer = await sending.answer;
    expect(answer.status).toBe(401);
    expect(answer.headers.connection).toBe('close');
    await sending.closed;
  });

  test('keeps the connection after a body read to its end', async () => {
    const { port } = await serve(async (request) => new Response(await request.text()));
    const answer = await exchange(port, {
      headers: { connection: 'keep-alive' },
      body: 'all of it',
    });
    expect(answer.body).toBe('all of it');
    expect(answer.headers.connection).toBe('keep-alive');
  });

  test('a handler that throws is a 500, and the server goes on serving', async () => {
    let calls = 0;
    const { port } = await serve(() => {
      calls += 1;
      if (calls === 1) throw new Error('boom');
      return new Response('fine');
    });
    expect((await exchange(port, { body: '{}' })).status).toBe(500);
    expect((await exchange(port, { body: '{}' })).body).toBe('fine');
  });

  test('a client that leaves mid-body: the handler sees a body it cannot read', async () => {
    let failure: unknown;
    let started: () => void = () => {};
    const handlerStarted = new Promise<void>((resolve) => (started = resolve));
    let finished: () => void = () => {};
    const handlerFinished = new Promise<void>((resolve) => (finished = resolve));
    const { port } = await serve(async (request) => {
      started();
      try {
        await request.text();
      } catch (error) {
        failure = error;
      }
      finished();
      return new Response(null, { status: 400 });
    });
    const sending = send(port, { headers: { 'content-length': '1000' } });
    sending.write('{"event": ');
    sending.answer.catch(() => {});
    await handlerStarted;
    sending.destroy();
    await handlerFinished;
    expect(failure).toBeInstanceOf(Error);
  });

  test('a body the handler gave up on, then sent to its end, breaks nothing', async () => {
    const { port } = await serve(async (request) => {
      const reader = (request.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      await reader.cancel();
      // Time for the rest of the body to arrive and wait, unread, behind the cancelled stream.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return new Response('enough', { status: 413 });
    });
    const body = 'x'.repeat(256 * 1024);
    for (let round = 0; round < 3; round += 1) {
      const answer = await exchange(port, { headers: { connection: 'keep-alive' }, body });
      expect(answer.status).toBe(413);
    }
  });

  test('writes an answer only as fast as the client reads it, and stops when it leaves', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x78);
    const total = 32 * 1024 * 1024;
    let pulled = 0;
    let cancelled = false;
    const { port } = await serve(
      () =>
        new Response(
          new ReadableStream<Uint8Array>(
            {
              pull(controller) {
                if (pulled >= total) return controller.close();
                pulled += chunk.byteLength;
                controller.enqueue(chunk);
              },
              cancel() {
                cancelled = true;
              },
            },
            { highWaterMark: 0 },
          ),
        ),
    );
    const client = httpRequest({ host: '127.0.0.1', port, method: 'GET', path: '/', agent: false });
    client.on('error', () => {});
    const response = await new Promise<IncomingMessage>((resolve) => {
      client.once('response', resolve);
      client.end();
    });
    // The client stops reading: the socket buffers fill, and then nothing more may be pulled.
    response.pause();
    let seen = -1;
    await vi.waitFor(
      async () => {
        const before = pulled;
        await new Promise((resolve) => setTimeout(resolve, 200));
        seen = pulled;
        expect(pulled).toBe(before);
      },
      { timeout: 20_000, interval: 0 },
    );
    expect(seen).toBeLessThan(total);

    // The client goes away: the answer's stream is cancelled, not read to its end.
    response.destroy();
    await vi.waitFor(() => expect(cancelled).toBe(true), { timeout: 10_000 });
    expect(pulled).toBeLessThan(total);
  });
});
