/** Server-Sent Events to the open pages: what PAVE's webhooks said, as it arrives. */

export interface LiveUpdatesOptions {
  /** Streams open at once; past it `open()` gives undefined (the route answers 503). */
  maxStreams: number;
  /** How often an idle stream gets a comment line, so proxies and browsers keep it open. */
  heartbeatMs: number;
}

export interface LiveUpdates {
  /**
   * A `text/event-stream` response for one page, or undefined when `maxStreams` are open.
   * `abort` ends the page's connection at once; it is how a reader that fell too far behind is
   * dropped (without it, the stream is errored, which servers log as a failure).
   */
  open(abort?: () => void): Response | undefined;
  /** Sends `event` with `data` as JSON to every open stream. */
  publish(event: string, data: unknown): void;
  /** How many streams are open. */
  readonly openStreams: number;
  /** Whether `close()` was called: `open()` then refuses every page. */
  readonly closed: boolean;
  /** Ends every stream, and refuses new ones: for shutdown. */
  close(): void;
}

const encoder = new TextEncoder();

/**
 * A page that stops reading (a laptop put to sleep) must not make the portal hold everything
 * sent since: a stream this many bytes behind is ended, and the page reconnects when it wakes.
 */
const maxQueuedBytes = 256 * 1024;

// Tells the browser how long to wait before reconnecting, and sends the headers at once.
const greeting = encoder.encode('retry: 3000\n: live updates from PAVE webhooks\n\n');
const heartbeat = encoder.encode(': heartbeat\n\n');

export function createLiveUpdates({ maxStreams, heartbeatMs }: LiveUpdatesOptions): LiveUpdates {
  const streams = new Set<ReadableStreamDefaultController<Uint8Array>>();
  const aborts = new WeakMap<ReadableStreamDefaultController<Uint8Array>, () => void>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let closed = false;

  const forget = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    streams.delete(controller);
    if (streams.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  const end = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    forget(controller);
    try {
      controller.close();
    } catch {
      // Already closed or cancelled by the client going away.
    }
  };

  // Not `close()`: that would keep the queue until the reader took it all, and the connection
  // with it, no longer counted against `maxStreams`. Ending the connection makes the server
  // cancel the body, which drops its queue; an errored stream drops it too, and the server
  // destroys the connection, but reports it as a failed answer.
  const drop = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    forget(controller);
    const abort = aborts.get(controller);
    if (abort) abort();
    else controller.error(new Error('the page fell too far behind its live-update stream'));
  };

  const send = (chunk: Uint8Array) => {
    for (const controller of [...streams]) {
      if ((controller.desiredSize ?? 0) < -maxQueuedBytes) {
        drop(controller);
        continue;
      }
      try {
        controller.enqueue(chunk);
      } catch {
        // A stream that ended under it: one page's connection must not fail the others'.
        end(controller);
      }
    }
  };

  return {
    open(abort) {
      if (closed || streams.size >= maxStreams) return undefined;
      let own: ReadableStreamDefaultController<Uint8Array> | undefined;
      const body = new ReadableStream<Uint8Array>(
        {
          start(controller) {
            own = controller;
            streams.add(controller);
            if (abort) aborts.set(controller, abort);
            controller.enqueue(greeting);
          },
          // The page went away: @hono/node-server cancels the body when the connection closes.
          cancel() {
            if (own) end(own);
          },
        },
        // Counted in bytes, so `desiredSize` says how far behind a reader is.
        { highWaterMark: 0, size: (chunk) => chunk.byteLength },
      );
      if (timer === undefined) {
        timer = setInterval(() => send(heartbeat), heartbeatMs);
        // Open streams alone must not keep a process alive that is otherwise done.
        timer.unref?.();
      }
      return new Response(body, {
        headers: {
          'Content-Type': 'text/event-stream; charset=utf-8',
          'Cache-Control': 'no-store',
          // Tells proxies such as nginx to pass each event on at once instead of buffering.
          'X-Accel-Buffering': 'no',
          // A stream is the whole life of its connection: once it ends, so does the connection,
          // and a portal shutting down is not kept waiting for it to idle out.
          Connection: 'close',
        },
      });
    },
    publish(event, data) {
      if (/[\r\n]/.test(event)) throw new TypeError('an event name must be one line');
      // JSON.stringify escapes line breaks inside strings, so the data is always one line.
      send(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
    },
    get openStreams() {
      return streams.size;
    },
    get closed() {
      return closed;
    },
    close() {
      closed = true;
      for (const controller of [...streams]) end(controller);
    },
  };
}
