import { describe, expect, test } from 'vitest';
import { useMockedCli } from './harness.js';

const cli = useMockedCli();
const vin = 'JN1CV6AR9BMXXXXXX';
const setCallback = 'callbacks set --event SESSION:COMPLETE --url https://example.com/x';

describe('PAVE errors, chosen with --prefer, each with its exit code and one line', () => {
  test('400 on create prints every field error, one per line (exit 3)', async () => {
    const { code, stdout, stderr } = await cli.pave(
      `sessions create --vin ${vin} --prefer code=400`.split(' '),
    );
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([
      'PAVE rejected some fields: Required fields are missing or invalid.',
      'session.redirect_url: Invalid redirect url',
      'sms.to: Invalid phone number',
      'vehicle.vin: VIN is too short, it must be 17 characters',
    ]);
  });

  test('400 without field errors (a started session cannot be deleted) is a rejection (exit 3)', async () => {
    const { code, stderr } = await cli.pave(
      'sessions delete XXX-ABCDE12345 --prefer code=400'.split(' '),
    );
    expect(code).toBe(3);
    expect(stderr).toBe(
      'PAVE rejected the request (400): Session XXX-ABCDE12345 has been started and cannot be deleted.\n',
    );
  });

  // Each status with its exit code and the whole of stderr: one line, and for 429 when to retry.
  test.each([
    [
      `${setCallback} --prefer code=400`,
      3,
      /^PAVE rejected the request \(400\): Missing required fields\.\n$/,
    ],
    ['callbacks list --prefer code=401', 4, /^PAVE refused the credentials \(401\)[^\n]*\n$/],
    [
      `sessions create --vin ${vin} --prefer code=429 --timeout 5000`,
      6,
      /^PAVE is rate limiting requests \(429\); try again in 30 s\.\n$/,
    ],
    [
      `sessions create --vin ${vin} --prefer code=500`,
      7,
      /^PAVE failed to handle the request \(500\): Server error\.\n$/,
    ],
    [
      `${setCallback} --prefer code=503 --timeout 5000`,
      7,
      /^PAVE failed to handle the request \(503\)[^\n]*\n$/,
    ],
  ])('pave %s exits %i', async (command, exitCode, line) => {
    const { code, stderr } = await cli.pave(command.split(' '));
    expect(code).toBe(exitCode);
    expect(stderr).toMatch(line);
  });

  test.each([
    [['sessions', 'get', 'XXX-ABCDE12345']],
    [['sessions', 'photos', 'XXX-ABCDE12345']],
    [['sessions', 'update', 'XXX-ABCDE12345', '--language', 'EN']],
    [['callbacks', 'delete', 'SESSION:COMPLETE']],
  ])('404 on %j (exit 5)', async (argv) => {
    const { code, stderr } = await cli.pave([...argv, '--prefer', 'code=404']);
    expect(code).toBe(5);
    expect(stderr).toMatch(/^Not found \(404\): .+\n$/);
  });

  test('a GET answered 500 is retried before the CLI gives up (exit 7)', async () => {
    const before = cli.requestCount;
    const { code, stderr } = await cli.pave(
      'sessions results XXX-ABCDE12345 --prefer code=500 --verbose'.split(' '),
    );
    expect(code).toBe(7);
    expect(cli.requestCount - before).toBe(3);
    expect(stderr).toMatch(
      /-> 500 Internal Server Error in \d+ ms \(attempt 3, Prefer: code=500\)/,
    );
  });
});

describe('bad input never reaches the mock', () => {
  test.each([
    [
      ['sessions', 'create', '--vin', 'JN1CV6AR9BMXXXXX'],
      'vehicle.vin: must be 17 characters, got 16',
    ],
    [
      ['sessions', 'create', '--vin', vin, '--theme', 'DARK'],
      'session.theme: must be one of LITE, PRO, CAPT, got "DARK"',
    ],
    [
      ['sessions', 'update', 'XXX-ABCDE12345', '--redirect-url', 'not a url'],
      'session.redirect_url: must be an absolute URL',
    ],
    [['callbacks', 'get', 'SESSION:FINISHED'], 'event: must be one of SESSION:SMS_PROCESS'],
    [
      [...setCallback.split(' '), '--method', 'PO ST'],
      'method: must match the pattern ^[A-Za-z]+$, got "PO ST"',
    ],
  ])('pave %j exits 2', async (argv, line) => {
    const before = cli.requestCount;
    const { code, stdout, stderr } = await cli.pave(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(line);
    expect(cli.requestCount).toBe(before);
  });
});
