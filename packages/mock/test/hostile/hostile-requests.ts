// Whole HTTP requests, generated and then made hostile at each layer the mock reads: method,
// request target, auth headers, Prefer and Accept, Connection, announced and actual body size.
import { createAuthHeaders, type PaveCredentials } from '@pave-kit/auth';
import fc from 'fast-check';
import type { Expectation } from './answer-rule.js';

export interface HostileRequest {
  /** What the request is, for the report of a failing case. */
  label: string;
  /** Filled in with fresh signatures and the canary's port just before sending. */
  build(context: { credentials: PaveCredentials; canaryPort: number }): Buffer;
  expectation: Expectation;
  /** The client sent `Connection: close`, so the mock must close once it has answered. */
  closes: boolean;
}

interface Target {
  kind: 'spec' | 'refused' | 'odd';
  /** `CANARY` stands for the canary server's port. */
  target: string;
}

const sessionKey = fc.stringMatching(/^[A-Z]{3}-[A-Z0-9]{10}$/);

const specTarget: fc.Arbitrary<Target> = fc
  .tuple(
    sessionKey,
    fc.constantFrom('', '/photos', '/notes', '/results'),
    fc.constantFrom('SESSION:STATUS_CHANGE', 'SESSION:NOTE_INSERT', 'SESSION:UNKNOWN'),
    fc.nat(3),
  )
  .map(([key, tail, event, pick]) => {
    const targets = [
      '/v1/sessions',
      `/v1/sessions/${key}${tail}`,
      '/v1/callbacks',
      `/v1/callbacks/${event}`,
    ];
    return { kind: 'spec' as const, target: targets[pick] as string };
  });

const validEscapes: fc.Arbitrary<Target> = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
  .map((text) => ({ kind: 'spec' as const, target: `/v1/sessions/${encodeURIComponent(text)}` }));

const malformedEscapes: fc.Arbitrary<Target> = fc
  .tuple(
    fc.constantFrom(
      '%zz',
      '%4',
      '%',
      '%e0%80',
      '%c0%af',
      '%ff',
      '%ed%a0%80',
      '%F0%9F%98',
      '%G1',
      '%%',
    ),
    fc.constantFrom('/v1/sessions/', '/v1/callbacks/', '/', '/v1/sessions/ABC/'),
    fc.constantFrom('', '?x=1', '/photos'),
  )
  .map(([malformed, before, after]) => ({
    kind: 'refused' as const,
    target: `${before}${malformed}${after}`,
  }));

const elsewhere: fc.Arbitrary<Target> = fc
  .constantFrom(
    '//127.0.0.1:CANARY/x',
    '//127.0.0.1:CANARY/v1/sessions',
    '///127.0.0.1:CANARY/',
    '/\\127.0.0.1:CANARY/x',
    'http://127.0.0.1:CANARY/v1/sessions',
    'HTTP://127.0.0.1:CANARY/v1/callbacks',
    'https://127.0.0.1:CANARY/',
    'http://localhost:CANARY/x',
    'http://[',
    'http://a:99999/',
    'http://127.0.0.1:CANARY',
    '127.0.0.1:CANARY',
    '*',
  )
  .map((target) => ({ kind: 'refused' as const, target }));

const odd: fc.Arbitrary<Target> = fc
  .constantFrom(
    '/v1/../v1/sessions',
    '/v1//sessions',
    '/v1/sessions/%2e%2e/',
    '/v1/sessions?__code=500',
    '/v1/sessions?__example=nope',
    '/v1/sessions?a=%zz&b=%',
    '/v1/sessions#frag',
    '/v2/sessions',
    '/__mock/',
    `/v1/sessions/${'A'.repeat(4000)}`,
  )
  .map((target) => ({ kind: 'odd' as const, target }));

const target = fc.oneof(
  { weight: 4, arbitrary: specTarget },
  { weight: 2, arbitrary: validEscapes },
  { weight: 2, arbitrary: malformedEscapes },
  { weight: 2, arbitrary: elsewhere },
  { weight: 1, arbitrary: odd },
);

const method = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'PATCH',
      'HEAD',
      'OPTIONS',
      'TRACE',
      'PROPFIND',
      'M-SEARCH',
      'get',
      'QUERY',
    ),
  },
);

type Auth =
  | 'signed'
  | 'missing'
  | 'duplicated'
  | 'wrong token'
  | 'secret as token'
  | 'stale'
  | 'garbage time'
  | 'unknown key';
const auth = fc.oneof(
  { weight: 5, arbitrary: fc.constant<Auth>('signed') },
  {
    weight: 3,
    arbitrary: fc.constantFrom<Auth>(
      'missing',
      'duplicated',
      'wrong token',
      'secret as token',
      'stale',
      'garbage time',
      'unknown key',
    ),
  },
);

