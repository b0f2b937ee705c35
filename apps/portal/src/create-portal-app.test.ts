import { createPaveClient } from '@pave-kit/client';
import { describe, expect, test } from 'vitest';
import { createPortalApp } from './create-portal-app.js';

function app(allowedHosts?: readonly string[]) {
  const client = createPaveClient({
    username: 'dealer',
    apiKey: 'key-1',
    apiSecret: 'secret-1',
    baseUrl: 'https://pave.test',
    fetch: () => Promise.reject(new Error('no PAVE call is expected here')),
  });
  return createPortalApp({ client, allowedHosts });
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
