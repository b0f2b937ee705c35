import { type ChildProcess, spawn } from 'node:child_process';
import { get } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test, vi } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const running: ChildProcess[] = [];

/** A complete set of credentials; each test adds or breaks what it is about. */
const account = { PAVE_USERNAME: 'dealer', PAVE_API_KEY: 'key-1', PAVE_API_SECRET: 'secret-1' };

/** Runs the entry point with only the given variables (and PATH), as a fresh shell would. */
function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk) => {
      output += chunk;
    });
  }
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  /** The URL the portal prints once it listens; a busy machine may take seconds to get there. */
  const listening = () =>
    vi.waitFor(
      () => {
        const [, url] = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output) ?? [];
        if (url === undefined) {
          throw new Error(`the portal never printed its URL; it printed:\n${output}`);
        }
        return url;
      },
      { timeout: 15_000, interval: 50 },
    );
  return { child, exited, listening, output: () => output };
}

/** The portal with credentials, an unreachable PAVE and a free port, plus what a test adds. */
const startServing = (env: Record<string, string> = {}) =>
  start({ ...account, PAVE_BASE_URL: 'http://127.0.0.1:9', PORT: '0', ...env });

/** The status of GET /healthz sent with this Host header, as a browser at that name sends it. */
function healthAt(url: string, host: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    get(`${url}/healthz`, { headers: { host } }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject);
  });
}

afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

describe('main', () => {
  test('names every missing variable and exits 1', async () => {
    const portal = start({});
    expect(await portal.exited).toBe(1);
    expect(portal.output()).toContain(
      'missing environment variables: PAVE_USERNAME, PAVE_API_KEY, PAVE_API_SECRET',
    );
    expect(portal.output()).not.toMatch(/\n\s+at /);
  }, 20_000);

  test('names a bad port and a missing secret together', async () => {
    const portal = start({ PAVE_USERNAME: 'dealer', PAVE_API_KEY: 'key-1', PORT: 'x' });
    expect(await portal.exited).toBe(1);
    expect(portal.output()).toContain('missing environment variable: PAVE_API_SECRET');
    expect(portal.output()).toContain('PORT must be a whole number from 0 to 65535, got "x"');
  }, 20_000);

  test('refuses a base URL that is not one, without a stack trace', async () => {
    const portal = start({ ...account, PAVE_BASE_URL: 'openapi.paveapi.com', PORT: '0' });
    expect(await portal.exited).toBe(1);
    expect(portal.output()).toMatch(/portal: cannot start: .*baseUrl must be an http\(s\) URL/);
    expect(portal.output()).not.toMatch(/\n\s+at /);
  }, 20_000);

  test('prints its URL, serves the page, and stops cleanly on SIGTERM', async () => {
    const portal = startServing();
    const url = await portal.listening();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(portal.output()).not.toContain(account.PAVE_API_SECRET);
    // Nothing listens at that PAVE: the registration fails, says so once, and the portal serves.
    expect(portal.output().match(/webhooks not registered/g)).toHaveLength(1);
    expect(portal.output()).toMatch(
      /portal: webhooks not registered: PAVE did not take the SESSION:STATUS_CHANGE callback\. Could not reach PAVE: check the base URL and the network\. The portal serves on/,
    );

    portal.child.kill('SIGTERM');
    expect(await portal.exited).toBe(0);
    expect(portal.output()).toContain('portal: SIGTERM, stopping');
  }, 20_000);

  test('answers the hosts in PORTAL_ALLOWED_HOSTS, and 421 to others', async () => {
    const portal = startServing({
      PORTAL_ALLOWED_HOSTS: 'portal.lan, counter.dealer.example:8080',
    });
    const url = await portal.listening();
    const port = new URL(url).port;
    expect(await healthAt(url, `localhost:${port}`)).toBe(200);
    expect(await healthAt(url, 'portal.lan')).toBe(200);
    expect(await healthAt(url, 'counter.dealer.example:8080')).toBe(200);
    expect(await healthAt(url, `attacker.example:${port}`)).toBe(421);
  }, 20_000);

  test('names a PORTAL_ALLOWED_HOSTS entry that is not a host', async () => {
    const portal = start({ ...account, PORTAL_ALLOWED_HOSTS: 'https://portal.lan' });
    expect(await portal.exited).toBe(1);
    expect(portal.output()).toContain(
      'PORTAL_ALLOWED_HOSTS must list host or host:port entries separated by commas, got "https://portal.lan"',
    );
  }, 20_000);
});
