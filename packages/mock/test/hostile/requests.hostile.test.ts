// Whole requests made hostile at every layer the mock reads, sent over raw sockets to a mock that
// checks signatures, beside a canary server that names every other host the requests point at.
import type { PaveCredentials } from '@pave-kit/auth';
import { createAuthHeaders } from '@pave-kit/auth';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hostileRuns } from '../../../../tools/test-support/hostile-runs.js';
import { type RunningMock, startMock } from '../../src/index.js';
import { mockLimits } from '../../src/limits.js';
import { openRaw } from '../raw-http.js';
import { judgeAnswer } from './answer-rule.js';
import { type Canary, startCanary } from './canary.js';
import { hostileRequest } from './hostile-requests.js';

const credentials: PaveCredentials = {
  username: 'hostile',
  apiKey: 'key_hostile_requests',
  apiSecret: 'secret_hostile_r3qu35t5',
};
let mock: RunningMock;
let canary: Canary;

beforeAll(async () => {
  canary = await startCanary();
  mock = await startMock({ credentials });
});
afterAll(async () => {
  await mock?.close();
  await canary?.close();
});

/** Resolves true once `closed` does, false after `ms`. */
function within(closed: Promise<void>, ms: number): Promise<boolean> {
  return Promise.race([
    closed.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);
}

test('every hostile request gets a fair answer, and no other host is ever reached', async () => {
  await fc.assert(
    fc.asyncProperty(hostileRequest(mockLimits.maxBodyBytes), async (request) => {
      const connection = openRaw(mock.port, { headRequest: request.label.startsWith('HEAD ') });
      await connection.write(request.build({ credentials, canaryPort: canary.port }));
      const answer = await connection.answer;
      const problems = judgeAnswer(answer, request.expectation, credentials.apiSecret);
      if (request.closes && !(await within(connection.closed, 5_000))) {
        problems.push('the client sent Connection: close, and the connection stayed open');
      }
      connection.socket.destroy();
      if (canary.hits.length > 0)
        problems.push(`the canary was reached: ${canary.hits.join(', ')}`);
      if (problems.length > 0) {
        throw new Error(`${request.label} -> ${answer.status}\n${problems.join('\n')}`);
      }
    }),
    hostileRuns(300),
  );

  expect(canary.hits).toEqual([]);
  const good = await fetch(`${mock.url}/v1/sessions`, {
    method: 'POST',
    headers: { ...createAuthHeaders(credentials), 'content-type': 'application/json' },
    body: JSON.stringify({ vehicle: { vin: 'JN1CV6AR9BMXXXXXX' } }),
  });
  expect(good.status).toBe(201);
}, 120_000);
