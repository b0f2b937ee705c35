import { describe, expect, test } from 'vitest';
import { useMockedCli } from './harness.js';

const cli = useMockedCli();

describe('pave callbacks, against the mock', () => {
  test('list prints one line per event', async () => {
    const { code, stdout } = await cli.pave(['callbacks', 'list']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^SESSION:COMPLETE +POST https:\/\/\S+$/m);
  });

  test('get shows the registration without header values', async () => {
    const { code, stdout } = await cli.pave(['callbacks', 'get', 'SESSION:COMPLETE']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Event: +SESSION:COMPLETE$/m);
    expect(stdout).toMatch(/^Headers: +Authorization \(values hidden; --json shows them\)$/m);
    expect(stdout).not.toMatch(/Bearer/);
  });

  test('get --json shows everything', async () => {
    const { code, stdout } = await cli.pave(['callbacks', 'get', 'SESSION:COMPLETE', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).data.headers.Authorization).toMatch(/^Bearer /);
  });

  test('set registers with method, headers and payload', async () => {
    const { code, stdout } = await cli.pave([
      ...'callbacks set --event SESSION:STATUS_CHANGE --url https://example.com/pave'.split(' '),
      ...['--method', 'POST', '--header', 'Authorization: Bearer abc', '--payload', 'source=PAVE'],
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Saved the callback for SESSION:/);
  });

  test('update replaces the registration', async () => {
    const { code, stdout } = await cli.pave(
      'callbacks update SESSION:COMPLETE --url https://example.com/pave-v2'.split(' '),
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Saved the callback for SESSION:COMPLETE\.$/m);
  });

  test('delete prints the confirmation', async () => {
    const { code, stdout } = await cli.pave(['callbacks', 'delete', 'SESSION:COMPLETE']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/has been successfully removed\.\n$/);
  });
});
