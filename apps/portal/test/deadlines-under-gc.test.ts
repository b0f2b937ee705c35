// The portal's own deadlines must hold while garbage collection runs: undici stops honouring an
// abort signal once a Request it waits on has been collected, so every bound here is a timer of
// the portal's own, raced against the work. Real connections, with gc() every 5 ms throughout.
import { type AddressInfo, connect, createServer, type Socket } from 'node:net';
import { createPaveClient } from '@pave-kit/client';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  afterRealTime as after,
  canCollectGarbage,
  collectGarbageEvery,
  sleepRealTime,
} from '../../../tools/test-support/gc-pressure.js';
import { createPortalApp, portalLimits, startPortal } from '../src/index.js';
import { createPortalServer } from '../src/portal-server.js';
import { webhookPath, webhookTokenHeader } from '../src/webhook-route.js';

const credentials = { username: 'dealer', apiKey: 'key-1', apiSecret: 'secret-1' };

let stopCollecting = () => {};
afterEach(() => {
  stopCollecting();
  vi.useRealTimers();
});

/** A server that takes connections and never answers: PAVE at its worst. */
async function silentServer() {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => sockets.size,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('with garbage collection running', () => {
  test('has gc() to call', () => {
    expect(canCollectGarbage()).toBe(true);
  });

  test('a webhook whose body stalls is answered 408 at its deadline', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    stopCollecting = collectGarbageEvery(5);
    const token = 'token-for-tests-0c9e4a';
    const pave = await silentServer();
    const app = createPortalApp({
      client: createPaveClient({ ...credentials, baseUrl: pave.url }),
      webhookToken: token,
    });
    const server = createPortalServer(app.fetch);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => {});
    let received = '';
    const answered = new Promise<string>((resolve) => {
      socket.on('data', (data) => {
        received += data;
        if (received.includes('\r\n\r\n')) resolve(received.split('\r\n')[0] ?? '');
      });
    });
    try {
      socket.write(
        `POST ${webhookPath} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
          `${webhookTokenHeader}: ${token}\r\nContent-Type: application/json\r\n` +
          'Content-Length: 100\r\n\r\n{"event": ',
      );
      // Collections happen while the body waits; then its deadline passes.
      await sleepRealTime(200);
      await vi.advanceTimersByTimeAsync(portalLimits.webhookBodyTimeoutMs);
      expect(await Promise.race([answered, after(10_000, 'still waiting')])).toBe(
        'HTTP/1.1 408 Request Timeout',
      );
    } finally {
      socket.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pave.close();
    }
  });

  test('close() ends while PAVE never answers the registration or its removal', async () => {
    stopCollecting = collectGarbageEvery(5);
    const pave = await silentServer();
    try {
      const portal = await startPortal({
        port: 0,
        pave: { ...credentials, baseUrl: pave.url, timeoutMs: 60_000, retry: { limit: 0 } },
        log: () => {},
      });
      await vi.waitFor(() => expect(pave.requests()).toBeGreaterThan(0), { timeout: 10_000 });
      await sleepRealTime(200);
      // Bounded by the portal's own 3 s; a bound that relied on the calls' signals would wait
      // out their minute.
      expect(await Promise.race([portal.close().then(() => 'closed'), after(20_000, 'open')])).toBe(
        'closed',
      );
    } finally {
      await pave.close();
    }
  }, 30_000);
});
