// The portal, started for real, fed generated requests while a fake PAVE answers each in a
// generated way: every answer is a 4xx naming the problem, a success the input earned, or a
// gateway status when PAVE misbehaved; never a 500, a file outside `public/`, or the secret.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  type HostileServer as FakePave,
  startHostileServer as startFakePave,
} from '../../../../tools/test-support/hostile-pave.js';
import { hostileRuns } from '../../../../tools/test-support/hostile-runs.js';
import { type RunningPortal, startPortal } from '../../src/index.js';
import { portalRequest } from './portal-requests.js';
import { rawRequest } from './raw-request.js';

const credentials = {
  username: 'dealer',
  apiKey: 'key_portal_hostile',
  apiSecret: 'secret_portal_h0st1le',
};
let pave: FakePave;
let portal: RunningPortal;

beforeAll(async () => {
  pave = await startFakePave();
  portal = await startPortal({
    port: 0,
    pave: { ...credentials, baseUrl: pave.url, timeoutMs: 700, retry: { limit: 0 } },
    // The registration and its retries run beside the requests, and would count as calls to
    // PAVE that the requests made.
    registerWebhooks: false,
  });
});
afterAll(async () => {
  await portal?.close();
  await pave?.close();
});

const publicFiles = ['index.html', 'app.js', 'styles.css'].map((name) =>
  readFileSync(new URL(`../../public/${name}`, import.meta.url), 'utf8'),
);
// Text only files outside `public/` hold.
const outsidePublic = ['"@pave-kit/portal"', 'root:x:0:0', 'export function readPortalConfig'];

function messageOf(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown }; message?: unknown };
    const message = parsed.error?.message ?? parsed.message;
    return typeof message === 'string' && message.trim() !== '' ? message : undefined;
  } catch {
    return undefined;
  }
}

test('every generated request gets a fair answer from the portal', async () => {
  await fc.assert(
    fc.asyncProperty(portalRequest(), async (request) => {
      pave.behaviour = request.pave;
      const before = pave.requests;
      const answer = await rawRequest({
        port: portal.port,
        method: request.method,
        path: request.path,
        headers: {
          host: request.host ?? `127.0.0.1:${portal.port}`,
          connection: 'close',
          ...(request.contentType === undefined ? {} : { 'content-type': request.contentType }),
          ...(request.body === undefined
            ? {}
            : { 'content-length': String(Buffer.byteLength(request.body)) }),
        },
        ...(request.body === undefined ? {} : { body: Buffer.from(request.body) }),
      });
      const reachedPave = pave.requests > before;
      const problems: string[] = [];
      const all = `${JSON.stringify(answer.headers)}${answer.body}`;
      if (all.includes(credentials.apiSecret)) problems.push('the answer holds the API secret');
      for (const marker of outsidePublic) {
        if (answer.body.includes(marker))
          problems.push(`the answer serves a file outside public/ (${marker})`);
      }
      if (answer.status === 500) problems.push(`a 500: ${answer.body.slice(0, 300)}`);
      if (answer.status >= 500 && !reachedPave)
        problems.push(`a ${answer.status} though PAVE was never called`);
      if (request.refusedBeforePave && reachedPave)
        problems.push('PAVE was called for an input the portal must refuse');
      if (request.refusedBeforePave && answer.status < 400)
        problems.push(`a ${answer.status} to an input the portal must refuse`);
      const isPage = request.method === 'GET' && !request.path.startsWith('/api/sessions');
      if (answer.status >= 400 && !isPage && messageOf(answer.body) === undefined) {
        problems.push(`a ${answer.status} without a message: ${answer.body.slice(0, 300)}`);
      }
      if (isPage && answer.status === 200 && !publicFiles.includes(answer.body)) {
        problems.push("a 200 for a path that is not one of the page's files");
      }
      if (request.method === 'POST' && answer.status === 201) {
        const created = JSON.parse(answer.body) as { session_key?: unknown };
        if (typeof created.session_key !== 'string') problems.push('a 201 without a session_key');
      }
      if (problems.length > 0) {
        throw new Error(
          `${request.label} -> ${answer.status} ${answer.body.slice(0, 300)}\n${problems.join('\n')}`,
        );
      }
    }),
    hostileRuns(200),
  );

  pave.behaviour = {
    kind: 'answer',
    status: 201,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      session_key: 'TOA-QGMWRCHHGB',
      active: true,
      created_at: '2026-01-02T03:04:00.000000Z',
      capture_url: 'https://dealer.vehiclecapture.com/TOA-QGMWRCHHGB',
    }),
  };
  const good = await fetch(`${portal.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ vin: 'JN1CV6AR9BMXXXXXX' }),
  });
  expect(good.status).toBe(201);
}, 120_000);
