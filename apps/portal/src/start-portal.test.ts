import { get } from 'node:http';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import { describe, expect, test } from 'vitest';
import { startPortal } from './start-portal.js';

const pave = { username: 'dealer', apiKey: 'key-1', apiSecret: 'secret-1' };

/** GET over a real connection with the Host header a browser would send; `fetch` sets its own. */
function getWithHost(port: number, host: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path: '/healthz', headers: { host } }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject);
  });
}

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

  test('answers its loopback names on its own port, allowed hosts, and 421 to the rest', async () => {
    const portal = await startPortal({ port: 0, allowedHosts: ['portal.lan'], pave });
    try {
      const at = (host: string) => getWithHost(portal.port, host);
      expect(await at(`localhost:${portal.port}`)).toBe(200);
      expect(await at(`127.0.0.1:${portal.port}`)).toBe(200);
      expect(await at(`portal.lan:${portal.port}`)).toBe(200);
      expect(await at(`attacker.example:${portal.port}`)).toBe(421);
      expect(await at(`localhost:${portal.port + 1}`)).toBe(421);
    } finally {
      await portal.close();
    }
  });

  test('serves at once while PAVE has not answered the registration, and close() does not wait on it', async () => {
    // A PAVE that takes the connection and never answers: the worst case for a start-up call.
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => {});
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const lines: string[] = [];
    try {
      // A minute per call: were start or close to wait on PAVE, the test would time out first.
      const portal = await startPortal({
        port: 0,
        pave: { ...pave, baseUrl: silentUrl, timeoutMs: 60_000, retry: { limit: 0 } },
        log: (line) => lines.push(line),
      });
      expect(portal.webhooks).toEqual({
        registered: false,
        url: `${portal.url}/webhooks/pave`,
        message: `webhooks being registered: asking PAVE to call ${portal.url}/webhooks/pave`,
      });
      expect(await (await fetch(`${portal.url}/healthz`)).json()).toEqual({ ok: true });
      expect(await (await fetch(`${portal.url}/api/info`)).json()).toMatchObject({
        live_updates: { registered: false, message: portal.webhooks.message },
      });
      await portal.close();
      // Stopped, not merely left behind: nothing is logged for the attempt cut short.
      expect(lines).toEqual([]);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  }, 20_000);

  test('refuses an allowed host that is not one before listening', async () => {
    await expect(
      startPortal({ port: 0, allowedHosts: ['http://portal.lan'], pave }),
    ).rejects.toThrow('allowedHosts: "http://portal.lan" is not a host or host:port');
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
