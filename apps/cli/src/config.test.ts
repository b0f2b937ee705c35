import { describe, expect, test } from 'vitest';
import { parseTimeout, resolveApiConfig } from './config.js';
import { UsageError } from './usage-error.js';

const complete = { PAVE_USERNAME: 'demo', PAVE_API_KEY: 'key_123', PAVE_API_SECRET: 'secret_456' };

function missingMessage(env: Record<string, string | undefined>): string {
  try {
    resolveApiConfig(env, {});
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).lines[0] ?? '';
  }
  throw new Error('expected a UsageError');
}

describe('resolveApiConfig', () => {
  test('reads the three credentials', () => {
    expect(resolveApiConfig(complete, {}).credentials).toEqual({
      username: 'demo',
      apiKey: 'key_123',
      apiSecret: 'secret_456',
    });
  });

  test.each(['PAVE_USERNAME', 'PAVE_API_KEY', 'PAVE_API_SECRET'])(
    'names %s when it is missing',
    (name) => {
      const env = { ...complete, [name]: undefined };
      expect(missingMessage(env)).toBe(`Missing environment variable: ${name}.`);
    },
  );

  test('names every missing variable at once', () => {
    expect(missingMessage({})).toBe(
      'Missing environment variables: PAVE_USERNAME, PAVE_API_KEY, PAVE_API_SECRET.',
    );
    expect(missingMessage({ PAVE_API_KEY: 'k' })).toBe(
      'Missing environment variables: PAVE_USERNAME, PAVE_API_SECRET.',
    );
  });

  test('an empty or blank variable counts as missing', () => {
    expect(missingMessage({ ...complete, PAVE_API_SECRET: '' })).toBe(
      'Missing environment variable: PAVE_API_SECRET.',
    );
    expect(missingMessage({ ...complete, PAVE_USERNAME: '  ' })).toBe(
      'Missing environment variable: PAVE_USERNAME.',
    );
  });

  test('the message never holds a value that was set', () => {
    const message = (() => {
      try {
        resolveApiConfig({ PAVE_API_SECRET: 'secret_456' }, {});
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).not.toContain('secret_456');
  });

  test.each([
    ['PAVE_USERNAME', 'demo\r\nX-Injected: 1', 'a line break (CR or LF)'],
    ['PAVE_API_KEY', 'key\n123', 'a line break (CR or LF)'],
    ['PAVE_API_SECRET', 'secret\u0000456', 'a control character'],
    ['PAVE_API_SECRET', 'secret\u001b[2J', 'a control character'],
    ['PAVE_API_KEY', 'key\u0085123', 'a control character'],
  ])(
    '%s holding %j is refused, naming the variable and the rule, not the value',
    (name, value, what) => {
      const message = missingMessage({ ...complete, [name]: value });
      expect(message).toBe(
        `${name} must be one line of printable text, but it holds ${what}; check how it was set.`,
      );
      expect(message).not.toContain(value);
    },
  );

  test('the API key must be ASCII: it is sent as a header', () => {
    expect(missingMessage({ ...complete, PAVE_API_KEY: 'key_✓' })).toBe(
      'PAVE_API_KEY must hold only ASCII characters: it is sent as the API-Key header.',
    );
    // The secret and the username are only signed, never sent, so any printable text is theirs.
    expect(
      resolveApiConfig({ ...complete, PAVE_API_SECRET: 'sécret✓', PAVE_USERNAME: 'Zoë' }, {})
        .credentials,
    ).toMatchObject({ apiSecret: 'sécret✓', username: 'Zoë' });
  });

  test('surrounding line breaks are trimmed, as from a file that ends with one', () => {
    expect(
      resolveApiConfig({ ...complete, PAVE_API_KEY: 'key_123\r\n' }, {}).credentials.apiKey,
    ).toBe('key_123');
  });

  test('base URL: --base-url, then PAVE_BASE_URL, then the default', () => {
    const env = { ...complete, PAVE_BASE_URL: 'http://127.0.0.1:4010' };
    expect(resolveApiConfig(env, { baseUrl: 'http://localhost:1234' })).toMatchObject({
      baseUrl: 'http://localhost:1234',
      baseUrlSource: '--base-url',
    });
    expect(resolveApiConfig(env, {})).toMatchObject({
      baseUrl: 'http://127.0.0.1:4010',
      baseUrlSource: 'PAVE_BASE_URL',
    });
    expect(resolveApiConfig({ ...complete, PAVE_BASE_URL: '' }, {})).toMatchObject({
      baseUrl: 'https://openapi.paveapi.com',
    });
  });

  test('passes --timeout on', () => {
    expect(resolveApiConfig(complete, { timeout: 5000 }).timeoutMs).toBe(5000);
    expect(resolveApiConfig(complete, {}).timeoutMs).toBeUndefined();
  });
});

describe('parseTimeout', () => {
  test('accepts whole milliseconds', () => {
    expect(parseTimeout('5000')).toBe(5000);
    expect(parseTimeout(' 1 ')).toBe(1);
  });

  test.each(['0', '-1', '1.5', 'abc', '', '2147483648'])('refuses %j', (text) => {
    expect(() => parseTimeout(text)).toThrow(/whole number of milliseconds/);
  });
});
