// Refuses a request whose HMAC signature is missing, stale or wrong, from its headers alone.
import { type PaveCredentials, verifyToken } from '@pave-kit/auth';
import type { MiddlewareHandler } from 'hono';
import { announcesBody } from '../../announced-body.js';
import type { MockEnv } from '../../mock-env.js';

export interface SignatureOptions {
  /** The accounts whose signatures pass; none means Prism's own rule (headers present) applies. */
  credentials: readonly PaveCredentials[];
  now: () => Date;
}

/**
 * Prism alone only checks that the three headers are present. This runs before the body is
 * read, so an unsigned request cannot make the mock read (or wait for) a body at all.
 */
export function signature({ credentials, now }: SignatureOptions): MiddlewareHandler<MockEnv> {
  return async (c, next) => {
    if (credentials.length === 0) return next();
    const result = verifyToken(c.req.raw.headers, { credentials, now: now() });
    if (result.ok) return next();
    c.set('note', result.message);
    // Closing the connection is how a body is left unread; keeping it open would mean reading it.
    if (announcesBody(c.req.raw.headers)) c.header('connection', 'close');
    return c.json({ message: result.message }, 401);
  };
}
