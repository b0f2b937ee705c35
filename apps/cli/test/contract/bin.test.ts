import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { credentialsEnv } from '../io.js';
import { useMockedCli } from './harness.js';

const cli = useMockedCli();
const entry = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

function spawnPave(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', ...credentialsEnv },
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

describe('the pave executable against the mock', () => {
  test('pave sessions create --vin JN1CV6AR9BMXXXXXX --base-url <mock> prints a capture URL', async () => {
    const { code, stdout, stderr } = await spawnPave([
      'sessions',
      'create',
      '--vin',
      'JN1CV6AR9BMXXXXXX',
      '--base-url',
      cli.mock.url,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Capture URL: https:\/\/\S+\nSession key: \S+\n$/);
  }, 20_000);

  test('a 404 ends the process with exit code 5', async () => {
    const { code, stderr } = await spawnPave([
      'sessions',
      'get',
      'XXX-ABCDE12345',
      '--base-url',
      cli.mock.url,
      '--prefer',
      'code=404',
    ]);
    expect(code).toBe(5);
    expect(stderr).toMatch(/^Not found \(404\)/);
  }, 20_000);
});
