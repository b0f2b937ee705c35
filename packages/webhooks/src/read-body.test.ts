import { afterEach, describe, expect, test, vi } from 'vitest';
import { readBody } from './read-body.js';

const limits = { maxBytes: 100, timeoutMs: 1_000 };

/** A request whose body stream hands out `chunks` one pull at a time and counts the pulls. */
function streamed(chunks: Iterable<Uint8Array>, headers: Record<string, string> = {}) {
  const source = chunks[Symbol.iterator]();
  const stats = { pulls: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        stats.pulls += 1;
        const next = source.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      cancel() {
        stats.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request('http://localhost/', {
    method: 'POST',
    headers,
    body,
    duplex: 'half',
  } as RequestInit);
  return { request, stats };
}

function* endless(chunk: Uint8Array) {
  for (;;) yield chunk;
}

const bytes = (size: number) => new Uint8Array(size).fill(0x61);

afterEach(() => {
  vi.useRealTimers();
});

describe('readBody', () => {
  test('reads a body in chunks up to exactly the limit', async () => {
    const { request } = streamed([bytes(60), bytes(40)]);
    const read = await readBody(request, limits);
    expect(read).toEqual({ ok: true, bytes: bytes(100) });
  });

  test('an empty body, and a request without one, read as no bytes', async () => {
    expect(await readBody(streamed([]).request, limits)).toEqual({ ok: true, bytes: bytes(0) });
    const bodiless = new Request('http://localhost/', { method: 'DELETE' });
    expect(await readBody(bodiless, limits)).toEqual({ ok: true, bytes: bytes(0) });
  });

  test('one byte past the limit is too large', async () => {
    const { request } = streamed([bytes(60), bytes(41)]);
    expect(await readBody(request, limits)).toEqual({ ok: false, reason: 'too-large' });
  });

  test('a Content-Length past the limit is refused before a byte is read', async () => {
    const { request, stats } = streamed([bytes(10)], { 'content-length': '101' });
    expect(await readBody(request, limits)).toEqual({ ok: false, reason: 'too-large' });
    expect(stats.pulls).toBe(0);
  });

  test('an endless body is abandoned as soon as it passes the limit, whatever it announced', async () => {
    const { request, stats } = streamed(endless(bytes(30)), { 'content-length': '10' });
    expect(await readBody(request, limits)).toEqual({ ok: false, reason: 'too-large' });
    expect(stats.pulls).toBe(4);
    expect(stats.cancelled).toBe(true);
  });

  test('a body still arriving at the deadline is too slow', async () => {
    vi.useFakeTimers();
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes(5));
        // ...and nothing more, ever.
      },
      cancel() {
        cancelled = true;
      },
    });
    const request = new Request('http://localhost/', {
      method: 'POST',
      body,
      duplex: 'half',
    } as RequestInit);
    const read = readBody(request, limits);
    await vi.advanceTimersByTimeAsync(999);
    let settled = false;
    void read.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await read).toEqual({ ok: false, reason: 'too-slow' });
    expect(cancelled).toBe(true);
  });

  test('the deadline is cleared once the body is read', async () => {
    vi.useFakeTimers();
    await readBody(streamed([bytes(5)]).request, limits);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('a body that fails while it is read is unreadable', async () => {
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('connection reset'));
      },
    });
    const request = new Request('http://localhost/', {
      method: 'POST',
      body,
      duplex: 'half',
    } as RequestInit);
    expect(await readBody(request, limits)).toEqual({ ok: false, reason: 'unreadable' });
  });

  test('a body already read elsewhere is unreadable, not a crash', async () => {
    const { request } = streamed([bytes(5)]);
    await request.text();
    expect(await readBody(request, limits)).toEqual({ ok: false, reason: 'unreadable' });
  });
});
