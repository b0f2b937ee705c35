import { afterEach, expect, test } from 'vitest';
import { createPaveClient } from '../src/create-pave-client.js';
import { PaveApiError } from '../src/errors/pave-api-error.js';
import { unwrap } from '../src/unwrap.js';
import { credentials, type PaveTestServer, startPaveServer } from './pave-server.js';

const servers: PaveTestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

test('a redirect is not followed, so the signature never reaches another host', async () => {
  const elsewhere = await startPaveServer((_, res) => res.end('{}'));
  const pave = await startPaveServer((_, res) => {
    res.writeHead(302, { location: `${elsewhere.baseUrl}/v1/sessions` });
    res.end();
  });
  servers.push(elsewhere, pave);

  const client = createPaveClient({ ...credentials, baseUrl: pave.baseUrl, timeoutMs: 2000 });
  const result = await client.POST('/v1/sessions', {
    body: { vehicle: { vin: 'JN1CV6AR9BMXXXXXX' } },
  });

  expect(result.response.status).toBe(302);
  expect(() => unwrap(result)).toThrow(PaveApiError);
  expect(pave.received).toHaveLength(1);
  expect(elsewhere.received).toHaveLength(0);
});

test('a redirect is not followed even when the call asks for it', async () => {
  const elsewhere = await startPaveServer((_, res) => res.end('{}'));
  const pave = await startPaveServer((_, res) => {
    res.writeHead(307, { location: `${elsewhere.baseUrl}/v1/sessions` });
    res.end();
  });
  servers.push(elsewhere, pave);

  const client = createPaveClient({ ...credentials, baseUrl: pave.baseUrl });
  const result = await client.POST('/v1/sessions', { body: {}, redirect: 'follow' });

  expect(result.response.status).toBe(307);
  expect(elsewhere.received).toHaveLength(0);
});
