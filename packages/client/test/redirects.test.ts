import { expect, test } from 'vitest';
import { createPaveClient } from '../src/create-pave-client.js';
import { PaveApiError } from '../src/errors/pave-api-error.js';
import { unwrap } from '../src/unwrap.js';
import { credentials, startPaveServer } from './pave-server.js';

const passOn = (request: Request, init?: RequestInit) => fetch(request, init);

test.each([
  { status: 302, redirect: undefined, fetch: undefined },
  { status: 307, redirect: 'follow' as const, fetch: undefined },
  { status: 307, redirect: 'follow' as const, fetch: passOn },
])(
  'a $status is not followed (redirect: $redirect, own fetch: $fetch), so the signature stays home',
  async ({ status, redirect, fetch }) => {
    const elsewhere = await startPaveServer((_, res) => res.end('{}'));
    const pave = await startPaveServer((_, res) => {
      res.writeHead(status, { location: `${elsewhere.baseUrl}/v1/sessions` });
      res.end();
    });

    const client = createPaveClient({ ...credentials, baseUrl: pave.baseUrl, fetch });
    const result = await client.POST('/v1/sessions', {
      body: { vehicle: { vin: 'JN1CV6AR9BMXXXXXX' } },
      ...(redirect ? { redirect } : {}),
    });

    expect(result.response.status).toBe(status);
    expect(() => unwrap(result)).toThrow(PaveApiError);
    expect(pave.received).toHaveLength(1);
    expect(elsewhere.received).toHaveLength(0);
  },
);
