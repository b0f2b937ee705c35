/** The portal's Node HTTP server: the app behind the time limits a slow client meets. */

import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { portalLimits } from './portal-limits.js';

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
  return createAdaptorServer({
    fetch,
    serverOptions: {
      headersTimeout: headersMs,
      requestTimeout: requestMs,
      connectionsCheckingInterval: Math.min(1_000, headersMs, requestMs),
    },
  }) as Server;
}
