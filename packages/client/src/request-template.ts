/** A request read once, so each attempt can be built afresh and signed for its own moment. */

import { createAuthHeaders, type PaveCredentials } from '@pave-kit/auth';

export interface RequestTemplate {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  /** Read into memory once: a Request body is a stream and can be sent only once. */
  readonly body: ArrayBuffer | undefined;
}

export async function readRequestTemplate(request: Request): Promise<RequestTemplate> {
  return {
    method: request.method,
    url: request.url,
    headers: new Headers(request.headers),
    body: request.body === null ? undefined : await request.arrayBuffer(),
  };
}

/**
 * A new Request for one attempt, signed now. PAVE's token covers the timestamp, not the request,
 * so a retry sent with the first attempt's headers could arrive stale; each attempt gets its own.
 */
export function signedRequest(
  template: RequestTemplate,
  credentials: PaveCredentials,
  signal: AbortSignal,
): Request {
  const headers = new Headers(template.headers);
  for (const [name, value] of Object.entries(createAuthHeaders(credentials))) {
    headers.set(name, value);
  }
  return new Request(template.url, {
    method: template.method,
    headers,
    body: template.body,
    // PAVE documents no redirects. Following one would carry the API key and a live token to
    // wherever it points (and turn a POST into a GET), so a 3xx comes back as an error instead.
    redirect: 'manual',
    signal,
  });
}
