import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { computeToken, type TokenInput } from './token.js';

/**
 * An independent HMAC-SHA256: the openssl command line, with the message on stdin. argv carries
 * the key as UTF-8, the same bytes computeToken uses. A missing openssl throws, failing the test.
 */
function opensslHmac(key: string, message: string): string {
  const output = execFileSync('openssl', ['dgst', '-sha256', '-hmac', key], {
    input: message,
    encoding: 'utf8',
  });
  const hex = /([0-9a-f]{64})\s*$/.exec(output)?.[1];
  if (hex === undefined) throw new Error(`unexpected openssl output: ${output}`);
  return hex;
}

const demo: TokenInput = {
  username: 'demo',
  apiKey: 'key_123',
  apiSecret: 'secret_456',
  timestamp: '2021-05-30T12:49:19Z',
};

describe('computeToken', () => {
  it('gives the known answer for the demo vector', () => {
    expect(computeToken(demo)).toBe(
      '229ed1bf5d987ec61704eca140e4d8884eba0465f1510892dd1a8c5cf1678f7a',
    );
  });

  it.each<[string, TokenInput]>([
    ['the demo vector', demo],
    ['a Latin-1 username', { ...demo, username: 'Société Générale' }],
    ['a Japanese username', { ...demo, username: '渋谷モーターズ' }],
    ['a non-ASCII secret', { ...demo, apiSecret: 'sécrét-秘密-🔑' }],
    ['a secret longer than the SHA-256 block', { ...demo, apiSecret: 'k'.repeat(100) }],
    ['a key that looks like a UUID', { ...demo, apiKey: '09bc91b9-76e5-4256-8e4g-7a41c1408014' }],
  ])('agrees with openssl for %s', (_, input) => {
    const message = `${input.username}:${input.apiKey}@${input.timestamp}`;
    expect(computeToken(input)).toBe(opensslHmac(input.apiSecret, message));
  });

  it('writes 64 lowercase hex characters', () => {
    expect(computeToken(demo)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('signs the timestamp string as given, without reformatting it', () => {
    const epoch = { ...demo, timestamp: '1622378959' };
    expect(computeToken(epoch)).toBe(opensslHmac('secret_456', 'demo:key_123@1622378959'));
  });

  it('changes when any part of the message or the key changes', () => {
    const base = computeToken(demo);
    for (const change of [
      { username: 'demo2' },
      { apiKey: 'key_124' },
      { apiSecret: 'secret_457' },
      { timestamp: '2021-05-30T12:49:20Z' },
    ]) {
      expect(computeToken({ ...demo, ...change })).not.toBe(base);
    }
  });

  it('refuses empty credentials rather than signing "undefined"', () => {
    expect(() => computeToken({ ...demo, apiSecret: '' })).toThrow(
      'PAVE credentials: apiSecret is required (got an empty string)',
    );
  });

  it('refuses a missing or empty timestamp', () => {
    expect(() => computeToken({ ...demo, timestamp: '' })).toThrow(
      'computeToken: timestamp must be a non-empty string such as 2021-05-30T12:49:19Z (got an empty string)',
    );
    expect(() => computeToken({ ...demo, timestamp: undefined as unknown as string })).toThrow(
      '(got undefined)',
    );
  });
});
