/** Wraps each method of an openapi-fetch client so one deadline covers the whole call. */

import type { paths } from '@pave-kit/types';
import type { Client } from 'openapi-fetch';
import { CallDeadline, type CallProgress } from './call-deadline.js';
import { RequestDraft } from './request-draft.js';
import type { ResponseCheck } from './response-check.js';

type PaveClient = Client<paths, 'application/json'>;
type Result = { data?: unknown; error?: unknown; response: Response };
/** The per-call options this wrapper looks at; openapi-fetch's own type is per path. */
interface CallInit {
  signal?: AbortSignal | null;
  middleware?: unknown[];
  fetch?: unknown;
  Request?: unknown;
  bodySerializer?: unknown;
}
type Call = (method: string, path: string, init: CallInit | undefined) => Promise<Result>;

export interface BoundOptions {
  baseUrl: string;
  timeoutMs: number;
  /** Whether the client sends with the runtime's own fetch, rather than one it was given. */
  runtimeFetch: boolean;
  /** Checks each answer against the spec; undefined when `validateResponses` is off. */
  check: ResponseCheck | undefined;
}

const methods = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/**
 * The deadline starts before openapi-fetch builds the request and ends after it has read and
 * parsed the answer, so connecting, every attempt, the waits between them and the last body byte
 * all count. It travels with the request openapi-fetch builds (see `CallDeadline.attachTo`), not
 * through a signal the runtime could drop, and the call is raced against it, so it ends on time
 * whatever fetch does.
 */
export function boundClient(client: PaveClient, options: BoundOptions): PaveClient {
  const { baseUrl, timeoutMs, runtimeFetch, check } = options;
  const send = client.request as unknown as Call;
  const middleware = new Set<unknown>();

  // openapi-fetch builds a RequestDraft instead of a Request when nothing but the transport will
  // see it: no middleware, and no per-call fetch, Request or serializer of the caller's own.
  const draftable = (init: CallInit | undefined) =>
    runtimeFetch &&
    middleware.size === 0 &&
    !init?.middleware?.length &&
    init?.fetch === undefined &&
    init?.Request === undefined &&
    init?.bodySerializer === undefined;

  const call: Call = async (method, path, init) => {
    const progress: CallProgress = { method, url: `${baseUrl}${path}`, attempts: 0 };
    const deadline = new CallDeadline(timeoutMs, progress, init?.signal);
    const callInit = draftable(init) ? { ...init, Request: RequestDraft } : init;
    let result: Result;
    try {
      result = await deadline.race(send(method, path, deadline.attachTo(callInit)));
    } catch (error) {
      if (check !== undefined) await check.unreadable({ ...progress, path }, error);
      throw error;
    } finally {
      deadline.clear();
    }
    if (check !== undefined) await check.answer({ ...progress, path }, result);
    return result;
  };

  const bound: Record<string, unknown> = {
    use(...added: Parameters<PaveClient['use']>) {
      client.use(...added);
      for (const item of added) if (item) middleware.add(item);
    },
    eject(...removed: Parameters<PaveClient['eject']>) {
      client.eject(...removed);
      for (const item of removed) middleware.delete(item);
    },
    request: (method: string, path: string, init?: CallInit) =>
      call(method.toUpperCase(), path, init),
  };
  for (const method of methods) {
    bound[method] = (path: string, init?: CallInit) => call(method, path, init);
  }
  return bound as unknown as PaveClient;
}
