import { defaultBaseUrl } from '@pave-kit/client';
import { describe, expect, test } from 'vitest';
import { readPortalConfig } from './config.js';

const complete = {
  PAVE_USERNAME: 'dealer',
  PAVE_API_KEY: 'key-1',
  PAVE_API_SECRET: 'secret-1',
};

describe('readPortalConfig', () => {
  test("takes the credentials and defaults the base URL (the client's), the port and the hosts", () => {
    expect(defaultBaseUrl).toBe('https://openapi.paveapi.com');
    expect(readPortalConfig(complete)).toEqual({
      ok: true,
      config: {
        port: 3000,
        allowedHosts: [],
        publicUrl: undefined,
        pave: {
          username: 'dealer',
          apiKey: 'key-1',
          apiSecret: 'secret-1',
          baseUrl: defaultBaseUrl,
        },
      },
    });
  });

  test.each([
    ['PAVE_API_KEY', 'key-1\r\nX-Injected: 1'],
    ['PAVE_USERNAME', 'dealer\nsecond'],
    ['PAVE_API_SECRET', 'secret\u001b[2J-1'],
  ])('refuses %s holding a control character, naming it and not its value', (name, value) => {
    const result = readPortalConfig({ ...complete, [name]: value });
    expect(result).toEqual({
      ok: false,
      problems: [`${name} must be one line of printable text, without control characters`],
    });
  });

  test.each([
    [
      { PAVE_BASE_URL: 'http://127.0.0.1:4010', PORT: '8080' },
      { port: 8080, pave: { baseUrl: 'http://127.0.0.1:4010' } },
    ],
    // PORTAL_ALLOWED_HOSTS is a comma-separated list, blanks left out.
    [
      { PORTAL_ALLOWED_HOSTS: ' portal.dealer.example, 192.168.1.20:3000 ,,[::1]:8080 ' },
      { allowedHosts: ['portal.dealer.example', '192.168.1.20:3000', '[::1]:8080'] },
    ],
    [
      { PORTAL_PUBLIC_URL: 'https://portal.dealer.example/desk' },
      { publicUrl: 'https://portal.dealer.example/desk' },
    ],
  ])('takes %j when set', (env, config) => {
    expect(readPortalConfig({ ...complete, ...env })).toMatchObject({ ok: true, config });
  });

  test.each<[string, Record<string, string>, string[]]>([
    [
      'names every PORTAL_ALLOWED_HOSTS entry that is not a host or host:port',
      {
        ...complete,
        PORTAL_ALLOWED_HOSTS: 'https://portal.dealer.example,portal.lan:99999,portal.lan:8080',
      },
      [
        'PORTAL_ALLOWED_HOSTS must list host or host:port entries separated by commas, got "https://portal.dealer.example"',
        'PORTAL_ALLOWED_HOSTS must list host or host:port entries separated by commas, got "portal.lan:99999"',
      ],
    ],
    ...['portal.dealer.example', 'ftp://dealer.example', 'https://dealer.example/?a=1'].map(
      (bad): [string, Record<string, string>, string[]] => [
        `names a PORTAL_PUBLIC_URL PAVE could not be told to call: ${bad}`,
        { ...complete, PORTAL_PUBLIC_URL: bad },
        [
          `PORTAL_PUBLIC_URL must be an http or https URL without credentials, query or fragment, got "${bad}"`,
        ],
      ],
    ),
    [
      'names every missing variable in one problem',
      {},
      ['missing environment variables: PAVE_USERNAME, PAVE_API_KEY, PAVE_API_SECRET'],
    ],
    [
      'treats a blank value as missing',
      { ...complete, PAVE_API_SECRET: '  ' },
      ['missing environment variable: PAVE_API_SECRET'],
    ],
    [
      'reports a bad port together with missing credentials',
      { PAVE_USERNAME: 'dealer', PORT: 'eighty' },
      [
        'missing environment variables: PAVE_API_KEY, PAVE_API_SECRET',
        'PORT must be a whole number from 0 to 65535, got "eighty"',
      ],
    ],
  ])('%s', (_title, env, problems) => {
    expect(readPortalConfig(env)).toEqual({ ok: false, problems });
  });

  test('never repeats a value in a problem', () => {
    const result = readPortalConfig({ ...complete, PAVE_USERNAME: '', PORT: '70000' });
    expect(JSON.stringify(result)).not.toContain('secret-1');
    expect(JSON.stringify(result)).not.toContain('key-1');
  });
});
