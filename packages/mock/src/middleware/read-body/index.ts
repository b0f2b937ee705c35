// Reads the request body whole, within the mock's size limit, before anything looks at it.
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { announcesBody } from '../../announced-body.js';
import type { MockEnv } from '../../mock-env.js';

export interface ReadBodyOptions {
  /** The largest body read, in bytes. */
  maxBytes: number;
}

const token = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const quotedString = '"(?:[^"\\\\]|\\\\.)*"';
// RFC 9110 media-type: type/subtype and optional parameters. A list such as
// `application/json, text/plain` is not one, whatever a lenient parser makes of it.
const mediaType = new RegExp(
  `^${token}/${token}(?:[ \\t]*;[ \\t]*(?:${token}=(?:${token}|${quotedString}))?)*$`,
);

const empty = new Uint8Array(0);

/**
 * The body, or undefined as soon as more than `maxBytes` have arrived. Read from Node's stream:
 * going through the web `Request` body costs the mock about a millisecond of CPU per request.
 */
function readUpTo(incoming: IncomingMessage, maxBytes: number): Promise<Uint8Array | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (outcome: () => void) => {
      incoming.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      outcome();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      // The rest stays unread; the answer closes the connection instead.
      incoming.pause();
      settle(() => resolve(undefined));
    };
    const onEnd = () => settle(() => resolve(Buffer.concat(chunks, size)));
    const onError = (error: Error) => settle(() => reject(error));
    const onClose = () => settle(() => reject(new Error('the connection closed')));
    incoming.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
    // A client that hung up before this ran sends no more events.
    if (incoming.destroyed) onClose();
  });
}

function describeBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MiB (${bytes} bytes)` : `${bytes} bytes`;
}

/** An answer about the exchange, not the API: the body is left unread and the connection closed. */
function refuse(c: Context<MockEnv>, status: 408 | 413 | 415, message: string) {
  c.set('note', message);
  c.set('outsideContract', true);
  if (announcesBody(c.req.raw.headers)) c.header('connection', 'close');
  return c.json({ message }, status);
}

export function readBody({ maxBytes }: ReadBodyOptions): MiddlewareHandler<MockEnv> {
  const tooLarge = `The request body is larger than the mock accepts: at most ${describeBytes(maxBytes)}.`;
  return async (c, next) => {
    const contentType = c.req.header('content-type');
    if (contentType !== undefined && !mediaType.test(contentType)) {
      return refuse(
        c,
        415,
        `Content-Type must be one media type, such as application/json; got ${JSON.stringify(contentType)}.`,
      );
    }
    if (!announcesBody(c.req.raw.headers)) {
      c.set('body', empty);
      return next();
    }
    if (Number(c.req.header('content-length') ?? 0) > maxBytes) return refuse(c, 413, tooLarge);
    let body: Uint8Array | undefined;
    try {
      body = await readUpTo(c.env.incoming, maxBytes);
    } catch (error) {
      // The client hung up or was cut off by a timeout: nobody reads this answer, the log does.
      return refuse(c, 408, `The request body did not arrive whole: ${String(error)}`);
    }
    if (body === undefined) return refuse(c, 413, tooLarge);
    c.set('body', body);
    await next();
  };
}
