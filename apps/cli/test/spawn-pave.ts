/** Runs the real entry in a child process, as the `pave` bin runs, with a clean environment. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

export interface PaveRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function spawnPave(args: string[], env: Record<string, string> = {}): Promise<PaveRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // No PAVE_* variable of the machine running the tests leaks in.
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
  return new Promise((resolve) => {
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
