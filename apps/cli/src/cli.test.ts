import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));

/** The real entry in a child process, as the `pave` bin runs it. */
function pave(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // A clean environment: no PAVE_* of the machine running the tests leaks in.
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the pave executable', () => {
  test('exits 2 on a 16-character VIN, printing the rule and no stack', async () => {
    const { code, stdout, stderr } = await pave([
      'sessions',
      'create',
      '--vin',
      'JN1CV6AR9BMXXXXX',
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'vehicle.vin: must be 17 characters, got 16\nNothing was sent: the input breaks the PAVE spec.\n',
    );
  }, 20_000);

  test('exits 2 naming the missing credentials', async () => {
    const { code, stderr } = await pave(['sessions', 'get', 'XXX-ABCDE12345'], {
      PAVE_API_KEY: 'key_123',
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Missing environment variables: PAVE_USERNAME, PAVE_API_SECRET\./);
  }, 20_000);

  test('prints the version and exits 0', async () => {
    const { code, stdout } = await pave(['--version']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  }, 20_000);
});
