import { beforeAll, describe, expect, test } from 'vitest';
import {
  headersFromPrism,
  loadPrism,
  type PrismEngine,
  type PrismRequest,
} from './prism-engine.js';

const anyAuth = { 'api-key': 'k', 'api-token': 't', 'api-timestamp': '2021-05-30T12:49:19Z' };

function request(overrides: Partial<PrismRequest>): PrismRequest {
  return {
    method: 'GET',
    path: '/v1/callbacks',
    query: new URLSearchParams(),
    headers: anyAuth,
    body: new Uint8Array(0),
    ...overrides,
  };
}

let prism: PrismEngine;
beforeAll(async () => {
  prism = await loadPrism({ dynamic: false });
});

describe('loadPrism', () => {
  test('names the Prism release and the engine that answers', () => {
    expect(prism.version).toMatch(/^5\.\d+\.\d+, prism-http 5\.\d+\.\d+$/);
  });

  test("answers from the spec's examples", async () => {
    const answer = await prism.answer(request({}));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(answer.body ?? '')).toMatchObject({ data: expect.any(Array) });
  });

  test('honours Prefer, and answers a Prefer it cannot read with a problem', async () => {
    const chosen = await prism.answer(request({ headers: { ...anyAuth, prefer: 'code=503' } }));
    expect(chosen.status).toBe(503);
    const unreadable = await prism.answer(request({ headers: { ...anyAuth, prefer: 'code=abc' } }));
    expect(unreadable.status).toBe(422);
    expect(unreadable.headers.get('content-type')).toBe('application/problem+json');
  });

  test('passes the JSON body on to be validated', async () => {
    const answer = await prism.answer(
      request({
        method: 'POST',
        path: '/v1/sessions',
        headers: { ...anyAuth, 'content-type': 'application/json' },
        body: new TextEncoder().encode('{"vehicle": {"vin": 17}}'),
      }),
    );
    expect(answer.status).toBe(400);
    // The header as Prism's own server writes it, for anyone who reads it.
    expect(JSON.parse(answer.headers.get('sl-violations') ?? '[]')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          location: ['request', 'body', 'vehicle', 'vin'],
          severity: 'Error',
        }),
      ]),
    );
  });

  test('rejects the one request when Prism throws, instead of ending the process', async () => {
    await expect(prism.answer(request({ path: '/v1/sessions/%zz' }))).rejects.toThrow(URIError);
    expect((await prism.answer(request({}))).status).toBe(200);
  });
});

describe('headersFromPrism', () => {
  test('drops connection-level headers and keeps the rest, repeated ones included', () => {
    const headers = headersFromPrism({
      Connection: 'keep-alive',
      'keep-alive': 'timeout=5',
      'transfer-encoding': 'chunked',
      'content-length': '12',
      upgrade: 'websocket',
      'content-type': 'application/json',
      'retry-after': 30,
      'x-example': ['a', 'b'],
      'x-missing': undefined,
    });
    expect([...headers]).toEqual([
      ['content-type', 'application/json'],
      ['retry-after', '30'],
      ['x-example', 'a, b'],
    ]);
  });
});
