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

/**
 * The runtime's fetch, except that the first callback registration is answered 503, as a PAVE
 * that is down at the portal's start and back for the retry.
 */
export function fetchFailingFirstRegistration(): typeof fetch {
  let refused = false;
  return async (input, init) => {
    const request = new Request(input, init);
    if (!refused && new URL(request.url).pathname === '/v1/callbacks') {
      refused = true;
      return Response.json({ message: 'Service Unavailable' }, { status: 503 });
    }
    return fetch(request);
  };
}

/** The body of PAVE's `SESSION:COMPLETE` webhook for the session `sessionKey`. */
export function sessionCompleteWebhook(sessionKey: string) {
  return {
    event: 'SESSION:COMPLETE',
    session: {
      session_key: sessionKey,
      status: 'COMPLETE',
      active: false,
      created_at: '2026-01-02T03:04:00.000000Z',
    },
  };
}
