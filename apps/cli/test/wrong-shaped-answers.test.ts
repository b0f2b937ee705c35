/** A success that is not what was asked for is named in one line, exit 10, never printed as success. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from './io.js';
import { type LocalServer, startLocalServer } from './local-server.js';

let server: LocalServer;
/** What the server answers next: a status and the body text. */
let next: { status: number; body: string } = { status: 200, body: '{}' };

beforeAll(async () => {
  server = await startLocalServer((_request, response) => {
    response.writeHead(next.status, { 'content-type': 'application/json' });
    response.end(next.body);
  });
});

afterAll(() => server.close());

async function answeredWith(argv: readonly string[], status: number, body: string) {
  next = { status, body };
  return runCli([...argv, '--base-url', server.url]);
}

const key = 'XXX-ABCDE12345';
const get = ['sessions', 'get', key];
const create = ['sessions', 'create', '--vin', 'JN1CV6AR9BMXXXXXX'];
const goodSession = { session_key: key, active: true, created_at: '2021-05-25T11:50:49Z' };

describe('wrong-shaped answers exit 10 with one line naming what is missing', () => {
  test.each([
    [get, 200, '[1,2,3]', `GET /v1/sessions/${key} that is not a session: it is an array.`],
    [get, 200, '{}', `GET /v1/sessions/${key} that is not a session: it has no session_key.`],
    [get, 200, '42', `GET /v1/sessions/${key} that is not a session: it is a number.`],
    [get, 200, 'null', `GET /v1/sessions/${key} that is not a session: it is null.`],
    [get, 200, '', `GET /v1/sessions/${key} that is not a session: it is empty.`],
    [
      get,
      200,
      '{"session_key": 7}',
      `GET /v1/sessions/${key} that is not a session: it has a session_key that is not text.`,
    ],
    [create, 201, '[1,2,3]', 'POST /v1/sessions that is not a session: it is an array.'],
    [
      create,
      201,
      JSON.stringify({ ...goodSession, capture_url: '' }),
      'POST /v1/sessions that is not a session: it has no capture_url.',
    ],
    [
      create,
      201,
      JSON.stringify({ capture_url: 'https://x.example/1' }),
      'POST /v1/sessions that is not a session: it has no session_key.',
    ],
    [
      ['sessions', 'update', key, '--language', 'EN'],
      200,
      '{}',
      `PUT /v1/sessions/${key} that is not a session: it has no session_key.`,
    ],
    [
      ['sessions', 'photos', key],
      200,
      '{}',
      `GET /v1/sessions/${key}/photos that is not a list of photos: it is an object, not a list.`,
    ],
    [
      ['sessions', 'photos', key],
      200,
      '[{"photo_code": 1}, null]',
      `GET /v1/sessions/${key}/photos that is not a list of photos: entry 2 of it is null.`,
    ],
    [
      ['sessions', 'results', key],
      200,
      '42',
      `GET /v1/sessions/${key}/results that is not session results: it is a number.`,
    ],
    [
      ['sessions', 'delete', key],
      200,
      '[]',
      `DELETE /v1/sessions/${key} that is not a confirmation: it is an array.`,
    ],
    [
      ['callbacks', 'delete', 'SESSION:COMPLETE'],
      200,
      '{"api_key": "k"}',
      'DELETE /v1/callbacks/SESSION:COMPLETE that is not a confirmation: its message is missing.',
    ],
    [
      ['callbacks', 'list'],
      200,
      '{"data": {}}',
      'GET /v1/callbacks that is not a list of callbacks: its data is an object, not a list.',
    ],
    [
      ['callbacks', 'list'],
      200,
      '{"data": [{"url": "https://x.example"}]}',
      'GET /v1/callbacks that is not a list of callbacks: entry 1 of its data has no event.',
    ],
    [
      ['callbacks', 'get', 'SESSION:COMPLETE'],
      200,
      '{"data": []}',
      'GET /v1/callbacks/SESSION:COMPLETE that is not a callback: its data is an array.',
    ],
    [
      ['callbacks', 'set', '--event', 'SESSION:COMPLETE', '--url', 'https://x.example/'],
      201,
      '"ok"',
      'POST /v1/callbacks that is not a callback: it is a string.',
    ],
  ])('pave %j answered %i %s', async (argv, status, body, message) => {
    for (const extra of [[], ['--json']]) {
      const { code, stdout, stderr } = await answeredWith([...argv, ...extra], status, body);
      expect(code).toBe(10);
      expect(stdout).toBe('');
      expect(stderr).toBe(`PAVE sent an answer to ${message}\n`);
    }
  });

  test('an answer that is not JSON, with and without --verbose', async () => {
    for (const extra of [[], ['--verbose']]) {
      const { code, stdout, stderr } = await answeredWith(
        ['callbacks', 'list', ...extra],
        200,
        '{not json',
      );
      expect(code).toBe(10);
      expect(stdout).toBe('');
      const lines = stderr.trimEnd().split('\n');
      expect(lines.at(-1)).toBe(
        'PAVE sent an answer to GET /v1/callbacks that is not JSON; pave cannot read it.',
      );
      // --verbose adds its request lines, never a stack trace.
      expect(lines.slice(0, -1).every((line) => !/^\s+at /.test(line))).toBe(true);
      expect(lines).toHaveLength(extra.length === 0 ? 1 : 3);
    }
  });

  test('an answer nested 20,000 levels deep is refused before it is printed', async () => {
    const deep = `{"note": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const { code, stdout, stderr } = await answeredWith(
      ['sessions', 'notes', key, '--json'],
      200,
      deep,
    );
    expect(code).toBe(10);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `PAVE sent an answer to GET /v1/sessions/${key}/notes that nests arrays and objects ` +
        'more than 32 levels deep; pave reads at most 32.\n',
    );
  });

  test('an empty confirmation message is one the spec allows', async () => {
    const { code, stdout } = await answeredWith(
      ['sessions', 'delete', key],
      200,
      '{"message": ""}',
    );
    expect(code).toBe(0);
    expect(stdout).toBe('\n');
  });

  test('notes, whose shape PAVE does not document, may be any JSON', async () => {
    const { code, stdout } = await answeredWith(['sessions', 'notes', key], 200, '42');
    expect(code).toBe(0);
    expect(stdout).toBe('42\n');
  });

  test('a good answer is printed as before', async () => {
    const { code, stdout } = await answeredWith(
      create,
      201,
      JSON.stringify({ ...goodSession, capture_url: 'https://x.example/1' }),
    );
    expect(code).toBe(0);
    expect(stdout).toBe(`Capture URL: https://x.example/1\nSession key: ${key}\n`);
  });
});
