/** `--check-responses`: answers the spec does not allow are named on stderr, and still used. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from './io.js';
import { type LocalServer, startLocalServer } from './local-server.js';

let server: LocalServer;
const key = 'XXX-ABCDE12345';
// A session the CLI can print, with two fields the spec types otherwise.
const offSpecSession = {
  session_key: key,
  active: 'yes',
  status: 'IDLE',
  created_at: '2021-05-25T11:50:49Z',
  theme: 42,
};

beforeAll(async () => {
  server = await startLocalServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(offSpecSession));
  });
});

afterAll(() => server.close());

const get = ['sessions', 'get', key];

describe('--check-responses', () => {
  test('names each field of the answer that breaks the spec, and still prints the session', async () => {
    const { code, stdout, stderr } = await runCli([
      ...get,
      '--check-responses',
      '--base-url',
      server.url,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(key);
    const warnings = stderr.split('\n').filter((line) => line.startsWith('Warning:'));
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Warning: PAVE's 200 answer to getSession breaks the spec: active: /,
        ),
        expect.stringMatching(/^Warning: PAVE's 200 answer to getSession breaks the spec: theme: /),
      ]),
    );
  });

  test('says nothing about the spec without the flag', async () => {
    const { code, stderr } = await runCli([...get, '--base-url', server.url]);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/breaks the spec/);
  });

  test('is listed in pave --help', async () => {
    const { stdout } = await runCli(['--help']);
    expect(stdout).toMatch(/--check-responses\s+warn on stderr when PAVE's answer breaks the spec/);
  });
});
