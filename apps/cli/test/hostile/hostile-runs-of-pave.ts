// Runs of `pave`, generated: a command with flags and values, an environment, and how the fake
// PAVE answers. Values carry control characters, escapes, odd Unicode and URL schemes.
import fc from 'fast-check';
import type { Behaviour } from '../../../../tools/test-support/hostile-pave.js';

export interface PaveRunPlan {
  label: string;
  argv: string[];
  env: Record<string, string>;
  behaviour: Behaviour;
  verbose: boolean;
  /** Whether `--base-url` points at the fake PAVE (else at something that is not a server). */
  reachesServer: boolean;
}

const escapes = [
  '\u001b[2J',
  '\u001b[31m',
  '\u001b]0;pwned\u0007',
  '\u009b2J',
  '\r',
  '\u0008\u0008\u0008',
  '\u0000',
  '\u007f',
  '\nCapture URL: https://evil.example/',
  '\u202egnp.exe',
  '\u2028',
];

/** Text with the characters a terminal acts on mixed in. */
const nasty = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 12, unit: 'grapheme' }),
  fc
    .tuple(fc.string({ maxLength: 6 }), fc.constantFrom(...escapes), fc.string({ maxLength: 6 }))
    .map((parts) => parts.join('')),
  fc.constantFrom(
    '',
    ' ',
    '-',
    '--',
    '--help',
    'javascript:alert(1)',
    ' JaVa\tScRiPt:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    'myapp://done',
    'https://dealer.example/done',
    '%zz',
    '../../etc/passwd',
    'x'.repeat(5000),
  ),
);

const sessionKey = fc.oneof(fc.constant('XXX-ABCDE12345'), nasty);
const event = fc.oneof(
  fc.constantFrom('SESSION:COMPLETE', 'SESSION:NOTE_INSERT', 'SESSION:NOPE'),
  nasty,
);

const createFlag = fc.oneof(
  fc
    .constantFrom(
      '--vin',
      '--year',
      '--make',
      '--model',
      '--odom-reading',
      '--odom-unit',
      '--sms-to',
      '--client-id',
      '--redirect-url',
      '--theme',
      '--language',
      '--contact-first-name',
    )
    .chain((flag) =>
      fc
        .oneof(nasty, fc.constantFrom('JN1CV6AR9BMXXXXXX', '2011', 'EN', 'PRO', '-1', '1e309'))
        .map((value) => [flag, value]),
    ),
  fc.tuple(fc.constant('--reference'), nasty, nasty).map(([flag, k, v]) => [flag, `${k}=${v}`]),
  fc.constantFrom(
    ['--send-results-to-phototaker'],
    ['--no-send-results-to-phototaker'],
    ['--vin'],
    ['--bogus', 'x'],
  ),
);

const callbackFlag = fc.oneof(
  fc
    .constantFrom('--event', '--url', '--method', '--header', '--payload')
    .chain((flag) => nasty.map((value) => [flag, value])),
  fc.constant(['--event', 'SESSION:COMPLETE', '--url', 'https://dealer.example/hook']),
);

const command: fc.Arbitrary<string[]> = fc.oneof(
  fc
    .tuple(fc.constantFrom('get', 'photos', 'notes', 'results', 'delete'), sessionKey)
    .map(([verb, key]) => ['sessions', verb, key]),
  fc
    .tuple(fc.array(createFlag, { maxLength: 4 }), fc.boolean())
    .map(([flags, vin]) => [
      'sessions',
      'create',
      ...(vin ? ['--vin', 'JN1CV6AR9BMXXXXXX'] : []),
      ...flags.flat(),
    ]),
  fc
    .tuple(sessionKey, fc.array(createFlag, { minLength: 1, maxLength: 3 }))
    .map(([key, flags]) => ['sessions', 'update', key, ...flags.flat()]),
  fc.constant<string[]>(['callbacks', 'list']),
  fc
    .tuple(fc.constantFrom('get', 'delete'), event)
    .map(([verb, name]) => ['callbacks', verb, name]),
  fc.array(callbackFlag, { maxLength: 3 }).map((flags) => ['callbacks', 'set', ...flags.flat()]),
  fc
    .tuple(event, fc.array(callbackFlag, { maxLength: 2 }))
    .map(([name, flags]) => ['callbacks', 'update', name, ...flags.flat()]),
  fc
    .tuple(fc.constantFrom('sessions', 'callbacks', 'nothing', '--timeout', '--prefer'), nasty)
    .map(([a, b]) => [a, b]),
);

const html =
  '<!doctype html><html><head><title>502</title></head><body><h1>Bad Gateway</h1><script>alert(1)</script></body></html>';

const session = (overrides: Record<string, unknown>) =>
  JSON.stringify({
    session_key: 'XXX-ABCDE12345',
    active: true,
    status: 'IDLE',
    created_at: '2021-05-25T11:50:49Z',
    capture_url: 'https://demo.vehiclecapture.com/XXX-ABCDE12345',
    ...overrides,
  });

