/** The whole portal as one Hono app: the page, its JSON API, live updates and PAVE's webhooks. */

import { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { defaultBaseUrl, type PaveClient } from '@pave-kit/client';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { type BannerErrorBody, unexpectedMessage } from './failure-answer.js';
import { hostCheck } from './host-check.js';
import { createLiveUpdates, type LiveUpdates } from './live-updates.js';
import { apiReferenceUrl } from './pave-links.js';
import { portalLimits } from './portal-limits.js';
import { createSessionStore } from './session-store.js';
import { createSessionUpdates } from './session-updates.js';
import { createSessionsRoutes } from './sessions-routes.js';
import type { WebhookRegistration } from './webhook-registration.js';
import { createWebhookRoute, webhookPath } from './webhook-route.js';

/** The Node response under a request @hono/node-server serves; absent under `app.request()`. */
function nodeResponse(env: unknown): ServerResponse | undefined {
  const outgoing = (env as { outgoing?: unknown } | undefined)?.outgoing;
  return outgoing instanceof ServerResponse ? outgoing : undefined;
}

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
  /** Where PAVE is, as given to the client: the page links to its API reference. */
  paveBaseUrl?: string;
  /**
   * The token PAVE must send in `X-Portal-Webhook-Token`; with it, `POST /webhooks/pave` takes
   * PAVE's webhooks and the list updates live. Without it, that route does not exist.
   */
  webhookToken?: string;
  /** The live-update streams; `startPortal` passes its own so it can end them on close. */
  live?: LiveUpdates;
  /** What came of registering the webhooks, shown on the page; read on each request. */
  webhookRegistration?: () => WebhookRegistration | undefined;
}

// `src/` and `dist/` sit side by side, so the page is found from either.
const publicDir = fileURLToPath(new URL('../public', import.meta.url));

const self = ["'self'"];

/**
 * Photos come from PAVE's storage, over https. A PAVE on plain http (the mock on this machine)
 * may serve them itself, so its origin is allowed too, and nothing wider.
 */
function imageSources(paveBaseUrl: string): string[] {
  const { protocol, origin } = new URL(paveBaseUrl);
  return protocol === 'http:' ? [...self, 'https:', origin] : [...self, 'https:'];
}

export function createPortalApp({
  client,
  now = () => new Date(),
  allowedHosts,
  paveBaseUrl = defaultBaseUrl,
  webhookToken,
  live = createLiveUpdates({
    maxStreams: portalLimits.maxEventStreams,
    heartbeatMs: portalLimits.eventHeartbeatMs,
  }),
  webhookRegistration = () => undefined,
}: PortalAppOptions): Hono {
  const app = new Hono();
  const store = createSessionStore();
  const updates = createSessionUpdates({ client, store, live, now });

  app.use(
    secureHeaders({
      // Nothing but the portal's own files: a script injected into a customer's name can't run.
      contentSecurityPolicy: {
        defaultSrc: self,
        scriptSrc: self,
        styleSrc: self,
        imgSrc: imageSources(paveBaseUrl),
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
  if (webhookToken !== undefined) {
    // Before the Host check and the page's body limit: PAVE calls by whatever name the public
    // URL has (a proxy, a tunnel), and the token, not the name, is what admits a call. The
    // route applies its own limits, and reads no body before the token has passed.
    app.post(webhookPath, createWebhookRoute({ token: webhookToken, updates }));
  }
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
  app.get('/api/info', (c) => {
    const registration = webhookRegistration();
    return c.json({
      docs_url: apiReferenceUrl(paveBaseUrl),
      live_updates: {
        registered: registration?.registered ?? false,
        message:
          registration?.message ?? 'webhooks not registered: the portal was started without them',
      },
    });
  });
  app.get('/api/events', (c) => {
    const stream = live.open(() => nodeResponse(c.env)?.destroy());
    if (stream) return stream;
    const body: BannerErrorBody = {
      error: {
        kind: 'unavailable',
        message: live.closed
          ? 'The portal is stopping; reload the page once it is back.'
          : `The portal already serves ${portalLimits.maxEventStreams} live-update streams; ` +
            'close another tab of the portal, or use Refresh.',
      },
    };
    return c.json(body, 503, { 'Retry-After': '30' });
  });
  app.route('/api/sessions', createSessionsRoutes({ client, store, now, updates }));
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