function authLines(kind: Auth, credentials: PaveCredentials, drop: number): string[] {
  const signed = createAuthHeaders(credentials) as Record<string, string>;
  const lines = Object.entries(signed).map(([name, value]) => `${name}: ${value}`);
  switch (kind) {
    case 'signed':
      return lines;
    case 'missing':
      return lines.filter((_, index) => index !== drop % lines.length);
    case 'duplicated':
      return [...lines, lines[drop % lines.length] as string];
    case 'wrong token':
      return lines.map((line) =>
        line.startsWith('API-Token') ? `API-Token: ${'0'.repeat(64)}` : line,
      );
    case 'secret as token':
      return lines.map((line) =>
        line.startsWith('API-Token') ? `API-Token: ${credentials.apiSecret}` : line,
      );
    case 'stale':
      return lines.map((line) =>
        line.startsWith('API-Timestamp') ? 'API-Timestamp: 2021-05-30T12:49:19Z' : line,
      );
    case 'garbage time':
      return lines.map((line) =>
        line.startsWith('API-Timestamp') ? 'API-Timestamp: yesterday' : line,
      );
    case 'unknown key':
      return lines.map((line) => (line.startsWith('API-Key') ? 'API-Key: key_nobody' : line));
  }
}

const prefer = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom('code=500', 'code=503', 'code=5XX') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'code=404',
      'code=999',
      'code=',
      'example=no-such-example',
      'dynamic=true',
      'code=401, example=x',
      ';;;',
      'code=2OO',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.string({
      maxLength: 20,
      unit: fc.constantFrom('c', 'o', 'd', 'e', '=', ',', ' ', '4', '0', 'x'),
    }),
  },
);

const accept = fc.constantFrom(
  undefined,
  undefined,
  undefined,
  'text/html',
  '*/*',
  'application/xml',
  'application/json;q=0',
);

const connection = fc.constantFrom(
  undefined,
  undefined,
  'close',
  'keep-alive',
  'Close',
  'close, upgrade',
);

interface BodyPlan {
  label: string;
  /** What Content-Length says, or undefined for none. */
  announced: number | undefined;
  actual: number;
  json: boolean;
}

function bodyPlans(limit: number): fc.Arbitrary<BodyPlan> {
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constant({ label: 'no body', announced: undefined, actual: 0, json: false }),
    },
    {
      weight: 4,
      arbitrary: fc.constant({ label: 'a small JSON body', announced: 39, actual: 39, json: true }),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: -8, max: 8 }).map((delta) => ({
        label: `a body of ${limit + delta} bytes`,
        announced: limit + delta,
        actual: limit + delta,
        json: true,
      })),
    },
    {
      weight: 1,
      // Past the limit, the mock answers from the announcement alone: no need to send it all.
      arbitrary: fc.constantFrom(limit + 1, limit * 2, 200 * 1024 * 1024).map((announced) => ({
        label: `${announced} bytes announced, 39 sent`,
        announced,
        actual: 39,
        json: true,
      })),
    },
  );
}

function bodyOf(plan: BodyPlan): Buffer {
  const create = '{"vehicle":{"vin":"JN1CV6AR9BMXXXXXX"}}';
  if (plan.actual === 0) return Buffer.alloc(0);
  return Buffer.from(create + ' '.repeat(Math.max(0, plan.actual - create.length)));
}

/** Hostile requests for a mock whose body limit is `limit` bytes. */
export function hostileRequest(limit: number): fc.Arbitrary<HostileRequest> {
  return fc
    .record({
      method: method,
      target,
      auth,
      drop: fc.nat(2),
      prefer,
      accept,
      connection,
      body: bodyPlans(limit),
    })
    .map((plan) => {
      const { method: verb, target: aim, body } = plan;
      const closes = /close/i.test(plan.connection ?? '');
      const tooLarge = (body.announced ?? 0) > limit;
      const successAllowed = plan.auth === 'signed' && aim.kind !== 'refused' && !tooLarge;
      const label = [
        `${verb} ${aim.target}`,
        `auth ${plan.auth}`,
        plan.prefer === undefined ? undefined : `Prefer: ${plan.prefer}`,
        plan.accept === undefined ? undefined : `Accept: ${plan.accept}`,
        plan.connection === undefined ? undefined : `Connection: ${plan.connection}`,
        body.label,
      ]
        .filter(Boolean)
        .join(', ');
      return {
        label,
        // fast-check prints this for a failing case.
        [fc.toStringMethod]: () => label,
        closes,
        expectation: {
          successAllowed,
          serverErrorAsked: /code\s*=\s*5|__code=5/.test(`${plan.prefer ?? ''} ${aim.target}`),
          bodiless: verb === 'HEAD',
          names: aim.kind === 'refused' && plan.auth === 'signed' ? [] : undefined,
        },
        build({ credentials, canaryPort }) {
          const requestTarget = aim.target.replaceAll('CANARY', String(canaryPort));
          const lines = [
            'Host: 127.0.0.1',
            ...authLines(plan.auth, credentials, plan.drop),
            ...(plan.prefer === undefined ? [] : [`Prefer: ${plan.prefer}`]),
            ...(plan.accept === undefined ? [] : [`Accept: ${plan.accept}`]),
            ...(plan.connection === undefined ? [] : [`Connection: ${plan.connection}`]),
            ...(body.announced === undefined ? [] : [`Content-Length: ${body.announced}`]),
            ...(body.json ? ['Content-Type: application/json'] : []),
          ];
          const head = `${verb} ${requestTarget} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`;
          return Buffer.concat([Buffer.from(head, 'latin1'), bodyOf(body)]);
        },
      };
    });
}
