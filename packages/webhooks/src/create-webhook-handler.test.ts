import { afterEach, describe, expect, test, vi } from 'vitest';
import { webhookExample } from '../test/spec-examples.js';
import { createWebhookHandler } from './create-webhook-handler.js';
import type { WebhookHandlerOptions } from './webhook-options.js';

const secret = 'Bearer 8f1c-registered-with-pave';
const registered = { Authorization: secret };

/** The spec's own example of a completed session's results. */
const completed = webhookExample('SESSION:COMPLETE') as { session: Record<string, unknown> };
const photoTaken = {
  event: 'SESSION:STAGE_CHANGE',
  session_key: 'XXX-ABCDE12345',
  photo_url: 'https://photos.example.com/1.jpg',
  photo_status: 'ACCEPTED',
};

/** A body that counts how much of it was pulled, to show what the handler did not read. */
function countedBody(text: string) {
  const stats = { pulls: 0 };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        stats.pulls += 1;
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return { body, stats };
}

function delivery(
  body: unknown,
  {
    headers = registered as Record<string, string>,
    method = 'POST',
    type = 'application/json',
  } = {},
): Request {
  return new Request('http://localhost/pave/webhooks', {
    method,
    headers: { 'content-type': type, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function handlerWith(overrides: Partial<WebhookHandlerOptions> = {}) {
  const onComplete = vi.fn();
  const onStageChange = vi.fn();
  const onError = vi.fn();
  const handler = createWebhookHandler({
    headers: registered,
    on: { 'SESSION:COMPLETE': onComplete, 'SESSION:STAGE_CHANGE': onStageChange },
    onError,
    ...overrides,
  });
  return { handler, onComplete, onStageChange, onError };
}

async function answerOf(response: Response) {
  return { status: response.status, body: await response.json() };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the registered headers', () => {
  test.each([
    ['no header', {}],
    ['a wrong value', { Authorization: 'Bearer guess' }],
    ['the value in another header', { 'X-Authorization': secret }],
  ])('%s: 401, the body never read and no handler called', async (_, headers) => {
    const { handler, onComplete } = handlerWith();
    const { body, stats } = countedBody(JSON.stringify(completed));
    const request = new Request('http://localhost/', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      duplex: 'half',
    } as RequestInit);
    const response = await handler(request);
    expect(await answerOf(response)).toEqual({
      status: 401,
      body: { message: 'The call does not carry the headers registered with PAVE.' },
    });
    expect(response.headers.get('connection')).toBe('close');
    expect(stats.pulls).toBe(0);
    expect(onComplete).not.toHaveBeenCalled();
  });

  test('the right value: the body is read and the handler called', async () => {
    const { handler, onComplete } = handlerWith();
    const { body, stats } = countedBody(JSON.stringify(completed));
    const request = new Request('http://localhost/', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: secret },
      body,
      duplex: 'half',
    } as RequestInit);
    expect((await handler(request)).status).toBe(200);
    expect(stats.pulls).toBeGreaterThan(0);
    expect(onComplete).toHaveBeenCalledWith(completed);
  });

  test('are checked before the method, so a stranger learns nothing', async () => {
    const { handler } = handlerWith();
    const response = await handler(new Request('http://localhost/', { method: 'GET' }));
    expect(response.status).toBe(401);
  });
});

