import { describe, expect, test } from 'vitest';
import { startPortal } from './start-portal.js';

const pave = { username: 'dealer', apiKey: 'key-1', apiSecret: 'secret-1' };

describe('startPortal', () => {
  test('listens on loopback, answers, and frees the port on close', async () => {
    const portal = await startPortal({ port: 0, pave: { ...pave, baseUrl: 'http://127.0.0.1:9' } });
    expect(portal.url).toBe(`http://127.0.0.1:${portal.port}`);
    const response = await fetch(`${portal.url}/healthz`);
    expect(await response.json()).toEqual({ ok: true });

    await portal.close();
    await portal.close();
    await expect(fetch(`${portal.url}/healthz`)).rejects.toThrow();
  });

  test('rejects when the port is taken', async () => {
    const first = await startPortal({ port: 0, pave });
    try {
      await expect(startPortal({ port: first.port, pave })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });

  test('refuses incomplete credentials before listening', async () => {
    await expect(startPortal({ port: 0, pave: { ...pave, apiSecret: '' } })).rejects.toThrow(
      /apiSecret/,
    );
  });
});
