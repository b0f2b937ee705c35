import { usePaveMock } from '@pave-kit/mock/vitest';
import { expect, test } from 'vitest';
import { credentials, type PortalHarness, portalFor } from './portal-harness.js';

// The examples answer every key (XXX-ABCDE12345), as before the mock kept state.
const pave = usePaveMock({ credentials, stateful: false });

const key = 'XXX-ABCDE12345';

interface Seen {
  route: string;
  text: string;
}

async function record(
  seen: Seen[],
  portal: PortalHarness,
  method: string,
  path: string,
  body?: unknown,
) {
  const response = await portal.call(method, path, body);
  const headers = [...response.headers.entries()].map(([name, value]) => `${name}: ${value}`);
  seen.push({
    route: `${method} ${path} -> ${response.status}`,
    text: `${headers.join('\n')}\n\n${await response.text()}`,
  });
}

test('no answer of any portal route carries the secret, the key or a token', async () => {
  const seen: Seen[] = [];
  const portal = portalFor(pave.url);
  const wrongSecret = portalFor(pave.url, { apiSecret: 'wrong-secret-5b7d' });

  for (const path of ['/', '/app.js', '/styles.css', '/healthz', '/api/info', '/api/nope']) {
    await record(seen, portal, 'GET', path);
  }
  await record(seen, portal, 'POST', '/api/sessions', { vin: 'JN1CV6AR9BMXXXXX' });
  await record(seen, portal, 'POST', '/api/sessions', { vin: 'JN1CV6AR9BMXXXXXX' });
  await record(seen, portal, 'GET', '/api/sessions');
  await record(seen, portal, 'GET', `/api/sessions/${key}/qr`);
  // Only statuses each operation declares: anything else is a violation of the spec.
  for (const code of ['400', '401', '429', '500', '503']) {
    portal.prefer(`code=${code}`);
    await record(seen, portal, 'POST', '/api/sessions', {});
  }
  for (const code of ['401', '404', '429', '500', '503']) {
    portal.prefer(`code=${code}`);
    await record(seen, portal, 'GET', `/api/sessions/${key}`);
  }
  portal.prefer(undefined);
  await record(seen, portal, 'DELETE', `/api/sessions/${key}`);
  await record(seen, portal, 'GET', `/api/sessions/${key}`);
  await record(seen, wrongSecret, 'POST', '/api/sessions', {});

  const tokens = [...portal.sent, ...wrongSecret.sent].map(
    (request) => request.headers.get('API-Token') ?? '',
  );
  expect(tokens.length).toBeGreaterThan(10);
  expect(tokens.every((token) => /^[0-9a-f]{64}$/.test(token))).toBe(true);

  const secrets = [credentials.apiSecret, 'wrong-secret-5b7d', credentials.apiKey, ...tokens];
  const leaks = seen.flatMap(({ route, text }) =>
    secrets.filter((secret) => text.includes(secret)).map((secret) => `${route} holds ${secret}`),
  );
  expect(leaks).toEqual([]);
  expect(seen.map((entry) => entry.route)).toContain(`POST /api/sessions -> 201`);
  expect(seen.map((entry) => entry.route)).toContain(`POST /api/sessions -> 502`);
});
