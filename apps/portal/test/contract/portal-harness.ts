// The portal in-process against a real mock, with a test-only way to choose PAVE's answer.
import { createPaveClient, type PaveClientOptions } from '@pave-kit/client';
import { createPortalApp } from '../../src/index.js';

export const credentials = {
  username: 'pave-kit-contract',
  apiKey: 'contract-key-7d1e',
  apiSecret: 'contract-secret-c83f09aa',
};

export interface SentRequest {
  method: string;
  path: string;
  headers: Headers;
}

export interface PortalHarness {
  /** `Prefer` for the requests the portal sends from now on, e.g. `code=429`; undefined: none. */
  prefer(value: string | undefined): void;
  /** Every request that left the portal for PAVE, as sent (signed). */
  sent: SentRequest[];
  call(method: string, path: string, body?: unknown): Promise<Response>;
}

/**
 * `Prefer` reaches the mock through the client's `fetch` option, which only code that builds
 * the client can set: the portal's HTTP API offers no way to pass it.
 */
export function portalFor(
  baseUrl: string,
  options: Partial<PaveClientOptions> = {},
): PortalHarness {
  let prefer: string | undefined;
  const sent: SentRequest[] = [];
  const client = createPaveClient({
    ...credentials,
    baseUrl,
    timeoutMs: 5_000,
    ...options,
    fetch: (request, init) => {
      if (prefer) request.headers.set('Prefer', prefer);
      sent.push({
        method: request.method,
        path: new URL(request.url).pathname,
        headers: new Headers(request.headers),
      });
      return fetch(request, init);
    },
  });
  const app = createPortalApp({ client });
  return {
    prefer(value) {
      prefer = value;
    },
    sent,
    call: async (method, path, body) =>
      app.request(path, {
        method,
        ...(body === undefined
          ? {}
          : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
      }),
  };
}
