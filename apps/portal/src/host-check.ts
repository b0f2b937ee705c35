/** Answers only requests addressed to the portal by name: the guard against DNS rebinding. */

import type { HttpBindings } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';
import type { BannerErrorBody } from './failure-answer.js';

export interface HostCheckOptions {
  /**
   * `host` or `host:port` entries allowed besides localhost, 127.0.0.1 and [::1], e.g. the name
   * of a proxy in front of the portal. An entry without a port allows its host on any port.
   */
  allowedHosts?: readonly string[];
}

export interface HostName {
  /** Lower case; an IPv6 address keeps its brackets: `[::1]`. */
  hostname: string;
  port: number | undefined;
}

const loopbackNames = new Set(['localhost', '127.0.0.1', '[::1]']);

// Strict on purpose: a name, an IPv4 address or a bracketed IPv6 address, then an optional port.
const hostPattern = /^(\[[0-9a-f:.]+\]|[a-z0-9._-]+)(?::(\d{1,5}))?$/i;

/** `localhost:3000` as `{ hostname: 'localhost', port: 3000 }`; undefined if it is not a host. */
export function parseHostName(value: string): HostName | undefined {
  const match = hostPattern.exec(value.trim());
  if (!match?.[1]) return undefined;
  const port = match[2] === undefined ? undefined : Number(match[2]);
  if (port !== undefined && (port < 1 || port > 65535)) return undefined;
  return { hostname: match[1].toLowerCase(), port };
}

/**
 * A page on another site can point its own name at 127.0.0.1 (DNS rebinding) and then call the
 * portal as if it were the same origin; the one thing it cannot change is the `Host` header,
 * which still carries its name. So the portal answers 421 to any host it was not told about.
 *
 * Loopback names must carry the port the connection came in on. A request made in-process
 * (`app.request()` in tests) has no connection, so there any port is taken.
 */
export function hostCheck({ allowedHosts = [] }: HostCheckOptions = {}): MiddlewareHandler {
  const allowed = allowedHosts.map((entry) => {
    const parsed = parseHostName(entry);
    if (!parsed) {
      throw new TypeError(`allowedHosts: "${entry}" is not a host or host:port`);
    }
    return parsed;
  });

  return async (c, next) => {
    // Absent only on a Request built in-process: Node refuses an HTTP/1.1 request without it.
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    const localPort = (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket?.localPort;
    const requested = parseHostName(host);
    if (requested && isAllowed(requested, localPort, allowed)) return next();

    const at =
      localPort === undefined
        ? 'localhost or 127.0.0.1'
        : `http://localhost:${localPort} or http://127.0.0.1:${localPort}`;
    const body: BannerErrorBody = {
      error: {
        kind: 'misdirected',
        message:
          `The portal does not answer to the host "${host}": open it at ${at}, ` +
          'or allow that host in PORTAL_ALLOWED_HOSTS.',
      },
    };
    return c.json(body, 421);
  };
}

function isAllowed(
  { hostname, port }: HostName,
  localPort: number | undefined,
  allowed: readonly HostName[],
): boolean {
  // A Host without a port means HTTP's default; the portal itself serves plain HTTP.
  const effectivePort = port ?? 80;
  if (loopbackNames.has(hostname) && (localPort === undefined || effectivePort === localPort)) {
    return true;
  }
  return allowed.some(
    (entry) =>
      entry.hostname === hostname && (entry.port === undefined || entry.port === effectivePort),
  );
}
