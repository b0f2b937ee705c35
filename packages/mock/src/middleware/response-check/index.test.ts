import { Hono } from 'hono';
import { describe, expect, test } from 'vitest';
import { serveApp } from '../../../test/serve-app.js';
import type { MockEnv } from '../../mock-env.js';
import { matchOperation } from '../operation/index.js';
import { type ContractViolation, responseCheck } from './index.js';

/** An app that answers `status` with `body` to everything, checked against the spec. */
async function serveAnswering(status: number, body: unknown, outsideContract = false) {
  const violations: ContractViolation[] = [];
  const app = new Hono<MockEnv>();
  app.use(matchOperation());
  app.use(responseCheck((violation) => violations.push(violation)));
  app.all('*', (c) => {
    if (outsideContract) c.set('outsideContract', true);
    return c.json(body, status as 200);
  });
  return { ...(await serveApp(app)), violations };
}

describe('responseCheck', () => {
  test('records an answer with a status the operation does not declare', async () => {
    const { url, violations } = await serveAnswering(422, { message: 'no' });
    const answer = await fetch(`${url}/v1/callbacks/SESSION:COMPLETE`);
    expect(answer.status).toBe(422);
    expect(violations).toEqual([
      {
        method: 'GET',
        path: '/v1/callbacks/SESSION:COMPLETE',
        status: 422,
        issues: [expect.objectContaining({ field: 'status', rule: 'responses' })],
      },
    ]);
  });

  test('records a body its schema refuses, and still sends it', async () => {
    const { url, violations } = await serveAnswering(401, { reason: 'no message' });
    expect(await (await fetch(`${url}/v1/callbacks`)).json()).toEqual({ reason: 'no message' });
    expect(violations).toHaveLength(1);
  });

  test('records nothing for an answer the spec allows', async () => {
    const { url, violations } = await serveAnswering(401, { message: 'Unauthorized.' });
    await fetch(`${url}/v1/callbacks`);
    expect(violations).toEqual([]);
  });

  test('leaves paths outside the spec, and answers about the exchange, alone', async () => {
    const outside = await serveAnswering(413, { message: 'too large' }, true);
    await fetch(`${outside.url}/v1/sessions`, { method: 'POST' });
    expect(outside.violations).toEqual([]);
    const unknown = await serveAnswering(404, {});
    await fetch(`${unknown.url}/v2/sessions`);
    expect(unknown.violations).toEqual([]);
  });
});
