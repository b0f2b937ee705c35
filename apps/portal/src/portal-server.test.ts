import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { portalLimits } from './portal-limits.js';
import { createPortalServer } from './portal-server.js';

const answer = () => new Response('ok');

describe('createPortalServer', () => {
  test('waits 10 s for headers and 30 s for a whole request by default', () => {
    const server = createPortalServer(answer);
    expect(server.headersTimeout).toBe(10_000);
    expect(server.requestTimeout).toBe(30_000);
    expect([server.headersTimeout, server.requestTimeout]).toEqual([
      portalLimits.headersTimeoutMs,
      portalLimits.requestTimeoutMs,
    ]);
  });

  test('takes shorter limits', () => {
    const server = createPortalServer(answer, { headersMs: 300, requestMs: 600 });
    expect(server.headersTimeout).toBe(300);
    expect(server.requestTimeout).toBe(600);
  });

  test.each(['PORTAL@evil.example', 'a b', 'x:y:z'])(
    'answers a Host header %s that makes no URL with a 400 saying so',
    async (host) => {
      const server = createPortalServer(answer);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      try {
        const answered = await new Promise<{ status: number; body: string }>((resolve, reject) => {
          const outgoing = request(
            { port, host: '127.0.0.1', path: '/', headers: { host }, setHost: false, agent: false },
            (incoming) => {
              let body = '';
              incoming.on('data', (chunk) => {
                body += chunk;
              });
              incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body }));
            },
          );
          outgoing.on('error', reject);
          outgoing.end();
        });
        expect(answered.status).toBe(400);
        expect(JSON.parse(answered.body)).toEqual({
          error: {
            kind: 'bad-request',
            message: expect.stringMatching(/^The request's Host header and path do not make a URL/),
          },
        });
      } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    },
  );
});
