/** `createPaveClient`: openapi-fetch typed by the PAVE spec, signed, bounded in time, retrying. */

import type { paths } from '@pave-kit/types';
import createClient, { type Client } from 'openapi-fetch';
import { boundClient } from './bounded-client.js';
import { type PaveClientOptions, resolveClientOptions } from './client-options.js';
import { PaveRequest } from './pave-request.js';
import { createResponseCheck } from './response-check.js';
import { createTransport } from './transport.js';
import { userAgent } from './user-agent.js';

/** An openapi-fetch client over every path of the PAVE spec. */
export type PaveClient = Client<paths, 'application/json'>;

/**
 * Checks the options now (a missing secret fails at start-up, naming the field) and returns an
 * openapi-fetch client. Every attempt is signed as it is sent. HTTP errors come back in `error`
 * as openapi-fetch reports them (see `unwrap`); timeouts and network failures are thrown as
 * `PaveTimeoutError` and `PaveNetworkError`.
 */
export function createPaveClient(options: PaveClientOptions): PaveClient {
  const resolved = resolveClientOptions(options);
  const client = createClient<paths, 'application/json'>({
    baseUrl: resolved.baseUrl,
    headers: {
      Accept: 'application/json',
      'User-Agent': userAgent(resolved.userAgent),
    },
    fetch: createTransport(resolved),
    Request: PaveRequest,
    // PAVE documents no redirects. Following one would carry the API key and a live token to
    // wherever it points (and turn a POST into a GET), so a 3xx comes back as an error instead.
    redirect: 'manual',
  });
  const check = resolved.validateResponses
    ? createResponseCheck(resolved.validateResponses, resolved.onContractViolation)
    : undefined;
  return boundClient(client, {
    baseUrl: resolved.baseUrl,
    timeoutMs: resolved.timeoutMs,
    runtimeFetch: resolved.fetch === undefined,
    check,
  });
}
