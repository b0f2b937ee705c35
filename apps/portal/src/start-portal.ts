/** Starts the portal on a port: for `main.ts`, the workspace's `pnpm start`, and tests. */

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPaveClient, defaultBaseUrl, type PaveClientOptions } from '@pave-kit/client';
import { createPortalApp } from './create-portal-app.js';
import { createLiveUpdates } from './live-updates.js';
import { portalLimits } from './portal-limits.js';
import { type ClientTimeouts, createPortalServer } from './portal-server.js';
import { startWebhookRegistrar, type WebhookRegistrar } from './webhook-registrar.js';
import { newWebhookToken, type WebhookRegistration } from './webhook-registration.js';

export interface StartPortalOptions {
  /** Default 3000; 0 picks a free port. */
  port?: number;
  /** Default `127.0.0.1`: the portal holds PAVE credentials and has no login of its own. */
  host?: string;
  /**
   * `host` or `host:port` names the page may be opened by besides localhost, 127.0.0.1 and
   * [::1] on `port`, e.g. a proxy's; a host without a port is allowed on any port.
   */
  allowedHosts?: readonly string[];
  /** Credentials and base URL for `createPaveClient`; `timeoutMs` defaults to 15000 here. */
  pave: PaveClientOptions;
  /** How long a client may take to send a request; defaults 10 s (headers) and 30 s (all). */
  clientTimeouts?: ClientTimeouts;
  /**
   * The address PAVE can reach the portal at, e.g. `https://portal.dealer.example`; its webhooks
   * go to `<publicUrl>/webhooks/pave`. Without it the portal's own URL is registered when PAVE is
   * a mock on this machine, and nothing when it is not.
   */
  publicUrl?: string;
  /** Register the webhooks with PAVE at start; default true. */
  registerWebhooks?: boolean;
  /** Where the portal says what came of registering its webhooks; default `console.log`. */
  log?: (message: string) => void;
}

export interface RunningPortal {
  /** Where the page is, e.g. `http://127.0.0.1:3000`. */
  url: string;
  port: number;
  /** What came of registering the webhook endpoint with PAVE so far (it runs in the background). */
  readonly webhooks: WebhookRegistration;
  /** Settles with the outcome of the first registration attempt, success or not; never rejects. */
  readonly webhooksReady: Promise<WebhookRegistration>;
  /**
   * Ends the live-update streams, removes the webhook registrations that still point at this
   * portal (for at most 3 s), stops listening, ends open connections, and resolves once the
   * port is free.
   */
  close(): Promise<void>;
}

// A person is waiting at the counter; past this, telling them is better than waiting on.
const portalTimeoutMs = 15_000;

/** How long `close()` lets answers under way finish before it ends their connections. */
const closeGraceMs = 1_000;

/** How long `close()` gives PAVE to forget the webhook registrations before it stops anyway. */
const unregisterWithinMs = 3_000;

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

export async function startPortal({
  port = 3000,
  host = '127.0.0.1',
  allowedHosts,
  pave,
  clientTimeouts,
  publicUrl,
  registerWebhooks: register = true,
  log = (message) => console.log(message),
}: StartPortalOptions): Promise<RunningPortal> {
  const client = createPaveClient({
    userAgent: 'pave-kit-portal',
    ...pave,
    timeoutMs: pave.timeoutMs ?? portalTimeoutMs,
  });
  const paveBaseUrl = pave.baseUrl ?? defaultBaseUrl;
  const webhookToken = newWebhookToken();
  const live = createLiveUpdates({
    maxStreams: portalLimits.maxEventStreams,
    heartbeatMs: portalLimits.eventHeartbeatMs,
  });
  const turnedOff: WebhookRegistration = {
    registered: false,
    url: null,
    message: 'webhooks not registered: registration is turned off',
  };
  let registrar: WebhookRegistrar | undefined;
  const webhooks = () => registrar?.current ?? turnedOff;
  const app = createPortalApp({
    client,
    allowedHosts,
    paveBaseUrl,
    webhookToken,
    live,
    webhookRegistration: webhooks,
  });
  const server = createPortalServer(app.fetch, clientTimeouts);
  const address = await listen(server, port, host);
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${urlHost}:${address.port}`;

  // Once listening, since PAVE may call the endpoint as soon as it is registered; not awaited,
  // since serving must not wait on PAVE.
  if (register) {
    registrar = startWebhookRegistrar({
      client,
      token: webhookToken,
      ...(publicUrl === undefined ? {} : { publicUrl }),
      paveBaseUrl,
      portalUrl: url,
      onChange(registration) {
        log(`portal: ${registration.message}`);
        // Pages opened meanwhile say whether they are live.
        live.publish('webhooks', {
          registered: registration.registered,
          message: registration.message,
        });
      },
    });
  }

  let closing: Promise<void> | undefined;
  return {
    url,
    port: address.port,
    get webhooks() {
      return webhooks();
    },
    webhooksReady: registrar?.firstAttempt ?? Promise.resolve(turnedOff),
    close() {
      closing ??= Promise.all([
        registrar?.stop(unregisterWithinMs),
        new Promise<void>((resolve) => {
          // Ended first, so each page sees its stream finish rather than a connection cut.
          live.close();
          // Closes idle connections at once (browsers keep them open), and each busy one once
          // its answer is written: the streams just ended are written to their end.
          server.close(() => {
            clearTimeout(straggler);
            resolve();
          });
          // A request still waiting on PAVE would hold the port for up to 15 s: cut short.
          const straggler = setTimeout(() => server.closeAllConnections(), closeGraceMs);
        }),
      ]).then(() => {});
      return closing;
    },
  };
}