describe('what is refused before the body is parsed', () => {
  test('GET and HEAD: 405 with the methods that carry a body', async () => {
    const { handler } = handlerWith();
    for (const method of ['GET', 'HEAD']) {
      const response = await handler(
        new Request('http://localhost/', { method, headers: registered }),
      );
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST, PUT, PATCH, DELETE');
    }
  });

  test('a method a callback was registered with, such as PUT, is served like POST', async () => {
    const { handler, onComplete } = handlerWith();
    expect((await handler(delivery(completed, { method: 'PUT' }))).status).toBe(200);
    expect(onComplete).toHaveBeenCalledOnce();
  });

  test.each([
    'text/plain',
    'application/x-www-form-urlencoded',
    'application/jsonp',
    'text/json',
    '',
  ])('Content-Type %j: 415, body unread', async (type) => {
    const { handler, onComplete } = handlerWith();
    const response = await handler(delivery(completed, { type }));
    expect(await answerOf(response)).toEqual({
      status: 415,
      body: { message: 'The body must be JSON (Content-Type: application/json).' },
    });
    expect(response.headers.get('connection')).toBe('close');
    expect(onComplete).not.toHaveBeenCalled();
  });

  test.each([
    'application/json',
    'application/json; charset=utf-8',
    'Application/JSON',
    'application/vnd.pave+json',
  ])('Content-Type %j is JSON', async (type) => {
    const { handler } = handlerWith();
    expect((await handler(delivery(completed, { type }))).status).toBe(200);
  });

  test('a body past maxBodyBytes: 413 naming the limit', async () => {
    const { handler, onComplete } = handlerWith({ maxBodyBytes: 200 });
    const padded = { ...completed, padding: 'x'.repeat(200) };
    const response = await handler(delivery(padded));
    expect(await answerOf(response)).toEqual({
      status: 413,
      body: { message: 'The body is larger than the 200 bytes accepted.' },
    });
    expect(response.headers.get('connection')).toBe('close');
    expect(onComplete).not.toHaveBeenCalled();
  });

  test('a body that does not finish within bodyTimeoutMs: 408', async () => {
    vi.useFakeTimers();
    try {
      const { handler } = handlerWith({ bodyTimeoutMs: 5_000 });
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"event": '));
        },
      });
      const answer = handler(
        new Request('http://localhost/', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...registered },
          body,
          duplex: 'half',
        } as RequestInit),
      );
      await vi.advanceTimersByTimeAsync(5_000);
      const response = await answer;
      expect(await answerOf(response)).toEqual({
        status: 408,
        body: { message: 'The body did not arrive within 5000 ms.' },
      });
      expect(response.headers.get('connection')).toBe('close');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the body', () => {
  test('malformed JSON: 400 naming the body', async () => {
    const { handler } = handlerWith();
    const { status, body } = await answerOf(await handler(delivery('{"event": "SESSION:')));
    expect(status).toBe(400);
    expect(body.message).toBe('The body is not valid JSON.');
    expect(body.errors).toEqual({ body: ['must be valid JSON'] });
  });

  test('without an event: 400 saying how to register one', async () => {
    const { handler, onStageChange } = handlerWith();
    const { event: _, ...unnamed } = photoTaken;
    const { status, body } = await answerOf(await handler(delivery(unnamed)));
    expect(status).toBe(400);
    expect(body.errors.event[0]).toMatch(/register the callback with payload \{"event"/);
    expect(onStageChange).not.toHaveBeenCalled();
  });

  test('breaking the event schema: 400 naming each field as @pave-kit/contract does', async () => {
    const { handler, onStageChange } = handlerWith();
    const broken = { ...photoTaken, session_key: '', photo_url: 'not a url' };
    const { status, body } = await answerOf(await handler(delivery(broken)));
    expect(status).toBe(400);
    expect(body.message).toBe('The SESSION:STAGE_CHANGE body does not match the spec.');
    expect(Object.keys(body.errors).sort()).toEqual(['photo_url', 'session_key']);
    expect(body.errors.photo_url).toEqual([
      'must be an absolute URL (such as https://example.com/done), got "not a url"',
    ]);
    expect(body.errors.session_key).toEqual(['must be at least 1 characters, got 0']);
    expect(onStageChange).not.toHaveBeenCalled();
  });

  test('a nested field is named with its path', async () => {
    const { handler } = handlerWith();
    const broken = { ...completed, session: { ...completed.session, session_key: 12 } };
    const { status, body } = await answerOf(await handler(delivery(broken)));
    expect(status).toBe(400);
    expect(Object.keys(body.errors)).toEqual(['session.session_key']);
  });

  test('fields the registered payload merged in are kept for the handler', async () => {
    const { handler, onStageChange } = handlerWith();
    const merged = { ...photoTaken, source: 'PAVE', dealer: { id: 7 } };
    expect((await handler(delivery(merged))).status).toBe(200);
    expect(onStageChange).toHaveBeenCalledWith(merged);
  });
});

