// Requests to the portal, generated: bodies on its JSON routes, foreign Host headers, oversized
// and deeply nested bodies, traversal on static files, each with how the fake PAVE answers.
import fc from 'fast-check';
import type { Behaviour as PaveBehaviour } from '../../../../tools/test-support/hostile-pave.js';
import { sessionFormFields } from '../../src/session-form.js';

export interface PortalRequest {
  label: string;
  method: string;
  path: string;
  /** Host header; undefined for the portal's own `127.0.0.1:port`. */
  host: string | undefined;
  contentType: string | undefined;
  body: string | undefined;
  pave: PaveBehaviour;
  /** The input breaks a rule the portal checks before calling PAVE: PAVE must not be reached. */
  refusedBeforePave: boolean;
}

const scripts = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "';alert(1)//",
  '<svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
];

const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ maxLength: 20, unit: 'grapheme' }),
  fc.constantFrom(...scripts),
  fc.constantFrom(
    'JN1CV6AR9BMXXXXXX',
    '2011',
    'EN',
    'PRO',
    '+15555550100',
    'https://dealer.example/done',
    'myapp://done',
  ),
);

const refusedUrl = fc
  .tuple(
    fc.constantFrom(
      'javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'file:///etc/passwd',
      'blob:https://x.example/1',
    ),
    fc.constantFrom('', ' ', '\t', '\u0000', '\n'),
    fc.boolean(),
  )
  .map(
    ([url, lead, upper]) =>
      `${lead}${upper ? url.replace(/^[a-z]+/, (s) => s.toUpperCase()) : url}`,
  );

const form = fc.dictionary(
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...sessionFormFields) },
    { weight: 1, arbitrary: fc.constantFrom('constructor', '__proto__', 'toString', 'extra') },
  ),
  fc.oneof(
    { weight: 8, arbitrary: text },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.string(), { maxLength: 2 }),
        fc.object({ maxDepth: 1 }),
      ),
    },
  ),
  { maxKeys: 6 },
);

const session = {
  session_key: 'TOA-QGMWRCHHGB',
  active: true,
  status: 'IDLE',
  created_at: '2026-01-02T03:04:00.000000Z',
  capture_url: 'https://dealer.vehiclecapture.com/TOA-QGMWRCHHGB',
};

const paveBody = fc.oneof(
  { weight: 4, arbitrary: fc.constant(JSON.stringify(session)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('session_key', 'capture_url', 'status', 'created_at'),
        fc.oneof(text, fc.jsonValue({ maxDepth: 1 })),
      )
      .map(([field, value]) => JSON.stringify({ ...session, [field]: value })),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '[1,2,3]',
      '{}',
      '42',
      'null',
      '',
      '{"session_key":',
      '<html><body>502</body></html>',
      '"text"',
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)) },
  {
    weight: 1,
    arbitrary: text.map((message) =>
      JSON.stringify({ message, errors: { 'vehicle.vin': [message] } }),
    ),
  },
);

const pave: fc.Arbitrary<PaveBehaviour> = fc.oneof(
  {
    weight: 20,
    arbitrary: fc
      .record({
        status: fc.constantFrom(200, 200, 201, 201, 204, 400, 401, 404, 429, 500, 503),
        contentType: fc.constantFrom(
          'application/json',
          'application/json',
          'text/html',
          undefined,
        ),
        body: paveBody,
      })
      .map(
        ({ status, contentType, body }): PaveBehaviour => ({
          kind: 'answer',
          status,
          headers: contentType ? { 'content-type': contentType } : {},
          body,
        }),
      ),
  },
  { weight: 1, arbitrary: fc.constant<PaveBehaviour>({ kind: 'hang' }) },
);

const json = 'application/json';

