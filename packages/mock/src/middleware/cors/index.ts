// CORS as Prism's own server answers it, so browser code can call the mock from any origin.
import type { MiddlewareHandler } from 'hono';
import type { MockEnv } from '../../mock-env.js';

/**
 * Headers are added to the finished answer rather than set up front: a header set before the
 * route answers makes Hono copy the route's response into a new one, body stream and all.
 */
export function cors(): MiddlewareHandler<MockEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin') || '*';
    const requestedHeaders = c.req.header('access-control-request-headers') || '*';
    const common = {
      'access-control-allow-origin': origin,
      'access-control-allow-headers': requestedHeaders,
      'access-control-allow-credentials': 'true',
      'access-control-expose-headers': c.req.header('access-control-expose-headers') || '*',
    };
    const requestedMethod = c.req.header('access-control-request-method');
    // A preflight carries no credentials and no body: it is answered here, before any check.
    if (c.req.method === 'OPTIONS' && c.req.header('origin') && requestedMethod) {
      return c.body(null, 204, {
        ...common,
        'access-control-allow-methods': requestedMethod,
        vary: 'origin',
      });
    }
    await next();
    for (const [name, value] of Object.entries(common)) c.res.headers.set(name, value);
  };
}
