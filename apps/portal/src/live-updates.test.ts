import { type AddressInfo, connect, type Socket } from 'node:net';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { jsonAnswer, stubPaveClient } from '../test/stub-pave.js';
import { createPortalApp } from './create-portal-app.js';
import { createLiveUpdates } from './live-updates.js';
import { createPortalServer } from './portal-server.js';

const decoder = new TextDecoder();

/** Reads what has arrived on a stream so far, without waiting more than a moment for more. */
function streamText(body: ReadableStream<Uint8Array> | null | undefined) {
  if (!body) throw new Error('no stream');
  const reader = body.getReader();
  // A read still waiting when `some()` returned: the next call takes its chunk.
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | undefined;
  return {
    async some(): Promise<string> {
      let text = '';
      for (;;) {
        pending ??= reader.read();
        const next = await Promise.race([
          pending,
          new Promise<'idle'>((resolve) => setTimeout(() => resolve('idle'), 20)),
        ]);
        if (next === 'idle') return text;
        pending = undefined;
        if (next.done) return `${text}<end>`;
        text += decoder.decode(next.value);
      }
    },
    cancel: () => reader.cancel(),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createLiveUpdates', () => {
  test('opens an event stream that greets, then carries each published event as JSON', async () => {
    const live = createLiveUpdates({ maxStreams: 2, heartbeatMs: 60_000 });
    const response = live.open();
    expect(response?.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response?.headers.get('cache-control')).toBe('no-store');
    const stream = streamText(response?.body);
    expect(await stream.some()).toBe('retry: 3000\n: live updates from PAVE webhooks\n\n');

    live.publish('session', { session_key: 'TOA-QGMWRCHHGB', note: 'two\nlines' });
    expect(await stream.some()).toBe(
      'event: session\ndata: {"session_key":"TOA-QGMWRCHHGB","note":"two\\nlines"}\n\n',
    );
    expect(() => live.publish('a\nb', {})).toThrow('one line');
    live.close();
  });

  test('refuses a stream past the limit, and takes one again once another is gone', async () => {
    const live = createLiveUpdates({ maxStreams: 2, heartbeatMs: 60_000 });
    const first = live.open();
    const second = live.open();
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(live.open()).toBeUndefined();
    expect(live.openStreams).toBe(2);

    await first?.body?.cancel();
    expect(live.openStreams).toBe(1);
    expect(live.open()).toBeDefined();
    live.close();
  });

  test('sends a heartbeat while idle, and stops the timer once no stream is open', async () => {
    vi.useFakeTimers();
    const live = createLiveUpdates({ maxStreams: 2, heartbeatMs: 15_000 });
    const response = live.open();
    if (!response?.body) throw new Error('no stream');
    const reader = response.body.getReader();
    await reader.read();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(15_000);
    expect(decoder.decode((await reader.read()).value)).toBe(': heartbeat\n\n');
    await reader.cancel();
    expect(vi.getTimerCount()).toBe(0);
  });

  test('close ends every stream cleanly and refuses new ones', async () => {
    const live = createLiveUpdates({ maxStreams: 5, heartbeatMs: 60_000 });
    const streams = [live.open(), live.open()].map((response) => streamText(response?.body));
    live.close();
    for (const stream of streams) expect(await stream.some()).toMatch(/<end>$/);
    expect(live.openStreams).toBe(0);
    expect(live.open()).toBeUndefined();
  });

  test('drops a stream whose reader fell far behind, queue and all, and keeps serving the others', async () => {
    const live = createLiveUpdates({ maxStreams: 5, heartbeatMs: 60_000 });
    const stalled = live.open();
    const reading = streamText(live.open()?.body);
    const big = 'x'.repeat(64 * 1024);
    for (let index = 0; index < 8; index += 1) {
      live.publish('session', { big });
      expect(await reading.some()).toContain(big);
    }
    expect(live.openStreams).toBe(1);
    // Nothing of what it fell behind on is kept for it: the stream is errored, not left to drain.
    await expect(stalled?.body?.getReader().read()).rejects.toThrow('fell too far behind');
    live.close();
  });

  test('over HTTP, a page that stops reading has its connection closed by the portal, quietly', async () => {
    const live = createLiveUpdates({ maxStreams: 5, heartbeatMs: 60_000 });
    const app = createPortalApp({ client: stubPaveClient(() => jsonAnswer(500, {})), live });
    const server = createPortalServer(app.fetch);
    // A dropped page is the portal doing its job, not a failure for the server to report.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => {});
    const serverSide = new Promise<Socket>((resolve) => server.once('connection', resolve));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const page = connect(port, '127.0.0.1');
    page.on('error', () => {});
    try {
      page.write(`GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
      // The page reads the answer's start, then stops reading, as a tab put to sleep does.
      await new Promise((resolve) => page.once('data', resolve));
      page.pause();
      const socket = await serverSide;
      const gone = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      let closed = false;
      void gone.then(() => (closed = true));
      await vi.waitFor(() => expect(live.openStreams).toBe(1));
      // Enough to fill the socket buffers on both sides, then the stream's own 256 KiB.
      const big = 'x'.repeat(64 * 1024);
      for (let sent = 0; live.openStreams > 0 && sent < 4096; sent += 1) {
        live.publish('session', { big });
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(live.openStreams).toBe(0);
      await vi.waitFor(() => expect(closed).toBe(true), { timeout: 10_000, interval: 20 });
      expect(reported).not.toHaveBeenCalled();
    } finally {
      reported.mockRestore();
      page.destroy();
      live.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
