import { createServer } from 'node:net';
import { createAuthHeaders } from '@pave-kit/auth';
import { findOperation, validateResponseBody } from '@pave-kit/contract';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startReceiver } from '../test/receiver.js';
import type { RequestLogEntry } from './middleware/request-log/index.js';
import { type RunningMock, startMock } from './start-mock.js';

const anyAuth = { 'API-Key': 'k', 'API-Token': 't', 'API-Timestamp': '2021-05-30T12:49:19Z' };
const vin = 'JN1CV6AR9BMXXXXXX';

async function call(mock: RunningMock, method: string, path: string, init: RequestInit = {}) {
  const response = await fetch(`${mock.url}${path}`, {
    method,
    ...init,
    headers: { 'content-type': 'application/json', ...anyAuth, ...init.headers },
  });
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  return { status: response.status, headers: response.headers, body };
}

/** Every answer the mock gives must be one the spec declares, with a body its schema accepts. */
function expectInContract(method: string, path: string, status: number, body: unknown) {
  const operation = findOperation(method, new URL(path, 'http://x').pathname);
  expect(operation, `${method} ${path} is an operation of the spec`).toBeDefined();
  if (!operation) return;
  const result = validateResponseBody({ operation, status, body });
  expect(result.ok ? [] : result.issues).toEqual([]);
}

describe('without credentials', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock();
  });
  afterAll(() => mock.close());

  test('listens on loopback and lists the spec operations', () => {
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(mock.operations.map((op) => op.operationId)).toContain('createSession');
    expect(mock.checksSignatures).toBe(false);
  });

  test('creates a session with 201, a session key and a capture URL', async () => {
    const body = JSON.stringify({ vehicle: { vin } });
    const answer = await call(mock, 'POST', '/v1/sessions', { body });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      session_key: expect.any(String),
      capture_url: expect.stringMatching(/^https:\/\//),
    });
    expectInContract('POST', '/v1/sessions', answer.status, answer.body);
  });

  test('answers 200 when asked, as another PAVE page documents', async () => {
    const body = JSON.stringify({ vehicle: { vin } });
    const answer = await call(mock, 'POST', '/v1/sessions', {
      body,
      headers: { prefer: 'code=200' },
    });
    expect(answer.status).toBe(200);
  });

  test('names the field of a 16-character VIN in a PAVE-shaped 400', async () => {
    const body = JSON.stringify({ vehicle: { vin: vin.slice(1) } });
    const answer = await call(mock, 'POST', '/v1/sessions', { body });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      message: 'Required fields are missing or invalid.',
      errors: { 'vehicle.vin': ['must be 17 characters, got 16'] },
    });
    expectInContract('POST', '/v1/sessions', answer.status, answer.body);
  });

  test.each([
    ['an unknown top-level key', { colour: 'red' }, { colour: ['is not a known field'] }],
    ['a body that is not an object', [1], { body: ['must be an object, got an array'] }],
    ['an object given as text', { session: 'PRO' }, { session: ['must be an object, got "PRO"'] }],
  ])('keys the 400 for %s so that it matches the spec', async (_, sent, errors) => {
    const answer = await call(mock, 'POST', '/v1/sessions', { body: JSON.stringify(sent) });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ errors });
    expectInContract('POST', '/v1/sessions', answer.status, answer.body);
  });

  test('answers malformed JSON with a 400 in the spec error shape', async () => {
    const answer = await call(mock, 'POST', '/v1/sessions', { body: '{"vehicle": ' });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ message: expect.stringContaining('not valid JSON') });
    expectInContract('POST', '/v1/sessions', answer.status, answer.body);
  });

  test('still requires the three auth headers to be present', async () => {
    const response = await fetch(`${mock.url}/v1/callbacks`);
    expect(response.status).toBe(401);
  });

  test.each([
    ['GET', '/v1/sessions/XXX-ABCDE12345', 404],
    ['GET', '/v1/sessions/XXX-ABCDE12345', 429],
    ['DELETE', '/v1/sessions/XXX-ABCDE12345', 400],
    ['GET', '/v1/sessions/XXX-ABCDE12345/results', 409],
    ['PUT', '/v1/callbacks/SESSION:COMPLETE', 404],
    ['GET', '/v1/callbacks', 500],
    ['GET', '/v1/callbacks', 503],
  ])('%s %s answers Prefer: code=%i from the spec', async (method, path, code) => {
    const body = method === 'PUT' ? JSON.stringify({ url: 'https://example.com/hook' }) : undefined;
    const answer = await call(mock, method, path, { body, headers: { prefer: `code=${code}` } });
    expect(answer.status).toBe(code);
    expectInContract(method, path, answer.status, answer.body);
  });

  test('serves a named example on request', async () => {
    const answer = await call(mock, 'GET', '/v1/sessions/XXX-ABCDE12345', {
      headers: { prefer: 'example=complete' },
    });
    expect(answer.body).toMatchObject({ status: 'COMPLETE', vehicle: { vehicle_id: 19880 } });
  });

  test('carries Retry-After on 429 and 503, as the spec declares', async () => {
    const answer = await call(mock, 'GET', '/v1/callbacks', { headers: { prefer: 'code=503' } });
    expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('with credentials', () => {
  const account = { username: 'demo', apiKey: 'key_123', apiSecret: 'secret_456' };
  const other = { username: 'branch', apiKey: 'key_999', apiSecret: 'secret_999' };
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock({ credentials: [account, other] });
  });
  afterAll(() => mock.close());

  const create = (headers: Record<string, string>) =>
    call(mock, 'POST', '/v1/sessions', { body: JSON.stringify({ vehicle: { vin } }), headers });

  test('accepts a correct signature from each account', async () => {
    expect((await create(createAuthHeaders(account))).status).toBe(201);
    expect((await create(createAuthHeaders(other))).status).toBe(201);
  });

  test.each([
    ['a wrong secret', () => createAuthHeaders({ ...account, apiSecret: 'guessed' }), /API-Token/],
    ['an unknown key', () => createAuthHeaders({ ...account, apiKey: 'key_000' }), /API-Key/],
    [
      'a stale timestamp',
      () => createAuthHeaders(account, new Date(Date.now() - 10 * 60_000)),
      /old/,
    ],
    ['no signature at all', () => anyAuth, /API-Token|API-Key/],
  ])('answers %s with 401 in the spec error shape', async (_, headers, message) => {
    const answer = await create(headers());
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ message: expect.stringMatching(message) });
    expectInContract('POST', '/v1/sessions', answer.status, answer.body);
  });

  test('never echoes a secret or the expected token', async () => {
    const answer = await create(createAuthHeaders({ ...account, apiSecret: 'guessed' }));
    const expected = createAuthHeaders(account)['API-Token'];
    const text = JSON.stringify(answer.body);
    expect(text).not.toContain(account.apiSecret);
    expect(text).not.toContain(expected);
  });

  test('lets CORS preflight through without a signature', async () => {
    const response = await fetch(`${mock.url}/v1/sessions`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(204);
  });
});

