// Finds the spec's operation for a request, once, for every later middleware and the log.
import { findOperation } from '@pave-kit/contract';
import type { MiddlewareHandler } from 'hono';
import type { MockEnv } from '../../mock-env.js';

export function matchOperation(): MiddlewareHandler<MockEnv> {
  return async (c, next) => {
    // Hono's own `c.req.path` is percent-decoded; the log and Prism get the path as sent.
    const { pathname } = new URL(c.req.url);
    c.set('pathname', pathname);
    c.set('operation', findOperation(c.req.method, pathname));
    await next();
  };
}
