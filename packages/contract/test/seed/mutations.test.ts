/** Bodies that break the seed's rules are refused, naming field and rule; fixed, they pass. */
import { describe, expect, test } from 'vitest';
import {
  getOperation,
  type ValidationResult,
  validateRequestBody,
  validateResponseBody,
} from '../../src/index.js';
import { loadSample } from './load-sample.js';

const operation = getOperation('createSession');

/** Every request object at once: the seed's samples, plus the session its 400 sample implies. */
const requestBase = {
  ...loadSample('vehicle'),
  ...loadSample('sms'),
  ...loadSample('options'),
  session: {
    redirect_url: 'https://www.url-to-redirect-user-to.com',
    theme: 'PRO',
    language: 'EN',
    reference: { coupon_code: 'SPRING-2021' },
  },
};

const bases = {
  request: requestBase,
  201: loadSample('response-201'),
  400: loadSample('response-400'),
};

type Target = keyof typeof bases;

/** Marks a field to leave out. */
const absent = Symbol('absent');

interface Mutation {
  title: string;
  target: Target;
  path: string[];
  bad: unknown;
  good: unknown;
  field: string;
  rule: string;
}

function edit(base: object, path: string[], value: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  const last = path.at(-1);
  if (last === undefined) throw new Error('A mutation needs a path');
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  if (value === absent) delete node[last];
  else node[last] = value;
  return copy;
}

function validate(target: Target, body: unknown): ValidationResult {
  if (target === 'request') return validateRequestBody('createSession', body);
  return validateResponseBody({ operation, status: Number(target), body });
}

const describeValue = (value: unknown) =>
  value === absent ? 'left out' : `= ${JSON.stringify(value)}`;

function checkMutations(mutations: Mutation[]) {
  const rejected = mutations.map((m) => [`${m.title}: ${m.field} breaks ${m.rule}`, m] as const);
  const fixed = mutations.map(
    (m) => [`${m.title}, fixed: ${m.path.join('.')} ${describeValue(m.good)} passes`, m] as const,
  );

  test.each(rejected)('%s', (_title, m) => {
    const result = validate(m.target, edit(bases[m.target], m.path, m.bad));
    if (result.ok) throw new Error(`${m.title} was accepted`);
    expect([...new Set(result.issues.map((issue) => issue.field))]).toEqual([m.field]);
    expect(result.issues.map((issue) => issue.rule)).toContain(m.rule);
  });

  test.each(fixed)('%s', (_title, m) => {
    expect(validate(m.target, edit(bases[m.target], m.path, m.good))).toEqual({ ok: true });
  });
}

const VIN = 'JN1CV6AR9BMXXXXXX';

