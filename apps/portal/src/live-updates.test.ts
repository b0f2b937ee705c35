import { afterEach, describe, expect, test, vi } from 'vitest';
import { createLiveUpdates } from './live-updates.js';

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

  test('ends a stream whose reader fell far behind, and keeps serving the others', async () => {
    const live = createLiveUpdates({ maxStreams: 5, heartbeatMs: 60_000 });
    const stalled = live.open();
    const reading = streamText(live.open()?.body);
    const big = 'x'.repeat(64 * 1024);
    for (let index = 0; index < 8; index += 1) {
      live.publish('session', { big });
      await reading.some();
    }
    expect(live.openStreams).toBe(1);
    expect(await streamText(stalled?.body).some()).toMatch(/<end>$/);
    live.close();
  });
});
