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

  test('takes PAVE_BASE_URL and PORT when set', () => {
    const result = readPortalConfig({
      ...complete,
      PAVE_BASE_URL: 'http://127.0.0.1:4010',
      PORT: '8080',
    });
    expect(result).toMatchObject({
      ok: true,
      config: { port: 8080, pave: { baseUrl: 'http://127.0.0.1:4010' } },
    });
  });

  test('takes PORTAL_ALLOWED_HOSTS as a comma-separated list, blanks left out', () => {
    const result = readPortalConfig({
      ...complete,
      PORTAL_ALLOWED_HOSTS: ' portal.dealer.example, 192.168.1.20:3000 ,,[::1]:8080 ',
    });
    expect(result).toMatchObject({
      ok: true,
      config: { allowedHosts: ['portal.dealer.example', '192.168.1.20:3000', '[::1]:8080'] },
    });
  });

  test('names every PORTAL_ALLOWED_HOSTS entry that is not a host or host:port', () => {
    const result = readPortalConfig({
      ...complete,
      PORTAL_ALLOWED_HOSTS: 'https://portal.dealer.example,portal.lan:99999,portal.lan:8080',
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        'PORTAL_ALLOWED_HOSTS must list host or host:port entries separated by commas, got "https://portal.dealer.example"',
        'PORTAL_ALLOWED_HOSTS must list host or host:port entries separated by commas, got "portal.lan:99999"',
      ],
    });
  });

  test('takes PORTAL_PUBLIC_URL, and names one PAVE could not be told to call', () => {
    expect(
      readPortalConfig({ ...complete, PORTAL_PUBLIC_URL: 'https://portal.dealer.example/desk' }),
    ).toMatchObject({ ok: true, config: { publicUrl: 'https://portal.dealer.example/desk' } });
    for (const bad of [
      'portal.dealer.example',
      'ftp://dealer.example',
      'https://dealer.example/?a=1',
    ]) {
      expect(readPortalConfig({ ...complete, PORTAL_PUBLIC_URL: bad })).toEqual({
        ok: false,
        problems: [
          `PORTAL_PUBLIC_URL must be an http or https URL without credentials, query or fragment, got "${bad}"`,
        ],
      });
    }
  });

  test('names every missing variable in one problem', () => {
    expect(readPortalConfig({})).toEqual({
      ok: false,
      problems: ['missing environment variables: PAVE_USERNAME, PAVE_API_KEY, PAVE_API_SECRET'],
    });
  });

  test('treats a blank value as missing', () => {
    expect(readPortalConfig({ ...complete, PAVE_API_SECRET: '  ' })).toEqual({
      ok: false,
      problems: ['missing environment variable: PAVE_API_SECRET'],
    });
  });

  test('reports a bad port together with missing credentials', () => {
    const result = readPortalConfig({ PAVE_USERNAME: 'dealer', PORT: 'eighty' });
    expect(result).toEqual({
      ok: false,
      problems: [
        'missing environment variables: PAVE_API_KEY, PAVE_API_SECRET',
        'PORT must be a whole number from 0 to 65535, got "eighty"',
      ],
    });
  });

  test('never repeats a value in a problem', () => {
    const result = readPortalConfig({ ...complete, PAVE_USERNAME: '', PORT: '70000' });
    expect(JSON.stringify(result)).not.toContain('secret-1');
    expect(JSON.stringify(result)).not.toContain('key-1');
  });
});
