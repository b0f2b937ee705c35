import { createPaveClient } from '@pave-kit/client';
import { describe, expect, test } from 'vitest';
import { createPortalApp, type PortalAppOptions } from './create-portal-app.js';
import { createLiveUpdates } from './live-updates.js';

function app(allowedHosts?: readonly string[], options: Partial<PortalAppOptions> = {}) {
  const client = createPaveClient({
    username: 'dealer',
    apiKey: 'key-1',
    apiSecret: 'secret-1',
    baseUrl: 'https://pave.test',
    fetch: () => Promise.reject(new Error('no PAVE call is expected here')),
  });
  return createPortalApp({ client, allowedHosts, ...options });
}

/** The `img-src` directive of the page's policy. */
async function imageSources(options: Partial<PortalAppOptions>): Promise<string | undefined> {
  const response = await app(undefined, options).request('/');
  const csp = response.headers.get('content-security-policy') ?? '';
  return csp
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('img-src'));
}

describe('createPortalApp', () => {
  test('serves the page with a policy that allows only its own files', async () => {
    const response = await app().request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await response.text();
    expect(html).toContain('<script type="module" src="/app.js"></script>');
  });

  test.each([
    ['/app.js', /javascript/],
    ['/styles.css', /^text\/css/],
    ['/favicon.svg', /^image\/svg\+xml/],
  ])('serves %s', async (path, type) => {
    const response = await app().request(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(type);
  });

  test('every module the page imports is served', async () => {
    const portal = app();
    const pending = ['/app.js'];
    const seen = new Set<string>();
    while (pending.length > 0) {
      const path = pending.pop() as string;
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await portal.request(path);
      expect(response.status, path).toBe(200);
      for (const [, imported] of (await response.text()).matchAll(/from '\.\/([\w-]+\.js)'/g)) {
        pending.push(`/${imported}`);
      }
    }
    expect(seen.size).toBeGreaterThan(3);
  });

  test('answers 421 to a host it does not know, on the page and the API alike', async () => {
    for (const path of ['/', '/api/sessions', '/healthz']) {
      const response = await app().request(path, { headers: { host: 'attacker.example:3000' } });
      expect(response.status, path).toBe(421);
      expect((await response.json()).error.kind).toBe('misdirected');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
    const allowed = await app(['portal.lan']).request('/healthz', {
      headers: { host: 'portal.lan' },
    });
    expect(allowed.status).toBe(200);
  });

  test("images: the portal's own and https, plus a PAVE on plain http (the mock), nothing wider", async () => {
    expect(await imageSources({ paveBaseUrl: 'https://openapi.paveapi.com' })).toBe(
      "img-src 'self' https:",
    );
    expect(await imageSources({ paveBaseUrl: 'http://127.0.0.1:4010' })).toBe(
      "img-src 'self' https: http://127.0.0.1:4010",
    );
  });

  test("GET /api/info links the mock's API reference, or PAVE's docs, and says whether webhooks arrive", async () => {
    const mock = await app(undefined, {
      paveBaseUrl: 'http://127.0.0.1:4010',
      webhookRegistration: () => ({
        registered: true,
        url: 'http://127.0.0.1:3000/webhooks/pave',
        message: 'webhooks registered',
      }),
    }).request('/api/info');
    expect(mock.headers.get('cache-control')).toBe('no-store');
    expect(await mock.json()).toEqual({
      docs_url: 'http://127.0.0.1:4010/docs',
      live_updates: { registered: true, message: 'webhooks registered' },
    });
    const pave = await app(undefined, { paveBaseUrl: 'https://openapi.paveapi.com' }).request(
      '/api/info',
    );
    expect(await pave.json()).toMatchObject({
      docs_url: 'https://docs.paveapi.com/integrations/developer-docs',
      live_updates: { registered: false },
    });
  });

  test('GET /api/events streams to a bounded number of pages, then answers 503', async () => {
    const live = createLiveUpdates({ maxStreams: 1, heartbeatMs: 60_000 });
    const portal = app(undefined, { live });
    const first = await portal.request('/api/events');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const second = await portal.request('/api/events');
    expect(second.status).toBe(503);
    expect(second.headers.get('retry-after')).toBe('30');
    expect((await second.json()).error.kind).toBe('unavailable');
    await first.body?.cancel();
    const third = await portal.request('/api/events');
    expect(third.status).toBe(200);
    live.close();
    const stopping = await portal.request('/api/events');
    expect(stopping.status).toBe(503);
    expect((await stopping.json()).error).toEqual({
      kind: 'unavailable',
      message: 'The portal is stopping; reload the page once it is back.',
    });
  });

  test('answers health checks', async () => {
    const response = await app().request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  test('an unknown API route is a JSON 404 that is not cached', async () => {
    const response = await app().request('/api/nothing', { method: 'PUT' });
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      error: { kind: 'not-found', message: 'The portal has no route PUT /api/nothing.' },
    });
  });

  test('an unknown file is a plain 404, and the package outside public/ stays private', async () => {
    expect((await app().request('/nothing.html')).status).toBe(404);
    expect((await app().request('/../package.json')).status).toBe(404);
    expect((await app().request('/%2e%2e/package.json')).status).toBe(404);
  });
});
