// A PAVE client for the portal's unit tests: every call is answered by a function instead of the
// network, once (no retries), so a test sees exactly the requests its code made.
import { createPaveClient, type PaveClient } from '@pave-kit/client';

export const stubCredentials = { username: 'dealer', apiKey: 'key-1', apiSecret: 'secret-1' };

export function stubPaveClient(
  answer: (request: Request) => Response | Promise<Response>,
  baseUrl = 'https://pave.test',
): PaveClient {
  return createPaveClient({
    ...stubCredentials,
    baseUrl,
    retry: { limit: 0 },
    fetch: async (request: Request) => answer(request),
  });
}

/** A JSON answer as PAVE sends one. */
export function jsonAnswer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}
