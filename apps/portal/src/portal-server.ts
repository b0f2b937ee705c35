/** The portal's Node HTTP server: the app behind the time limits a slow client meets. */

import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { type BannerErrorBody, unexpectedMessage } from './failure-answer.js';
import { portalLimits } from './portal-limits.js';

/**
 * Called when no Request could be built, i.e. the Host header (or the target with it) is not a
 * URL: the adapter's own answer would be a bare 400 that tells the page nothing.
 */
function unreadableRequest(error: unknown): Response {
  if (!(error instanceof Error) || error.name !== 'RequestError') {
    console.error('portal: unexpected failure', error);
    const body: BannerErrorBody = { error: { kind: 'unexpected', message: unexpectedMessage } };
    return Response.json(body, { status: 500 });
  }
  const reason = error.message;
  const body: BannerErrorBody = {
    error: {
      kind: 'bad-request',
      message: `The request's Host header and path do not make a URL the portal can serve (${reason}).`,
    },
  };
  return Response.json(body, { status: 400, headers: { connection: 'close' } });
}

export interface ClientTimeouts {
  /** How long a client may take to send its headers; default `portalLimits.headersTimeoutMs`. */
  headersMs?: number;
  /** How long it may take to send the whole request; default `portalLimits.requestTimeoutMs`. */
  requestMs?: number;
}

/**
 * Node answers 408 and closes the connection once a client is past either limit, idle new
 * connections included. It looks for such clients only every `connectionsCheckingInterval`
 * (30 s by default), which would let a limit run late by that much, so it looks every second.
 */
export function createPortalServer(
  fetch: (request: Request) => Response | Promise<Response>,
  {
    headersMs = portalLimits.headersTimeoutMs,
    requestMs = portalLimits.requestTimeoutMs,
  }: ClientTimeouts = {},
): Server {
  return createServer(
    {
      headersTimeout: headersMs,
      requestTimeout: requestMs,
      connectionsCheckingInterval: Math.min(1_000, headersMs, requestMs),
    },
    getRequestListener(fetch, { errorHandler: unreadableRequest }),
  );
}
