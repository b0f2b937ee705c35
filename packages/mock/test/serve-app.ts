/** Serves a Hono app on a free loopback port with @hono/node-server, as the mock does. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Env, Hono } from 'hono';
import { afterEach } from 'vitest';

const running: Server[] = [];

afterEach(async () => {
  for (const server of running.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** Closed after the test that started it. */
export async function serveApp<E extends Env>(
  app: Hono<E>,
): Promise<{ url: string; port: number }> {
  const server = createAdaptorServer({
    fetch: app.fetch as Parameters<typeof createAdaptorServer>[0]['fetch'],
    overrideGlobalObjects: false,
  }) as Server;
  running.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, port };
}
