/** Whatever a server sends, its control characters are shown to the terminal, never obeyed. */

import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from './io.js';
import { type LocalServer, startLocalServer } from './local-server.js';

// Clears the screen, turns text red, sets the window title, then starts a line of its own that
// reads like pave's output; a C1 CSI and a right-to-left override follow.
const hostile =
  '\u001b[2J\u001b[31mred\u001b[0m\u001b]0;pwned\u0007\nCapture URL: https://evil.example/\r\u009b2J\u007f\u202e';

// What must never reach a terminal raw: C0 controls but pave's own line feeds, DEL, C1, bidi
// overrides and isolates.
const rawControl = /(?!\n)[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

const session = {
  session_key: `XXX-${hostile}`,
  status: hostile,
  theme: 'PRO',
  capture_url: `https://demo.vehiclecapture.com/${hostile}`,
  created_at: '2021-05-25T11:50:49Z',
  active: true,
};

/** The answer for each path: statuses and bodies a hostile (or broken) server might send. */
function answer(method: string, url: string): [number, unknown] {
  if (url.endsWith('/photos')) {
    return [200, [{ photo_code: 1, photo_label: hostile, approved: true, url: hostile }]];
  }
  if (url.endsWith('/notes')) return [200, { note: hostile }];
  if (url.startsWith('/v1/callbacks')) {
    return [200, { data: [{ event: hostile, url: hostile, method: hostile }] }];
  }
  if (method === 'DELETE') return [404, `<html>${hostile}</html>`];
  if (method === 'POST') return [201, session];
  return [200, session];
}

let server: LocalServer;
let rejecting: LocalServer;
let badStatusLine: Server;
let badStatusLineUrl: string;

beforeAll(async () => {
  server = await startLocalServer((request, response) => {
    const [status, body] = answer(request.method, request.url);
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  rejecting = await startLocalServer((_request, response) => {
    response.writeHead(400, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        message: hostile,
        errors: { 'vehicle.vin': [hostile], [`sms.to${hostile}`]: ['bad'] },
      }),
    );
  });
  // node:http refuses to send a reason phrase with an escape in it; a raw socket does not.
  badStatusLine = createServer((socket) => {
    socket.once('data', () => {
      socket.end(
        Buffer.from(
          `HTTP/1.1 400 Busy \u001b[2J\u001b]0;pwned\u0007\r\ncontent-type: application/json\r\n` +
            'content-length: 2\r\nconnection: close\r\n\r\n{}',
          'latin1',
        ),
      );
    });
  });
  await new Promise<void>((resolve) => badStatusLine.listen(0, '127.0.0.1', resolve));
  badStatusLineUrl = `http://127.0.0.1:${(badStatusLine.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await server.close();
  await rejecting.close();
  await new Promise((resolve) => badStatusLine.close(resolve));
});

function expectSafe(printed: string): void {
  expect(printed).not.toMatch(rawControl);
  // The fake line stays on the line it came in on, escaped.
  expect(printed.split('\n').filter((line) => /^Capture URL: https:\/\/evil/.test(line))).toEqual(
    [],
  );
}

const vin = 'JN1CV6AR9BMXXXXXX';

describe('server text reaches the terminal escaped', () => {
  test.each([
    [['sessions', 'create', '--vin', vin]],
    [['sessions', 'get', 'XXX-ABCDE12345']],
    [['sessions', 'photos', 'XXX-ABCDE12345']],
    [['sessions', 'notes', 'XXX-ABCDE12345']],
    [['sessions', 'delete', 'XXX-ABCDE12345']],
    [['callbacks', 'list']],
  ])('pave %j, as a summary, as --json and with --verbose', async (argv) => {
    for (const extra of [[], ['--json'], ['--verbose']]) {
      const { stdout, stderr } = await runCli([...argv, ...extra, '--base-url', server.url]);
      expectSafe(stdout + stderr);
      expect(stdout + stderr).toContain('\\u001b[2J');
    }
  });

  test('a 400 with escapes in its message, field names and field messages', async () => {
    for (const extra of [[], ['--verbose']]) {
      const { code, stdout, stderr } = await runCli([
        'sessions',
        'create',
        '--vin',
        vin,
        ...extra,
        '--base-url',
        rejecting.url,
      ]);
      expect(code).toBe(3);
      expectSafe(stdout + stderr);
      expect(stderr).toContain('vehicle.vin: \\u001b[2J\\u001b[31mred');
    }
  });

  test('--json output stays JSON that reads back as what the server sent', async () => {
    const { code, stdout } = await runCli(
      `sessions get XXX-ABCDE12345 --json --base-url ${server.url}`.split(' '),
    );
    expect(code).toBe(0);
    expectSafe(stdout);
    expect(JSON.parse(stdout)).toEqual(session);
  });

  test('--verbose escapes the reason phrase of the status line', async () => {
    const { stderr } = await runCli(
      `callbacks list --verbose --timeout 2000 --base-url ${badStatusLineUrl}`.split(' '),
    );
    expect(stderr).toMatch(/-> 400 Busy \\u001b\[2J/);
    expectSafe(stderr);
  });
});