describe('the answer', () => {
  test('200 once the handler has resolved, not before', async () => {
    let finish: () => void = () => {};
    const { handler, onComplete } = handlerWith();
    onComplete.mockImplementation(() => new Promise<void>((resolve) => (finish = resolve)));
    let answered = false;
    const answer = handler(delivery(completed)).then((response) => {
      answered = true;
      return response;
    });
    await vi.waitFor(() => expect(onComplete).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answered).toBe(false);
    finish();
    expect(await answerOf(await answer)).toEqual({
      status: 200,
      body: { message: 'SESSION:COMPLETE received.' },
    });
  });

  test('a handler that throws: 500 without its text, and onError is told', async () => {
    const { handler, onComplete, onError } = handlerWith();
    const error = new Error(`database password hunter2 rejected (${secret})`);
    onComplete.mockRejectedValue(error);
    const response = await handler(delivery(completed));
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toEqual({ message: 'The SESSION:COMPLETE handler failed.' });
    expect(text).not.toContain('hunter2');
    expect(onError).toHaveBeenCalledWith(error, { event: 'SESSION:COMPLETE' });
  });

  test('a handler that throws synchronously is a 500 too', async () => {
    const { handler, onStageChange } = handlerWith();
    onStageChange.mockImplementation(() => {
      throw new TypeError('bad');
    });
    expect((await handler(delivery(photoTaken))).status).toBe(500);
  });

  test('an onError that throws still gives the 500', async () => {
    const { handler, onComplete } = handlerWith({
      onError: () => {
        throw new Error('the logger is down');
      },
    });
    onComplete.mockRejectedValue(new Error('boom'));
    expect((await handler(delivery(completed))).status).toBe(500);
  });

  test('an event without a handler: 200, ignored, even with a body its schema refuses', async () => {
    const { handler, onComplete, onStageChange } = handlerWith();
    const note = { event: 'SESSION:STATUS_CHANGE', session_key: 12 };
    expect(await answerOf(await handler(delivery(note)))).toEqual({
      status: 200,
      body: { message: 'SESSION:STATUS_CHANGE has no handler here; acknowledged and ignored.' },
    });
    expect(onComplete).not.toHaveBeenCalled();
    expect(onStageChange).not.toHaveBeenCalled();
  });

  test('an event the spec does not define: 200, ignored', async () => {
    const { handler } = handlerWith();
    expect(await answerOf(await handler(delivery({ event: 'SESSION:ARCHIVED' })))).toEqual({
      status: 200,
      body: { message: 'The event is not one the PAVE spec defines; acknowledged and ignored.' },
    });
  });

  test('no answer, of any status, holds a registered header value', async () => {
    const { handler, onComplete } = handlerWith({ maxBodyBytes: 20_000 });
    onComplete.mockRejectedValue(new Error(secret));
    const requests = [
      delivery(completed, { headers: {} }),
      delivery(completed, { headers: { Authorization: `${secret}x` } }),
      new Request('http://localhost/', { headers: registered }),
      delivery(completed, { type: 'text/plain' }),
      delivery({ ...completed, padding: 'x'.repeat(20_000) }),
      delivery(`{"event": "${secret}`),
      delivery({ ...photoTaken, photo_url: 'not a url' }),
      delivery({ event: 'SESSION:ARCHIVED' }),
      delivery(completed),
      delivery(photoTaken),
    ];
    const statuses = [];
    for (const request of requests) {
      const response = await handler(request);
      statuses.push(response.status);
      const everything = `${[...response.headers].join('\n')}\n${await response.text()}`;
      expect(everything).not.toContain('8f1c-registered-with-pave');
    }
    expect(statuses).toEqual([401, 401, 405, 415, 413, 400, 400, 200, 500, 200]);
  });
});
