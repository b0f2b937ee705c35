import { Hono } from 'hono';
import { describe, expect, test } from 'vitest';
import { head, openRaw } from '../../../test/raw-http.js';
import { serveApp } from '../../../test/serve-app.js';
import type { MockEnv } from '../../mock-env.js';
import { readBody } from './index.js';

async function serveReader(maxBytes = 100) {
  const app = new Hono<MockEnv>();
  app.use(readBody({ maxBytes }));
  app.all('*', (c) =>
    c.json({ bytes: c.var.body.byteLength, outsideContract: c.var.outsideContract ?? false }),
  );
  return serveApp(app);
}

const post = (url: string, body: BodyInit | undefined, headers: Record<string, string> = {}) =>
  fetch(`${url}/x`, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

/** A body of `size` bytes sent in chunks of `chunkSize`, with no Content-Length. */
function chunked(size: number, chunkSize = 16): ReadableStream<Uint8Array> {
  let left = size;
  return new ReadableStream({
    pull(controller) {
      if (left === 0) return controller.close();
      const piece = Math.min(left, chunkSize);
      left -= piece;
      controller.enqueue(new Uint8Array(piece).fill(120));
    },
  });
}

describe('readBody', () => {
  test('reads a body up to the limit, exactly the limit included', async () => {
    const { url } = await serveReader();
    const answer = await post(url, 'x'.repeat(100));
    expect(await answer.json()).toEqual({ bytes: 100, outsideContract: false });
    expect(await (await post(url, chunked(100))).json()).toMatchObject({ bytes: 100 });
  });

  test('gives an empty body to a request without one', async () => {
    const { url } = await serveReader();
    expect(await (await fetch(`${url}/x`)).json()).toMatchObject({ bytes: 0 });
  });

  test('answers 413 to an announced length over the limit, before reading, and closes', async () => {
    const { port } = await serveReader();
    const connection = openRaw(port);
    await connection.write(head('POST /x HTTP/1.1', ['Host: 127.0.0.1', 'Content-Length: 101']));
    const answer = await connection.answer;
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({
      message: 'The request body is larger than the mock accepts: at most 100 bytes.',
    });
    expect(answer.headers.connection).toBe('close');
    await connection.closed;
  });

  test('answers 413 once a chunked body passes the limit', async () => {
    const { url } = await serveReader();
    const answer = await post(url, chunked(101));
    expect(answer.status).toBe(413);
  });

  test('states a limit in whole MiB as MiB', async () => {
    const { url } = await serveReader(1024 * 1024);
    const answer = await post(url, chunked(1024 * 1024 + 1, 64 * 1024));
    expect(await answer.json()).toEqual({
      message: 'The request body is larger than the mock accepts: at most 1 MiB (1048576 bytes).',
    });
  });

  test.each([
    'application/json',
    'application/json; charset=utf-8',
    'application/json;charset="utf-8"',
    'application/vnd.api+json',
    'text/plain',
  ])('accepts the media type %s', async (contentType) => {
    const { url } = await serveReader();
    expect((await post(url, '{}', { 'content-type': contentType })).status).toBe(200);
  });

  test.each([
    'application/json, text/plain',
    'application/json text/plain',
    'json',
    'application/json; charset',
  ])('answers 415 naming a Content-Type that is not one media type: %s', async (contentType) => {
    const { url } = await serveReader();
    const answer = await post(url, '{}', { 'content-type': contentType });
    expect(answer.status).toBe(415);
    expect(await answer.json()).toEqual({
      message: `Content-Type must be one media type, such as application/json; got ${JSON.stringify(contentType)}.`,
    });
  });
});
