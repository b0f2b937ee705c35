/** Wraps each method of an openapi-fetch client so one deadline covers the whole call. */

import type { paths } from '@pave-kit/types';
import type { Client } from 'openapi-fetch';
import { CallDeadline, type CallProgress } from './call-deadline.js';
import { withDeadline } from './pave-request.js';
import type { ResponseCheck } from './response-check.js';

type PaveClient = Client<paths, 'application/json'>;
type AnyInit = { signal?: AbortSignal | null } | undefined;
type Call = (
  method: string,
  path: string,
  init: AnyInit,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

export interface BoundOptions {
  baseUrl: string;
  timeoutMs: number;
  /** Checks each answer against the spec; undefined when `validateResponses` is off. */
  check: ResponseCheck | undefined;
}

const methods = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/**
 * The deadline starts before openapi-fetch builds the request and ends after it has read and
 * parsed the answer, so connecting, every attempt, the waits between them and the last body byte
 * all count. It reaches the transport on the Request (see `PaveRequest`), not through a signal
 * the runtime could drop, and the call is raced against it, so it ends on time whatever fetch does.
 */
export function boundClient(client: PaveClient, { baseUrl, timeoutMs, check }: BoundOptions) {
  const send = client.request as unknown as Call;
  const call: Call = async (method, path, init) => {
    const progress: CallProgress = { method, url: `${baseUrl}${path}`, attempts: 0 };
    const deadline = new CallDeadline(timeoutMs, progress, init?.signal);
    let result: Awaited<ReturnType<Call>>;
    try {
      result = await deadline.race(send(method, path, withDeadline(init, deadline)));
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
    use: client.use,
    eject: client.eject,
    request: (method: string, path: string, init: AnyInit) =>
      call(method.toUpperCase(), path, init),
  };
  for (const method of methods) {
    bound[method] = (path: string, init: AnyInit) => call(method, path, init);
  }
  return bound as unknown as PaveClient;
}
