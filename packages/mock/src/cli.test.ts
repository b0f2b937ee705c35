import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const running: ChildProcess[] = [];

function start(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const waitFor = async (pattern: RegExp) => {
    // Loading Prism takes about a second on a quiet machine and past 10 s on a busy one.
    for (let waited = 0; waited < 60_000; waited += 50) {
      const match = pattern.exec(output);
      if (match) return match;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`pave-mock never printed ${pattern}; it printed:\n${output}`);
  };
  return { child, exited, waitFor, output: () => output };
}

afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

describe('pave-mock', () => {
  test('prints its URL, the operations and how to choose a response, then stops on Ctrl-C', async () => {
    const mock = start(['--port', '0']);
    const [, url] = (await mock.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/)) ?? [];
    await mock.waitFor(/Press Ctrl-C to stop/);
    expect(mock.output()).toMatch(/POST\s+\/v1\/sessions\s+createSession/);
    expect(mock.output()).toMatch(/Prefer: code=404/);

    const response = await fetch(`${url}/v1/callbacks`, {
      headers: { 'API-Key': 'k', 'API-Token': 't', 'API-Timestamp': '2021-05-30T12:49:19Z' },
    });
    expect(response.status).toBe(200);
    await mock.waitFor(/GET \/v1\/callbacks -> 200/);

    mock.child.kill('SIGINT');
    expect(await mock.exited).toBe(0);
    expect(mock.output()).toMatch(/stopping the mock/);
  }, 90_000);

  test('exits 2 with the rule for a bad port', async () => {
    const mock = start(['--port', 'forty']);
    expect(await mock.exited).toBe(2);
    expect(mock.output()).toMatch(/--port must be a whole number from 0 to 65535, got "forty"/);
  }, 20_000);

  test('exits 2 on an unknown option and shows the usage', async () => {
    const mock = start(['--prot', '4010']);
    expect(await mock.exited).toBe(2);
    expect(mock.output()).toMatch(/Unknown option '--prot'[\s\S]*Usage: pave-mock/);
  }, 20_000);

  test('exits 2 with the rule for a bad --auto-advance or --max-sessions', async () => {
    const advance = start(['--auto-advance', 'soon']);
    expect(await advance.exited).toBe(2);
    expect(advance.output()).toMatch(
      /--auto-advance must be a whole number of milliseconds, got "soon"/,
    );
    const sessions = start(['--max-sessions', '0']);
    expect(await sessions.exited).toBe(2);
    expect(sessions.output()).toMatch(
      /--max-sessions must be a whole number of at least 1, got "0"/,
    );
  }, 20_000);

  test('refuses a corrupt state file by name and leaves it as it was', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'pave-mock-cli-'));
    try {
      const file = join(folder, 'state.json');
      await writeFile(file, '{"sessions": [');
      const mock = start(['--port', '0', '--state-file', file]);
      expect(await mock.exited).toBe(1);
      expect(mock.output()).toContain(`The state file ${file} is not valid JSON`);
      expect(await readFile(file, 'utf8')).toBe('{"sessions": [');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);

  test('--auto-advance walks a new session to COMPLETE by itself', async () => {
    const mock = start(['--port', '0', '--quiet', '--auto-advance', '20']);
    const [, url] = (await mock.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/)) ?? [];
    const headers = {
      'content-type': 'application/json',
      'API-Key': 'k',
      'API-Token': 't',
      'API-Timestamp': '2021-05-30T12:49:19Z',
    };
    const created = await fetch(`${url}/v1/sessions`, { method: 'POST', headers, body: '{}' });
    const { session_key } = (await created.json()) as { session_key: string };
    let status = '';
    for (let waited = 0; waited < 30_000 && status !== 'COMPLETE'; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const answer = await fetch(`${url}/v1/sessions/${session_key}`, { headers });
      status = ((await answer.json()) as { status: string }).status;
    }
    expect(status).toBe('COMPLETE');
  }, 90_000);
});
