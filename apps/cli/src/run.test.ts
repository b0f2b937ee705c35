import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { everyCreateFlag, everyCreateFlagBody } from '../test/create-flags.js';
import { credentialsEnv, hexToken, runCli, testCredentials } from '../test/io.js';
import { answerByPrefer, type LocalServer, startLocalServer } from '../test/local-server.js';
import { run } from './run.js';

let server: LocalServer;
let hanging: LocalServer;

beforeAll(async () => {
  server = await startLocalServer(answerByPrefer);
  // Never answers: the client's deadline has to end the call.
  hanging = await startLocalServer(() => {});
});

afterAll(async () => {
  await server.close();
  await hanging.close();
});

function sentSince(count: number) {
  return server.received.slice(count);
}

async function pave(argv: string[], options: Parameters<typeof runCli>[1] = {}) {
  return runCli([...argv, '--base-url', server.url], options);
}

describe('help and usage', () => {
  test('--help lists the commands, the environment and the exit codes, and exits 0', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: pave \[options\] \[command\]/);
    expect(stdout).toMatch(/sessions\s+create, read, update and delete/);
    expect(stdout).toMatch(/PAVE_API_SECRET/);
    expect(stdout).toMatch(/Exit codes:\n {2}0 {3}success\n {2}1 /);
    expect(stdout).toMatch(/ {2}9 {3}network failure/);
    expect(stdout).toMatch(
      / {2}10 {2}PAVE's answer was not usable \(not JSON, or not what was asked for\)/,
    );
  });

  test('pave sessions --help lists its commands in their order, each with its argument', async () => {
    const { stdout } = await runCli(['sessions', '--help']);
    const commands = [...stdout.matchAll(/^ {2}(\w+) (\S+)/gm)].map(([, name, next]) => [
      name,
      next,
    ]);
    expect(commands).toEqual([
      ['create', '[options]'],
      ['get', '<key>'],
      ['photos', '<key>'],
      ['notes', '<key>'],
      ['results', '<key>'],
      ['update', '[options]'],
      ['delete', '<key>'],
      ['help', '[command]'],
    ]);
  });

  test('pave sessions get --help is unchanged', async () => {
    const { stdout } = await runCli(['sessions', 'get', '--help']);
    expect(stdout).toBe(
      [
        'Usage: pave sessions get [options] <key>',
        '',
        'show a session',
        '',
        'Arguments:',
        '  key         session key',
        '',
        'Options:',
        '  -h, --help  show help for a command',
        '',
        'Examples:',
        '  pave sessions get XXX-ABCDE12345',
        '',
      ].join('\n'),
    );
  });

  test('--version prints the package version', async () => {
    const { code, stdout } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test.each([
    [[], /Usage: pave/],
    [['sessions'], /Usage: pave sessions/],
    [['sessions', 'frobnicate'], /unknown command 'frobnicate'/],
    [['sessions', 'get'], /missing required argument 'key'/],
    [['sessions', 'create', '--colour', 'red'], /unknown option '--colour'/],
    [['sessions', 'get', 'K', '--timeout', 'soon'], /--timeout <ms>' argument 'soon' is invalid/],
    [
      ['sessions', 'get', 'XXX-ABCDE12345', '--prefer', 'code=404\r\nX-Injected: 1'],
      /--prefer <value>' argument [\s\S]* is invalid\. must be one line of printable ASCII text/,
    ],
    [
      // A right-to-left override would reorder the `--verbose` line that echoes the value.
      ['sessions', 'get', 'XXX-ABCDE12345', '--prefer', 'code=\u202e404'],
      /--prefer <value>' argument 'code=\\u202e404' is invalid\. must be one line of printable ASCII/,
    ],
  ])('pave %j is a usage error (exit 2)', async (argv, message) => {
    const { code, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('input is checked before anything is sent', () => {
  test('a 16-character VIN exits 2 with the field and rule; the server sees nothing', async () => {
    const before = server.received.length;
    const { code, stdout, stderr } = await pave(
      'sessions create --vin JN1CV6AR9BMXXXXX'.split(' '),
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toContain('vehicle.vin: must be 17 characters, got 16');
    expect(sentSince(before)).toEqual([]);
  });

  test.each([
    [
      ['sessions', 'create', '--theme', 'BLUE'],
      'session.theme: must be one of LITE, PRO, CAPT, got "BLUE"',
    ],
    [
      ['sessions', 'create', '--year', '11'],
      'vehicle.year: must match the pattern ^\\d{4}$, got "11"',
    ],
    [
      ['sessions', 'create', '--odom-reading', '12k'],
      'vehicle.odom_reading: must be a number, got "12k"',
    ],
    [['sessions', 'update', 'XXX-1'], 'body: must have at least 1 field'],
    [['callbacks', 'get', 'SESSION:DONE'], 'event: must be one of SESSION:SMS_PROCESS'],
    [['callbacks', 'set', '--url', 'https://example.com/x'], 'event: is required'],
    [['callbacks', 'update', 'SESSION:COMPLETE'], 'url: is required'],
    [
      ['callbacks', 'set', '--event', 'SESSION:COMPLETE', '--url', 'x', '--header', 'nocolon'],
      "--header expects 'Name: value'",
    ],
  ])('pave %j exits 2 naming the problem; nothing sent', async (argv, line) => {
    const before = server.received.length;
    const { code, stderr } = await pave(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(line);
    expect(sentSince(before)).toEqual([]);
  });

  test('missing credentials are named, and nothing is sent', async () => {
    const before = server.received.length;
    const { code, stderr } = await pave(['callbacks', 'list'], {
      env: { PAVE_USERNAME: undefined, PAVE_API_SECRET: undefined },
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Missing environment variables: PAVE_USERNAME, PAVE_API_SECRET\./);
    expect(sentSince(before)).toEqual([]);
  });

  test.each([
    ['PAVE_API_KEY', `${testCredentials.apiKey}\r\nX-Injected: yes`],
    ['PAVE_USERNAME', `${testCredentials.username}\nsecond line`],
    ['PAVE_API_SECRET', `${testCredentials.apiSecret}\u001b[2J`],
  ])('%s with a control character exits 2 naming it; nothing is sent', async (name, value) => {
    const before = server.received.length;
    const { code, stdout, stderr } = await pave(['sessions', 'get', 'XXX-ABCDE12345'], {
      env: { [name]: value },
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${name} must be one line of printable text, but it holds`));
    expect(stderr).not.toContain(value.slice(0, 8));
    expect(sentSince(before)).toEqual([]);
  });

  test('a bad base URL names where it came from', async () => {
    const viaFlag = await runCli(['callbacks', 'list', '--base-url', 'ftp://example.com']);
    expect(viaFlag.code).toBe(2);
    expect(viaFlag.stderr).toMatch(/^--base-url must be an http\(s\) URL/);
    const viaEnv = await runCli(['callbacks', 'list'], {
      env: { PAVE_BASE_URL: 'http://127.0.0.1:4010/v1' },
    });
    expect(viaEnv.code).toBe(2);
    expect(viaEnv.stderr).toMatch(/^PAVE_BASE_URL must be .* without the version/);
  });
});

describe('flags become the request body', () => {
  test('every create flag reaches PAVE in its place', async () => {
    const before = server.received.length;
    const { code } = await pave(['sessions', 'create', ...everyCreateFlag]);
    expect(code).toBe(0);
    const [request] = sentSince(before);
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/v1/sessions');
    expect(JSON.parse(request?.body ?? '')).toEqual(everyCreateFlagBody);
  });

  test('--body - reads stdin, and flags are merged into it', async () => {
    const before = server.received.length;
    const stdin = JSON.stringify({
      vehicle: { vin: 'JN1CV6AR9BMXXXXXX', make: 'Nissan' },
      session: { reference: { a: '1' } },
    });
    const { code } = await pave(
      ['sessions', 'create', '--body', '-', '--make', 'Infiniti', '--reference', 'b=2'],
      { stdin },
    );
    expect(code).toBe(0);
    expect(JSON.parse(sentSince(before)[0]?.body ?? '')).toEqual({
      vehicle: { vin: 'JN1CV6AR9BMXXXXXX', make: 'Infiniti' },
      session: { reference: { a: '1', b: '2' } },
    });
  });

  test('--body with 20,000 nested arrays in session.reference exits 2 naming the limit; nothing sent', async () => {
    const before = server.received.length;
    const depth = 20_000;
    const stdin = `{"vehicle": {"vin": "JN1CV6AR9BMXXXXXX"}, "session": {"reference": {"x": ${'['.repeat(depth)}${']'.repeat(depth)}}}}`;
    for (const extra of [[], ['--theme', 'PRO'], ['--verbose', '--json']]) {
      const { code, stdout, stderr } = await pave(['sessions', 'create', '--body', '-', ...extra], {
        stdin,
      });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^--body: stdin nests arrays and objects more than 32 levels deep/);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(sentSince(before)).toEqual([]);
  });

  test('update sends PUT to the key with --no-send-results-to-phototaker as false', async () => {
    const before = server.received.length;
    const { code } = await pave(
      'sessions update XXX-ABCDE12345 --no-send-results-to-phototaker --language FR'.split(' '),
    );
    expect(code).toBe(0);
    const [request] = sentSince(before);
    expect(request?.method).toBe('PUT');
    expect(request?.url).toBe('/v1/sessions/XXX-ABCDE12345');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      sms: { send_results_to_phototaker: false },
      session: { language: 'FR' },
    });
  });

  test('callbacks set sends headers and payload as objects', async () => {
    const before = server.received.length;
    await pave([
      'callbacks',
      'set',
      '--event',
      'SESSION:COMPLETE',
      '--url',
      'https://example.com/pave',
      '--method',
      'PUT',
      '--header',
      'Authorization: Bearer abc',
      '--payload',
      'source=PAVE',
    ]);
    expect(JSON.parse(sentSince(before)[0]?.body ?? '')).toEqual({
      event: 'SESSION:COMPLETE',
      url: 'https://example.com/pave',
      method: 'PUT',
      headers: { Authorization: 'Bearer abc' },
      payload: { source: 'PAVE' },
    });
  });

  test('an event in the path is sent encoded', async () => {
    const before = server.received.length;
    await pave(['callbacks', 'delete', 'SESSION:COMPLETE']);
    expect(sentSince(before)[0]?.url).toBe('/v1/callbacks/SESSION%3ACOMPLETE');
  });
});

describe('failures', () => {
  test('no answer within --timeout exits 8 with one line', async () => {
    const { code, stderr } = await runCli(
      `sessions create --vin JN1CV6AR9BMXXXXXX --base-url ${hanging.url} --timeout 300`.split(' '),
    );
    expect(code).toBe(8);
    expect(stderr).toBe('PAVE did not answer within 300 ms.\n');
  });

  test('an unreachable server exits 9 with one line', async () => {
    const closed = await startLocalServer(() => {});
    await closed.close();
    const { code, stderr } = await runCli(['callbacks', 'list', '--base-url', closed.url]);
    expect(code).toBe(9);
    expect(stderr).toBe(
      'Could not reach PAVE (ECONNREFUSED): check the base URL and the network.\n',
    );
  });

  test('a failure of pave itself exits 1, with a stack only under --verbose', async () => {
    // A terminal that refuses output is no fault of PAVE's: it is the unexpected kind.
    const brokenStdout = async (verbose: boolean) => {
      let stderr = '';
      const code = await run(
        [
          'sessions',
          'get',
          'XXX-ABCDE12345',
          '--base-url',
          server.url,
          ...(verbose ? ['--verbose'] : []),
        ],
        {
          env: credentialsEnv,
          stdout: {
            write: () => {
              throw new Error('write EPIPE');
            },
          },
          stderr: { write: (chunk: string) => (stderr += chunk) },
        },
      );
      return { code, stderr };
    };
    const quiet = await brokenStdout(false);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toBe('Unexpected error: write EPIPE\n');
    const verbose = await brokenStdout(true);
    expect(verbose.code).toBe(1);
    expect(verbose.stderr).toMatch(/\n\s+at /);
  });
});

describe('secrets never reach the terminal', () => {
  const outcomes: Array<[string, string[]]> = [
    ['201', []],
    ['400', ['--prefer', 'code=400']],
    ['401', ['--prefer', 'code=401']],
    ['404', ['--prefer', 'code=404']],
    ['500', ['--prefer', 'code=500']],
  ];

  test.each(outcomes)('with --verbose, answer %s', async (_status, extra) => {
    const { stdout, stderr } = await pave([
      'sessions',
      'create',
      '--vin',
      'JN1CV6AR9BMXXXXXX',
      '--verbose',
      '--json',
      ...extra,
    ]);
    const printed = stdout + stderr;
    expect(stderr).toMatch(/POST http:\/\/127\.0\.0\.1:\d+\/v1\/sessions -> \d{3}/);
    expect(printed).not.toContain(testCredentials.apiSecret);
    expect(printed).not.toContain(testCredentials.apiKey);
    expect(printed).not.toMatch(hexToken);
    expect(printed).not.toMatch(/API-Token/i);
  });

  test('with --verbose, on a timeout and a network failure', async () => {
    const timedOut = await runCli(
      `callbacks list --base-url ${hanging.url} --timeout 200 --verbose`.split(' '),
    );
    expect(timedOut.code).toBe(8);
    const closed = await startLocalServer(() => {});
    await closed.close();
    const refused = await runCli(['callbacks', 'list', '--base-url', closed.url, '--verbose']);
    expect(refused.code).toBe(9);
    for (const printed of [timedOut.stdout + timedOut.stderr, refused.stdout + refused.stderr]) {
      expect(printed).not.toContain(testCredentials.apiSecret);
      expect(printed).not.toMatch(hexToken);
    }
  });

  test('but the request really was signed with them', async () => {
    const before = server.received.length;
    await pave(['callbacks', 'list']);
    const [request] = sentSince(before);
    expect(request?.headers['api-key']).toBe(testCredentials.apiKey);
    expect(request?.headers['api-token']).toMatch(/^[0-9a-f]{64}$/);
    expect(request?.headers['user-agent']).toMatch(/^pave-cli\/\d+\.\d+\.\d+ /);
  });
});
