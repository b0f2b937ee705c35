// Bodies generated from the spec's request schemas and then broken, sent signed over real HTTP
// to a mock that checks signatures: each answer keeps the rule in answer-rule.ts.
import { createAuthHeaders } from '@pave-kit/auth';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hostileRuns } from '../../../../tools/test-support/hostile-runs.js';
import { type RunningMock, startMock } from '../../src/index.js';
import { mockLimits } from '../../src/limits.js';
import { exchange, head } from '../raw-http.js';
import { judgeAnswer } from './answer-rule.js';
import { brokenBody } from './broken-bodies.js';

const account = {
  username: 'hostile',
  apiKey: 'key_hostile_bodies',
  apiSecret: 'secret_hostile_b0d1e5',
};
let mock: RunningMock;

function signedLines(): string[] {
  return Object.entries(createAuthHeaders(account)).map(([name, value]) => `${name}: ${value}`);
}

beforeAll(async () => {
  mock = await startMock({ credentials: account });
});
afterAll(async () => {
  await mock?.close();
});

test('every broken body gets a 4xx naming the problem, or a success the spec allows', async () => {
  await fc.assert(
    fc.asyncProperty(brokenBody(mockLimits.maxBodyBytes), async (request) => {
      const body = Buffer.from(request.body);
      const answer = await exchange(
        mock.port,
        Buffer.concat([
          Buffer.from(
            head(`${request.operation.method} ${request.target} HTTP/1.1`, [
              'Host: 127.0.0.1',
              `Content-Type: ${request.contentType}`,
              `Content-Length: ${body.length}`,
              'Connection: close',
              ...signedLines(),
            ]),
          ),
          body,
        ]),
      );
      const problems = judgeAnswer(
        answer,
        { successAllowed: request.valid, names: request.valid ? undefined : request.names },
        account.apiSecret,
      );
      if (problems.length > 0) {
        throw new Error(
          `${request.kind}: ${request.operation.operationId} ${request.operation.method} ${request.target} -> ${answer.status}\n${problems.join('\n')}\nbody sent: ${request.body.slice(0, 400)}`,
        );
      }
    }),
    hostileRuns(300),
  );

  const create = '{"vehicle":{"vin":"JN1CV6AR9BMXXXXXX"}}';
  const good = await exchange(
    mock.port,
    `${head('POST /v1/sessions HTTP/1.1', [
      'Host: 127.0.0.1',
      'Content-Type: application/json',
      `Content-Length: ${create.length}`,
      ...signedLines(),
    ])}${create}`,
  );
  expect(`${good.status} ${good.body}`).toMatch(/^201 /);
}, 120_000);
