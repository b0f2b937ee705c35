import { describe, expect, test } from 'vitest';
import { testCredentials } from '../io.js';
import { useMockedCli } from './harness.js';

// The mock checks HMAC signatures against the test credentials.
const cli = useMockedCli();

describe('signing, against a mock that checks signatures', () => {
  test('a correctly signed request passes', async () => {
    const { code } = await cli.pave(['callbacks', 'list']);
    expect(code).toBe(0);
  });

  test('a request signed with the wrong secret gets 401 (exit 4)', async () => {
    const before = cli.requestCount;
    const { code, stdout, stderr } = await cli.pave(['callbacks', 'list'], {
      env: { PAVE_API_SECRET: 'not-the-secret' },
    });
    expect(code).toBe(4);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^PAVE refused the credentials \(401\): .+/);
    expect(stderr).not.toContain('not-the-secret');
    // 401 is not retried: the next attempt would be signed the same way.
    expect(cli.requestCount - before).toBe(1);
  });

  test('an unknown API key or username gets 401 (exit 4)', async () => {
    const wrongKey = await cli.pave(['sessions', 'get', 'XXX-ABCDE12345'], {
      env: { PAVE_API_KEY: 'key_unknown' },
    });
    expect(wrongKey.code).toBe(4);
    const wrongUser = await cli.pave(['sessions', 'create', '--vin', 'JN1CV6AR9BMXXXXXX'], {
      env: { PAVE_USERNAME: 'someone-else' },
    });
    expect(wrongUser.code).toBe(4);
  });

  test('--verbose shows the request but not the key, the token or the secret', async () => {
    const { code, stderr } = await cli.pave(['callbacks', 'list', '--verbose']);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/v1\/callbacks -> 200 OK in \d+ ms \(attempt 1\)$/m,
    );
    expect(stderr).not.toContain(testCredentials.apiKey);
  });
});
