import { Hono } from 'hono';
import { describe, expect, test } from 'vitest';
import { type HostCheckOptions, hostCheck, parseHostName } from './host-check.js';

function appWith(options?: HostCheckOptions) {
  const app = new Hono();
  app.use(hostCheck(options));
  app.get('/', (c) => c.text('the page'));
  return app;
}

/** A request as @hono/node-server hands it over: with the Host header and the connection. */
function requestAt(app: Hono, host: string, localPort = 3000) {
  return app.request(
    'http://ignored/',
    { headers: { host } },
    { incoming: { socket: { localPort } }, outgoing: {} },
  );
}

describe('parseHostName', () => {
  test.each([
    ['localhost:3000', { hostname: 'localhost', port: 3000 }],
    ['LocalHost', { hostname: 'localhost', port: undefined }],
    ['127.0.0.1:8080', { hostname: '127.0.0.1', port: 8080 }],
    ['[::1]:3000', { hostname: '[::1]', port: 3000 }],
    ['portal.dealer.example', { hostname: 'portal.dealer.example', port: undefined }],
  ])('reads %s', (value, expected) => {
    expect(parseHostName(value)).toEqual(expected);
  });

  test.each([
    'http://localhost:3000',
    'localhost:3000/',
    'user@localhost',
    'localhost:0',
    'localhost:65536',
    'localhost:',
    '::1',
    'two words',
    '',
  ])('refuses %j', (value) => {
    expect(parseHostName(value)).toBeUndefined();
  });
});

describe('hostCheck', () => {
  test.each(['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'LOCALHOST:3000'])(
    'lets %s through on port 3000',
    async (host) => {
      const response = await requestAt(appWith(), host);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('the page');
    },
  );

  test('answers 421 with a JSON message to a rebound name, before any route runs', async () => {
    const response = await requestAt(appWith(), 'attacker.example:3000');
    expect(response.status).toBe(421);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      error: {
        kind: 'misdirected',
        message:
          'The portal does not answer to the host "attacker.example:3000": open it at ' +
          'http://localhost:3000 or http://127.0.0.1:3000, or allow that host in PORTAL_ALLOWED_HOSTS.',
      },
    });
  });

  test.each([
    ['a loopback name on another port', 'localhost:4000'],
    ['a loopback name without a port', '127.0.0.1'],
    ['a name that only starts like localhost', 'localhost.attacker.example:3000'],
    ['another loopback address', '127.0.0.2:3000'],
    ['a host that is not one', 'localhost:3000@attacker.example'],
  ])('refuses %s', async (_, host) => {
    expect((await requestAt(appWith(), host)).status).toBe(421);
  });

  test('a loopback name without a port is port 80', async () => {
    expect((await requestAt(appWith(), 'localhost', 80)).status).toBe(200);
  });

  test('an allowed host without a port is allowed on any port', async () => {
    const app = appWith({ allowedHosts: ['Portal.Dealer.example'] });
    expect((await requestAt(app, 'portal.dealer.example')).status).toBe(200);
    expect((await requestAt(app, 'portal.dealer.example:8443')).status).toBe(200);
    expect((await requestAt(app, 'dealer.example')).status).toBe(421);
  });

  test('an allowed host with a port is allowed on that port only', async () => {
    const app = appWith({ allowedHosts: ['portal.lan:8080', '192.168.1.20:3000'] });
    expect((await requestAt(app, 'portal.lan:8080')).status).toBe(200);
    expect((await requestAt(app, 'portal.lan:3000')).status).toBe(421);
    expect((await requestAt(app, 'portal.lan')).status).toBe(421);
    expect((await requestAt(app, '192.168.1.20:3000')).status).toBe(200);
    // Allowing more names takes none of the loopback ones away.
    expect((await requestAt(app, 'localhost:3000')).status).toBe(200);
  });

  test('a loopback name on another port can be allowed, e.g. behind a port forward', async () => {
    const app = appWith({ allowedHosts: ['localhost:8080'] });
    expect((await requestAt(app, 'localhost:8080')).status).toBe(200);
    expect((await requestAt(app, '127.0.0.1:8080')).status).toBe(421);
  });

  test('in-process, with no connection to take a port from, loopback names pass on any port', async () => {
    const app = appWith();
    expect((await app.request('/')).status).toBe(200);
    expect((await app.request('http://127.0.0.1:4000/')).status).toBe(200);
    expect((await app.request('/', { headers: { host: 'attacker.example' } })).status).toBe(421);
  });

  test('refuses an allowed host that is not a host or host:port', () => {
    expect(() => hostCheck({ allowedHosts: ['https://portal.dealer.example'] })).toThrow(
      'allowedHosts: "https://portal.dealer.example" is not a host or host:port',
    );
  });
});
