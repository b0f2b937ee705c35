// What reaches the runtime's fetch when the client is not given one: a URL and an init holding
// the signed headers, the body and the deadline's signal, or a Request when a middleware (which
// expects one) is in the way.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPaveClient } from '../src/create-pave-client.js';
import { createdSession, credentials } from './pave-server.js';

type Sent = { input: RequestInfo | URL; init: RequestInit | undefined };

function stubRuntimeFetch(): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ input, init });
    return Response.json(createdSession(), { status: 201 });
  });
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const body = { vehicle: { vin: 'JN1CV6AR9BM000001' } };

describe("the runtime's fetch", () => {
  it('gets the URL and an init: signed headers, the body, the deadline, no redirects', async () => {
    const sent = stubRuntimeFetch();
    const client = createPaveClient({ ...credentials, baseUrl: 'https://pave.test' });

    const { data } = await client.POST('/v1/sessions', { body });

    expect(data?.session_key).toBe('TOA-QGMWRCHHGB');
    const [{ input, init } = { input: undefined, init: undefined }] = sent;
    expect(input).toBe('https://pave.test/v1/sessions');
    expect(init).toMatchObject({ method: 'POST', body: JSON.stringify(body), redirect: 'manual' });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    const headers = new Headers(init?.headers);
    expect(headers.get('api-key')).toBe(credentials.apiKey);
    expect(headers.get('api-token')).toMatch(/^[0-9a-f]{64}$/);
    expect(headers.get('content-type')).toBe('application/json');
  });

  it('gets a Request while a middleware is in use, and a URL again once it is ejected', async () => {
    const sent = stubRuntimeFetch();
    const client = createPaveClient({ ...credentials, baseUrl: 'https://pave.test' });
    const seen: Request[] = [];
    const middleware = {
      onRequest: ({ request }: { request: Request }) => {
        seen.push(request);
        return undefined;
      },
    };

    client.use(middleware);
    await client.POST('/v1/sessions', { body });
    client.eject(middleware);
    await client.POST('/v1/sessions', { body });

    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Request);
    expect(await seen[0]?.clone().json()).toEqual(body);
    const first = sent[0]?.input;
    expect(first).toBeInstanceOf(Request);
    expect(first instanceof Request && first.headers.get('api-token')).toMatch(/^[0-9a-f]{64}$/);
    expect(sent[0]?.init?.signal).toBeInstanceOf(AbortSignal);
    expect(sent[1]?.input).toBe('https://pave.test/v1/sessions');
  });

  it('gets a Request for a call that brings a middleware of its own', async () => {
    const sent = stubRuntimeFetch();
    const client = createPaveClient({ ...credentials, baseUrl: 'https://pave.test' });

    await client.POST('/v1/sessions', { body, middleware: [{ onRequest: () => undefined }] });

    expect(sent[0]?.input).toBeInstanceOf(Request);
  });
});
