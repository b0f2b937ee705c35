/** Runs the CLI in-process for tests and keeps what it printed. */
import type { FetchFunction } from '@pave-kit/client';
import { type RunIo, run } from '../src/run.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  stdin?: string;
  fetch?: FetchFunction;
}

export const testCredentials = {
  username: 'cli-test',
  apiKey: 'key_cli_test_0042',
  apiSecret: 'secret-that-must-never-be-printed-7f3a',
} as const;

export const credentialsEnv = {
  PAVE_USERNAME: testCredentials.username,
  PAVE_API_KEY: testCredentials.apiKey,
  PAVE_API_SECRET: testCredentials.apiSecret,
};

/** `pave <argv>` with the test credentials in the environment unless `env` says otherwise. */
export async function runCli(
  argv: readonly string[],
  options: RunOptions = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: RunIo = {
    env: { ...credentialsEnv, ...options.env },
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    ...(options.stdin === undefined ? {} : { stdin: streamOf(options.stdin) }),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

async function* streamOf(text: string): AsyncGenerator<string> {
  yield text;
}

/** An HMAC token as PAVE's signing makes it: 64 lowercase hex characters. */
export const hexToken = /[0-9a-f]{64}/i;