describe('lifecycle', () => {
  test('close() frees the port for the next server', async () => {
    const mock = await startMock();
    await fetch(`${mock.url}/v1/callbacks`, { headers: anyAuth, keepalive: true });
    await mock.close();
    const again = await startMock({ port: mock.port });
    expect(again.port).toBe(mock.port);
    await again.close();
  });

  test("leaves the process's global Request and Response alone", async () => {
    // A client under test in the same process (openapi-fetch) checks `instanceof Response`.
    const { Request: before, Response: beforeResponse } = globalThis;
    const mock = await startMock();
    await fetch(`${mock.url}/v1/callbacks`, { headers: anyAuth });
    await mock.close();
    expect(globalThis.Request).toBe(before);
    expect(globalThis.Response).toBe(beforeResponse);
  });

  test('rejects a port already taken', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const { port } = blocker.address() as { port: number };
    await expect(startMock({ port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    blocker.close();
  });

  test('rejects bad credentials before starting, naming the field', async () => {
    await expect(
      startMock({ credentials: { username: 'demo', apiKey: '', apiSecret: 'secret_456' } }),
    ).rejects.toThrow(/apiKey/);
  });

  test.each([
    [{ maxPending: 0 }, 'webhookDelivery.maxPending must be a whole number of at least 1, got 0'],
    [{ attempts: 1.5 }, 'webhookDelivery.attempts must be a whole number of at least 1, got 1.5'],
    [
      { timeoutMs: Number.NaN },
      'webhookDelivery.timeoutMs must be a number of at least 1, got NaN',
    ],
  ])('rejects the delivery policy %o, naming the field and the rule', async (policy, message) => {
    await expect(startMock({ webhookDelivery: policy })).rejects.toThrow(message);
  });

  test('rejects a maxStateBytes that is not a whole number of bytes, naming it', async () => {
    await expect(startMock({ maxStateBytes: 0 })).rejects.toThrow(
      'maxStateBytes must be a whole number of at least 1, got 0',
    );
  });

  test('logs each request without headers or bodies', async () => {
    const entries: unknown[] = [];
    const mock = await startMock({ onRequest: (entry) => entries.push(entry) });
    await fetch(`${mock.url}/v1/callbacks`, { headers: anyAuth });
    await mock.close();
    expect(entries).toEqual([
      {
        method: 'GET',
        path: '/v1/callbacks',
        status: 200,
        durationMs: expect.any(Number),
        operationId: 'listCallbacks',
      },
    ]);
    expect(mock.served).toEqual(['listCallbacks']);
  });
});

describe('the request log', () => {
  test('shows admin calls, and onWebhook each webhook try, the URL without its query', async () => {
    const receiver = await startReceiver((call) => (call === 1 ? 500 : 200));
    const entries: RequestLogEntry[] = [];
    const webhooks: RequestLogEntry[] = [];
    const mock = await startMock({
      onRequest: (entry) => entries.push(entry),
      onWebhook: (entry) => webhooks.push(entry),
      webhookDelivery: { backoffMs: 1 },
    });
    try {
      await call(mock, 'POST', '/v1/callbacks', {
        body: JSON.stringify({
          event: 'SESSION:STATUS_CHANGE',
          url: `${receiver.url}/hook?token=receiver-secret`,
        }),
      });
      const created = await call(mock, 'POST', '/v1/sessions', { body: '{}' });
      const key = String((created.body as { session_key: string }).session_key);
      const moved = await fetch(`${mock.url}/__mock/sessions/${key}/advance`, {
        method: 'POST',
        headers: anyAuth,
        body: '{"wait":true}',
      });
      expect(moved.status).toBe(200);
      expect(entries.slice(2)).toEqual([
        expect.objectContaining({
          method: 'POST',
          path: `/__mock/sessions/${key}/advance`,
          status: 200,
        }),
      ]);
      expect(webhooks).toEqual([
        {
          method: 'POST',
          path: `${receiver.url}/hook`,
          status: 500,
          durationMs: expect.any(Number),
          note: `webhook SESSION:STATUS_CHANGE for ${key}, try 1: retrying`,
          webhook: 'SESSION:STATUS_CHANGE',
        },
        expect.objectContaining({
          status: 200,
          note: `webhook SESSION:STATUS_CHANGE for ${key}, try 2: delivered`,
        }),
      ]);
      expect(JSON.stringify(webhooks)).not.toContain('receiver-secret');
    } finally {
      await mock.close();
      await receiver.close();
    }
  });
});

describe('contract violations', () => {
  test('stay empty while every answer matches the spec', async () => {
    const mock = await startMock({ dynamic: true });
    for (const path of ['/v1/sessions/XXX-1', '/v1/sessions/XXX-1/photos', '/v1/callbacks']) {
      await call(mock, 'GET', path);
    }
    await call(mock, 'POST', '/v1/sessions', { body: JSON.stringify({ vehicle: { vin } }) });
    await mock.close();
    expect(mock.violations).toEqual([]);
  });

  test('record an answer the spec does not declare', async () => {
    const mock = await startMock();
    // Prism invents a 422 for a path parameter outside the enum: getCallback declares no 4XX for it.
    const answer = await call(mock, 'GET', '/v1/callbacks/SESSION:UNKNOWN');
    await mock.close();
    expect(answer.status).toBe(422);
    expect(mock.violations).toEqual([
      {
        method: 'GET',
        path: '/v1/callbacks/SESSION:UNKNOWN',
        status: 422,
        issues: [expect.objectContaining({ field: 'status', rule: 'responses' })],
      },
    ]);
  });
});