const body: fc.Arbitrary<string | Buffer> = fc.oneof(
  fc.constant(''),
  fc.constant(html),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
  fc.constantFrom(
    '{"session_key":',
    '{"message": "unterminated',
    '[1,2,3',
    'null',
    '42',
    '[1,2,3]',
    '{}',
    '"text"',
    'true',
  ),
  nasty.map((text) => JSON.stringify({ message: text })),
  fc.tuple(nasty, nasty).map(([field, text]) =>
    JSON.stringify({
      message: 'Required fields are missing or invalid.',
      errors: { [field]: [text] },
    }),
  ),
  fc
    .tuple(
      fc.constantFrom('session_key', 'capture_url', 'status', 'created_at', 'redirect_url'),
      fc.oneof(nasty, fc.jsonValue({ maxDepth: 1 })),
    )
    .map(([field, value]) => session({ [field]: value })),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.constant(
    JSON.stringify({ message: `\u001b[2J\u001b]0;pwned\u0007Capture URL: https://evil.example/` }),
  ),
  fc.constant(
    JSON.stringify({
      data: [{ event: 'SESSION:COMPLETE\u001b[31m', url: 'javascript:alert(1)' }, 7, null],
    }),
  ),
);

const behaviour: fc.Arbitrary<Behaviour> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .record({
        status: fc.constantFrom(
          200,
          201,
          204,
          400,
          401,
          403,
          404,
          409,
          418,
          422,
          429,
          500,
          502,
          503,
        ),
        contentType: fc.constantFrom(
          'application/json',
          'application/json',
          'text/html',
          'text/plain',
          'application/problem+json',
          'application/json; charset=latin1',
          undefined,
        ),
        retryAfter: fc.constantFrom(undefined, undefined, '0', 'soon', '1'),
        body,
      })
      .map(({ status, contentType, retryAfter, body: text }) => ({
        kind: 'answer' as const,
        status,
        headers: {
          ...(contentType === undefined ? {} : { 'content-type': contentType }),
          ...(retryAfter === undefined ? {} : { 'retry-after': retryAfter }),
        },
        // A 204 carries no body, whatever the server meant to send.
        body: status === 204 ? Buffer.alloc(0) : Buffer.from(text),
      })),
  },
  { weight: 1, arbitrary: fc.constant<Behaviour>({ kind: 'hang' }) },
  { weight: 1, arbitrary: fc.constant<Behaviour>({ kind: 'reset' }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Behaviour>(
      { kind: 'stall', status: 200 },
      { kind: 'stall', status: 201 },
    ),
  },
);

const credential = fc.oneof(
  { weight: 8, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: nasty },
);

const badBaseUrl = fc.constantFrom(
  'javascript:alert(1)',
  'http://[',
  'ftp://127.0.0.1/',
  'http://127.0.0.1:0',
  'not a url',
  'http://127.0.0.1:9\u001b[2J',
  'file:///etc/passwd',
);

/** A run of `pave` against a fake PAVE at `serverUrl`. */
export function paveRunPlan(serverUrl: string): fc.Arbitrary<PaveRunPlan> {
  return fc
    .record({
      command,
      behaviour,
      verbose: fc.boolean(),
      json: fc.boolean(),
      username: credential,
      apiKey: credential,
      apiSecret: credential,
      baseUrl: fc.oneof(
        { weight: 12, arbitrary: fc.constant(serverUrl) },
        { weight: 1, arbitrary: badBaseUrl },
      ),
    })
    .map((plan) => {
      const env: Record<string, string> = {};
      if (plan.username !== undefined) env.PAVE_USERNAME = plan.username;
      if (plan.apiKey !== undefined) env.PAVE_API_KEY = plan.apiKey;
      if (plan.apiSecret !== undefined) env.PAVE_API_SECRET = plan.apiSecret;
      const argv = [
        ...plan.command,
        '--base-url',
        plan.baseUrl,
        // Short enough for a hanging server, long enough for a busy machine to answer.
        '--timeout',
        '700',
        ...(plan.verbose ? ['--verbose'] : []),
        ...(plan.json ? ['--json'] : []),
      ];
      const answer =
        plan.behaviour.kind === 'answer'
          ? `${plan.behaviour.status} ${JSON.stringify(plan.behaviour.body.toString('latin1').slice(0, 120))} (${plan.behaviour.headers['content-type'] ?? 'no type'})`
          : plan.behaviour.kind;
      const label = `pave ${JSON.stringify(argv)} env ${JSON.stringify(env)}, server: ${answer}`;
      return {
        label,
        argv,
        env,
        behaviour: plan.behaviour,
        verbose: plan.verbose,
        reachesServer: plan.baseUrl === serverUrl,
        [fc.toStringMethod]: () => label,
      };
    });
}
