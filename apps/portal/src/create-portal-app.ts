/** The whole portal as one Hono app: the page, its JSON API and a health check. */

import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { PaveClient } from '@pave-kit/client';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { type BannerErrorBody, unexpectedMessage } from './failure-answer.js';
import { hostCheck } from './host-check.js';
import { portalLimits } from './portal-limits.js';
import { createSessionStore } from './session-store.js';
import { createSessionsRoutes } from './sessions-routes.js';

export interface PortalAppOptions {
  /** A client from `createPaveClient`; it holds the credentials, the page never sees them. */
  client: PaveClient;
  /** The clock for `checked_at`; tests pass a fixed one. */
  now?: () => Date;
  /**
   * `host` or `host:port` names the page may be opened by besides localhost, 127.0.0.1 and
   * [::1] on the portal's own port; any other `Host` is answered 421.
   */
  allowedHosts?: readonly string[];
}

// `src/` and `dist/` sit side by side, so the page is found from either.
const publicDir = fileURLToPath(new URL('../public', import.meta.url));

const self = ["'self'"];

export function createPortalApp({
  client,
  now = () => new Date(),
  allowedHosts,
}: PortalAppOptions): Hono {
  const app = new Hono();

  app.use(
    secureHeaders({
      // Nothing but the portal's own files: a script injected into a customer's name can't run.
      contentSecurityPolicy: {
        defaultSrc: self,
        scriptSrc: self,
        styleSrc: self,
        imgSrc: self,
        connectSrc: self,
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: self,
        frameAncestors: ["'none'"],
      },
      // Served over plain HTTP on loopback, where HSTS would only confuse other local services.
      strictTransportSecurity: false,
    }),
  );
  app.use(hostCheck({ allowedHosts }));
  app.use(
    bodyLimit({
      maxSize: portalLimits.maxBodyBytes,
      // Closing the connection stops the client sending the rest; otherwise the server would
      // read and discard it to keep the connection for another request.
      onError: (c) => {
        const body: BannerErrorBody = {
          error: {
            kind: 'bad-request',
            message: `The request body is larger than the portal accepts (${portalLimits.maxBodyBytes} bytes).`,
          },
        };
        return c.json(body, 413, { Connection: 'close' });
      },
    }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    // Answers hold customers' names and links: keep them out of caches.
    c.header('Cache-Control', 'no-store');
  });

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.route('/api/sessions', createSessionsRoutes({ client, store: createSessionStore(), now }));
  app.all('/api/*', (c) => {
    const body: BannerErrorBody = {
      error: {
        kind: 'not-found',
        message: `The portal has no route ${c.req.method} ${c.req.path}.`,
      },
    };
    return c.json(body, 404);
  });
  app.use('/*', serveStatic({ root: publicDir }));

  app.notFound((c) => c.text('Not found', 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      const body: BannerErrorBody = { error: { kind: 'bad-request', message: error.message } };
      return c.json(body, error.status);
    }
    console.error('portal: unexpected failure', error);
    const body: BannerErrorBody = { error: { kind: 'unexpected', message: unexpectedMessage } };
    return c.json(body, 500);
  });
  return app;
}