const createBodies = fc.oneof(
  {
    weight: 8,
    arbitrary: form.map((value) => ({
      kind: 'form',
      body: JSON.stringify(value),
      contentType: json,
      refused: false,
    })),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(form, refusedUrl).map(([value, url]) => ({
      kind: 'refused redirect_url',
      body: JSON.stringify({ ...value, redirect_url: url }),
      contentType: json,
      refused: true,
    })),
  },
  {
    weight: 1,
    arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => ({
      kind: 'any JSON',
      body: JSON.stringify(value),
      contentType: json,
      refused: typeof value !== 'object' || value === null || Array.isArray(value),
    })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('{"vin":', '{"vin": "x",}', "{'vin': 1}", '', 'NaN', '{"vin":"\ud800"')
      .map((body) => ({ kind: 'malformed JSON', body, contentType: json, refused: body !== '' })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 28, max: 36 }), fc.boolean()).map(([depth, arrays]) => ({
      kind: `nested ${depth} deep`,
      body: `{"vin":"JN1CV6AR9BMXXXXXX","extra":${arrays ? '['.repeat(depth) : '{"a":'.repeat(depth)}1${arrays ? ']'.repeat(depth) : '}'.repeat(depth)}}`,
      contentType: json,
      refused: depth + 1 > 32,
    })),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: -16, max: 16 }).map((delta) => {
      const size = 32 * 1024 + delta;
      const start = '{"vin":"JN1CV6AR9BMXXXXXX","padding":""}';
      const body = `${start.slice(0, -2)}${'x'.repeat(size - start.length)}"}`;
      return {
        kind: `a form of ${size} bytes`,
        body,
        contentType: json,
        refused: size > 32 * 1024,
      };
    }),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        undefined,
        'application/json, text/plain',
      )
      .map((contentType) => ({
        kind: `sent as ${contentType}`,
        body: JSON.stringify({ vin: 'JN1CV6AR9BMXXXXXX' }),
        contentType,
        // A list that starts with JSON is read as JSON; a browser still preflights it.
        refused: !contentType?.startsWith('application/json'),
      })),
  },
);

const foreignHost = fc.constantFrom(
  'evil.example',
  'evil.example:3000',
  'localhost.evil.example',
  '127.0.0.1.nip.io',
  'PORTAL_HOST@evil.example',
  '',
  'localhost:1',
  '[::1]:1',
  '10.0.0.1',
);

const traversal = fc
  .tuple(
    fc.constantFrom(
      '..',
      '%2e%2e',
      '%2E%2E',
      '.%2e',
      '%2e.',
      '..%2f..',
      '%2e%2e%2f%2e%2e',
      '..\\..',
      '%2e%2e%5c%2e%2e',
      '....//....',
    ),
    fc.constantFrom(
      'package.json',
      'src/config.ts',
      'etc/passwd',
      '../../../etc/passwd',
      '%2e%2e/package.json',
    ),
    fc.constantFrom('/', '/public/', '//', '/api/../'),
  )
  .map(([up, file, start]) => `${start}${up}/${file}`);

const keyPath = fc.oneof(
  fc.constantFrom(
    'TOA-QGMWRCHHGB',
    'NOPE-0000000000',
    '..%2f..%2fpackage.json',
    '%zz',
    '%00',
    '<script>',
    'a'.repeat(300),
  ),
  fc.string({ maxLength: 12 }).map((s) => encodeURIComponent(s)),
);

export function portalRequest(): fc.Arbitrary<PortalRequest> {
  const create = fc.tuple(createBodies, pave).map(([body, behaviour]) => ({
    label: `POST /api/sessions (${body.kind}) ${JSON.stringify(body.body.slice(0, 160))}`,
    method: 'POST',
    path: '/api/sessions',
    host: undefined,
    contentType: body.contentType,
    body: body.body,
    pave: behaviour,
    refusedBeforePave: body.refused,
  }));
  const byKey = fc
    .tuple(fc.constantFrom('GET', 'DELETE', 'GET qr'), keyPath, pave)
    .map(([verb, key, behaviour]) => {
      const method = verb.startsWith('GET') ? 'GET' : verb;
      const path = `/api/sessions/${key}${verb === 'GET qr' ? '/qr' : ''}`;
      return {
        label: `${method} ${path}`,
        method,
        path,
        host: undefined,
        contentType: undefined,
        body: undefined,
        pave: behaviour,
        refusedBeforePave: false,
      };
    });
  const foreign = fc
    .tuple(
      foreignHost,
      fc.constantFrom('/', '/api/sessions', '/index.html', '/healthz'),
      fc.constantFrom('GET', 'POST'),
    )
    .map(([host, path, method]) => ({
      label: `${method} ${path} with Host: ${host}`,
      method,
      path,
      host,
      contentType: method === 'POST' ? json : undefined,
      body: method === 'POST' ? '{"vin":"JN1CV6AR9BMXXXXXX"}' : undefined,
      pave: {
        kind: 'answer' as const,
        status: 201,
        headers: { 'content-type': json },
        body: JSON.stringify(session),
      },
      refusedBeforePave: true,
    }));
  const files = traversal.map((path) => ({
    label: `GET ${path}`,
    method: 'GET',
    path,
    host: undefined,
    contentType: undefined,
    body: undefined,
    pave: { kind: 'hang' as const },
    refusedBeforePave: true,
  }));
  return fc
    .oneof(
      { weight: 6, arbitrary: create },
      { weight: 2, arbitrary: byKey },
      { weight: 1, arbitrary: foreign },
      { weight: 1, arbitrary: files },
    )
    .map((request) => ({ ...request, [fc.toStringMethod]: () => request.label }));
}