describe('the request vehicle', () => {
  checkMutations([
    {
      title: 'a 16-character VIN',
      target: 'request',
      path: ['vehicle', 'vin'],
      bad: VIN.slice(0, 16),
      good: VIN,
      field: 'vehicle.vin',
      rule: 'minLength',
    },
    {
      title: 'an 18-character VIN',
      target: 'request',
      path: ['vehicle', 'vin'],
      bad: `${VIN}X`,
      good: VIN,
      field: 'vehicle.vin',
      rule: 'maxLength',
    },
    {
      title: 'a 17-character VIN with punctuation',
      target: 'request',
      path: ['vehicle', 'vin'],
      bad: 'JN1CV6AR9-MXXXXXX',
      good: 'JN1CV6AR9BMXXXXXX',
      field: 'vehicle.vin',
      rule: 'pattern',
    },
    {
      title: 'year as a 5-digit string',
      target: 'request',
      path: ['vehicle', 'year'],
      bad: '20111',
      good: '2011',
      field: 'vehicle.year',
      rule: 'pattern',
    },
    {
      title: 'year as a 5-digit number',
      target: 'request',
      path: ['vehicle', 'year'],
      bad: 20111,
      good: 2011,
      field: 'vehicle.year',
      rule: 'maximum',
    },
    {
      title: 'year as an object',
      target: 'request',
      path: ['vehicle', 'year'],
      bad: { value: 2011 },
      good: 2011,
      field: 'vehicle.year',
      rule: 'type',
    },
    {
      title: 'odom_reading as an object',
      target: 'request',
      path: ['vehicle', 'odom_reading'],
      bad: { value: 330477 },
      good: 330477,
      field: 'vehicle.odom_reading',
      rule: 'type',
    },
    {
      title: 'a negative odom_reading',
      target: 'request',
      path: ['vehicle', 'odom_reading'],
      bad: -1,
      good: 0,
      field: 'vehicle.odom_reading',
      rule: 'minimum',
    },
    {
      title: 'odom_reading as a string with a thousands separator',
      target: 'request',
      path: ['vehicle', 'odom_reading'],
      bad: '330,477',
      good: 330477,
      field: 'vehicle.odom_reading',
      rule: 'type',
    },
    {
      title: 'an unknown vehicle field',
      target: 'request',
      path: ['vehicle', 'vim'],
      bad: VIN,
      good: absent,
      field: 'vehicle.vim',
      rule: 'additionalProperties',
    },
  ]);
});

describe('the request sms', () => {
  checkMutations([
    {
      title: 'send_results_to_phototaker "yes"',
      target: 'request',
      path: ['sms', 'send_results_to_phototaker'],
      bad: 'yes',
      good: 'true',
      field: 'sms.send_results_to_phototaker',
      rule: 'enum',
    },
    {
      title: 'an empty sms.to',
      target: 'request',
      path: ['sms', 'to'],
      bad: '',
      good: '647-455-XXXX',
      field: 'sms.to',
      rule: 'minLength',
    },
  ]);
});

describe('the request options', () => {
  checkMutations([
    {
      title: 'contact as a string',
      target: 'request',
      path: ['options', 'contact'],
      bad: 'Luan tran',
      good: { first_name: 'Luan', last_name: 'tran' },
      field: 'options.contact',
      rule: 'type',
    },
  ]);
});

describe('the request session', () => {
  checkMutations([
    {
      title: 'an unknown theme',
      target: 'request',
      path: ['session', 'theme'],
      bad: 'GOLD',
      good: 'CAPT',
      field: 'session.theme',
      rule: 'enum',
    },
    {
      // The theme enum is case-sensitive, unlike language.
      title: 'a lowercase theme',
      target: 'request',
      path: ['session', 'theme'],
      bad: 'pro',
      good: 'PRO',
      field: 'session.theme',
      rule: 'enum',
    },
    {
      title: 'a redirect_url without a scheme',
      target: 'request',
      path: ['session', 'redirect_url'],
      bad: 'www.url-to-redirect-user-to.com',
      good: 'https://www.url-to-redirect-user-to.com',
      field: 'session.redirect_url',
      rule: 'format',
    },
    {
      title: 'a redirect_url that is plain text',
      target: 'request',
      path: ['session', 'redirect_url'],
      bad: 'not a url',
      good: 'https://example.com/done',
      field: 'session.redirect_url',
      rule: 'format',
    },
    {
      title: 'a language that is not a language code',
      target: 'request',
      path: ['session', 'language'],
      bad: 'english!',
      good: 'en',
      field: 'session.language',
      rule: 'pattern',
    },
    {
      title: 'reference as a string',
      target: 'request',
      path: ['session', 'reference'],
      bad: 'SPRING-2021',
      good: { coupon_code: 'SPRING-2021' },
      field: 'session.reference',
      rule: 'type',
    },
    {
      title: 'session as an array',
      target: 'request',
      path: ['session'],
      bad: [{ theme: 'PRO' }],
      good: { theme: 'PRO' },
      field: 'session',
      rule: 'type',
    },
  ]);
});

