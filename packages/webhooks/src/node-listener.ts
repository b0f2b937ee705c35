/** `toNodeListener`: a web-standard handler as a `node:http` (or Express) request listener. */

import type { IncomingMessage, ServerResponse } from 'node:http';

export type NodeListener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * The body as a stream that reads from the connection only when the handler asks for it: a
 * call refused on its headers leaves its body unread.
 */
function bodyOf(incoming: IncomingMessage): ReadableStream<Uint8Array> {
  let listening = false;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (!listening) {
          listening = true;
          let ended = false;
          incoming.on('data', (chunk: Buffer) => {
            controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            // No more than asked for: the rest waits in the connection, not in memory.
            incoming.pause();
          });
          incoming.once('end', () => {
            ended = true;
            controller.close();
          });
          incoming.once('close', () => {
            if (!ended) controller.error(new Error('the connection closed before the body ended'));
          });
        }
        incoming.resume();
      },
      // Stop reading; the answer's `Connection: close` ends the rest.
      cancel() {
        incoming.pause();
      },
    },
    { highWaterMark: 0 },
  );
}

function toRequest(incoming: IncomingMessage): Request {
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = raw[index] as string;
    // HTTP/2 pseudo-headers (`:path`, ...) are not headers a Request can hold.
    if (!name.startsWith(':')) headers.append(name, raw[index + 1] as string);
  }
  const method = incoming.method ?? 'GET';
  // A fixed origin: the target is only ever read, and `//host/...` must not become a host.
  const target = incoming.url?.startsWith('/') ? incoming.url : '/';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(`http://localhost${target}`, {
    method,
    headers,
    ...(hasBody ? { body: bodyOf(incoming), duplex: 'half' } : {}),
  } as RequestInit);
}

async function respond(
  handler: (request: Request) => Response | Promise<Response>,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<void> {
  let response: Response;
  try {
    response = await handler(toRequest(incoming));
  } catch {
    response = new Response(null, { status: 500 });
  }
  outgoing.statusCode = response.status;
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie') outgoing.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) outgoing.setHeader('set-cookie', cookies);
  if (response.body) await writeBody(response.body, outgoing);
  outgoing.end();
}

/** Resolves once `outgoing` can take more, or is closed. */
function drained(outgoing: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      outgoing.off('drain', done);
      outgoing.off('close', done);
      resolve();
    };
    outgoing.on('drain', done);
    outgoing.on('close', done);
  });
}

/**
 * As fast as the client reads, no faster: otherwise a client that stops reading would have the
 * whole answer held in memory. A client that leaves cancels the body, which is read no further.
 */
async function writeBody(body: ReadableStream<Uint8Array>, outgoing: ServerResponse) {
  const reader = body.getReader();
  const gone = () => {
    reader.cancel().catch(() => {});
  };
  outgoing.once('close', gone);
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      if (outgoing.destroyed) {
        gone();
        break;
      }
      if (!outgoing.write(next.value)) await drained(outgoing);
    }
  } finally {
    outgoing.off('close', gone);
  }
}

/**
 * Adapts `handler` to `http.createServer(listener)` and Express (`app.post(path, listener)`,
 * mounted before any body parser, which would read the body first).
 */
export function toNodeListener(
  handler: (request: Request) => Response | Promise<Response>,
): NodeListener {
  return (incoming, outgoing) => {
    respond(handler, incoming, outgoing).catch(() => outgoing.destroy());
  };
}
