/** An openapi-fetch middleware that signs every outgoing request with PAVE's three headers. */

import type { PaveCredentials } from './credentials.js';
import { createSigner } from './signer.js';

export interface AuthMiddlewareOptions {
  /** The clock to sign with; tests inject one. Defaults to the system clock. */
  now?: () => Date;
}

/**
 * The shape openapi-fetch's `Middleware` needs, written out here so this package has no
 * dependency on openapi-fetch and works with any version whose `onRequest` receives a `Request`.
 */
export interface PaveAuthMiddleware {
  onRequest(params: { request: Request }): Request;
}

/**
 * Creates a middleware for `client.use()`. Credentials are checked now, so a missing secret fails
 * at start-up rather than on the first request, and copied, so later mutation has no effect.
 * Each request is signed as it passes through the client, so a retried call gets a fresh
 * timestamp and token.
 */
export function createAuthMiddleware(
  credentials: PaveCredentials,
  options: AuthMiddlewareOptions = {},
): PaveAuthMiddleware {
  const sign = createSigner(credentials);
  const now = options.now ?? (() => new Date());
  return {
    onRequest({ request }) {
      const headers = sign(now());
      // set, not append: a hand-written API-Token left on the request would be stale or wrong.
      for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
      return request;
    },
  };
}
