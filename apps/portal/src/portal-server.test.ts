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
});
