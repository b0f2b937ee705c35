/** Starts the portal on a port: for `main.ts`, the workspace's `pnpm start`, and tests. */

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPaveClient, type PaveClientOptions } from '@pave-kit/client';
import { createPortalApp } from './create-portal-app.js';
import { type ClientTimeouts, createPortalServer } from './portal-server.js';

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
}

export interface RunningPortal {
  /** Where the page is, e.g. `http://127.0.0.1:3000`. */
  url: string;
  port: number;
  /** Stops listening, ends open connections, and resolves once the port is free. */
  close(): Promise<void>;
}

// A person is waiting at the counter; past this, telling them is better than waiting on.
const portalTimeoutMs = 15_000;

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
}: StartPortalOptions): Promise<RunningPortal> {
  const client = createPaveClient({
    userAgent: 'pave-kit-portal',
    ...pave,
    timeoutMs: pave.timeoutMs ?? portalTimeoutMs,
  });
  const app = createPortalApp({ client, allowedHosts });
  const server = createPortalServer(app.fetch, clientTimeouts);
  const address = await listen(server, port, host);
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections open; without this the port stays taken until they idle out.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
