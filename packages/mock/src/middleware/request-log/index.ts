// Times each request and reports it once answered: method, path, status, never headers or bodies.
import type { MiddlewareHandler } from 'hono';
import type { MockEnv } from '../../mock-env.js';

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  /** The spec's operation the request was routed to, when the path and method match one. */
  operationId?: string;
  /** Why the mock answered itself instead of Prism, when it did; for a webhook, how the try went. */
  note?: string;
  /**
   * Set on a webhook delivery try the mock made (or dropped), to the event: `method` and `path`
   * are then the registered method and URL (origin and path only, no query), `status` the
   * receiver's (0 without an answer).
   */
  webhook?: string;
}

export type RequestLogger = (entry: RequestLogEntry) => void;

/**
 * A logger that cannot throw: a failing callback is reported on stderr, and the request it was
 * logging, like every later one, is still answered.
 */
export function guardLogger(
  onRequest: RequestLogger | undefined,
  name = 'onRequest',
): RequestLogger {
  return (entry) => {
    try {
      onRequest?.(entry);
    } catch (error) {
      console.error(`pave-mock: the ${name} callback threw: ${String(error)}`);
    }
  };
}

export function requestLog(log: RequestLogger): MiddlewareHandler<MockEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const { operation, note } = c.var;
    log({
      method: c.req.method,
      path: c.var.pathname,
      status: c.res.status,
      durationMs: performance.now() - started,
      ...(operation ? { operationId: operation.operationId } : {}),
      ...(note ? { note } : {}),
    });
  };
}