describe('the request body', () => {
  checkMutations([
    {
      title: 'an unknown top-level key',
      target: 'request',
      path: ['colour'],
      bad: 'Malbec Black',
      good: absent,
      field: 'colour',
      rule: 'additionalProperties',
    },
    {
      title: 'a misspelled object name',
      target: 'request',
      path: ['vehicel'],
      bad: { vin: VIN },
      good: absent,
      field: 'vehicel',
      rule: 'additionalProperties',
    },
  ]);
});

describe('the 201 response', () => {
  checkMutations([
    {
      title: 'no session_key',
      target: 201,
      path: ['session_key'],
      bad: absent,
      good: 'XXX-ABCDE12345',
      field: 'session_key',
      rule: 'required',
    },
    {
      title: 'no capture_url',
      target: 201,
      path: ['capture_url'],
      bad: absent,
      good: 'https://demoadmin.vehiclecapture.com/XXX-ABCDE12345',
      field: 'capture_url',
      rule: 'required',
    },
    {
      title: 'no active',
      target: 201,
      path: ['active'],
      bad: absent,
      good: false,
      field: 'active',
      rule: 'required',
    },
    {
      title: 'no created_at',
      target: 201,
      path: ['created_at'],
      bad: absent,
      good: '2021-05-27T07:36:16+00:00',
      field: 'created_at',
      rule: 'required',
    },
    {
      title: 'active as the string "true"',
      target: 201,
      path: ['active'],
      bad: 'true',
      good: true,
      field: 'active',
      rule: 'type',
    },
    {
      title: 'status as a number',
      target: 201,
      path: ['status'],
      bad: 42,
      good: 'STARTED',
      field: 'status',
      rule: 'type',
    },
    {
      title: 'created_at that is not a date-time',
      target: 201,
      path: ['created_at'],
      bad: '25/05/2021 11:50',
      good: '2021-05-25T11:50:49Z',
      field: 'created_at',
      rule: 'format',
    },
    {
      title: 'inspect_started_at that is not a date-time',
      target: 201,
      path: ['inspect_started_at'],
      bad: 'soon',
      good: '2021-05-25T11:51:49.000000Z',
      field: 'inspect_started_at',
      rule: 'anyOf',
    },
    {
      title: 'options as a string',
      target: 201,
      path: ['options'],
      bad: 'none',
      good: null,
      field: 'options',
      rule: 'type',
    },
  ]);
});

describe('the 400 response', () => {
  checkMutations([
    {
      title: 'errors values that are strings, not lists',
      target: 400,
      path: ['errors', 'vehicle.vin'],
      bad: 'VIN is too short, it must be 17 characters',
      good: ['VIN is too short, it must be 17 characters'],
      field: 'errors.vehicle.vin',
      rule: 'type',
    },
    {
      title: 'no message',
      target: 400,
      path: ['message'],
      bad: absent,
      good: 'Required fields are missing or invalid.',
      field: 'message',
      rule: 'required',
    },
    {
      title: 'an errors key that is not a field path',
      target: 400,
      path: ['errors', 'vehicle..vin'],
      bad: ['VIN is too short, it must be 17 characters'],
      good: absent,
      field: 'errors',
      rule: 'propertyNames',
    },
  ]);
});

describe('statuses createSession does not declare', () => {
  const body = bases[201];

  test.each([418, 302])('a %i response is refused as undeclared', (status) => {
    const result = validateResponseBody({ operation, status, body });
    if (result.ok) throw new Error(`${status} was accepted`);
    expect(result.issues).toEqual([
      expect.objectContaining({ field: 'status', rule: 'responses' }),
    ]);
    expect(result.issues[0]?.message).toContain(`${status} is not a declared response`);
  });

  test.each([201, 200])('the same body as a %i response passes', (status) => {
    expect(validateResponseBody({ operation, status, body })).toEqual({ ok: true });
  });
});
