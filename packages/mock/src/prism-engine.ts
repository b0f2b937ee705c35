// Stoplight Prism as a library in this process: a request goes in, Prism's answer comes out.
// Prism's own HTTP server is not used. It starts each answer without awaiting it, so anything
// Prism throws (a path it cannot decode, say) becomes an unhandled rejection that ends the
// process; called directly, a throw rejects this one request's promise instead.
import type { IncomingHttpHeaders } from 'node:http';
import { createRequire } from 'node:module';
import { spec } from '@pave-kit/contract';

// Prism ships CommonJS; requiring it keeps its named exports intact under every loader.
const require = createRequire(import.meta.url);

export interface PrismRequest {
  method: string;
  /** The path as sent, percent-escapes kept. */
  path: string;
  query: URLSearchParams;
  /** As Node parses them: lower-case names, most repeated headers joined with ", ". */
  headers: IncomingHttpHeaders;
  body: Uint8Array;
}

export interface PrismAnswer {
  status: number;
  headers: Headers;
  body: string | undefined;
}

export interface PrismEngine {
  /** The Prism release the pinned internals come from, and the engine that answers. */
  version: string;
  /** Resolves to Prism's answer; rejects if Prism throws. */
  answer(request: PrismRequest): Promise<PrismAnswer>;
}

interface Either<L, R> {
  _tag: 'Left' | 'Right';
  left: L;
  right: R;
}

interface PrismOutput {
  statusCode: number;
  headers?: Record<string, unknown>;
  body?: unknown;
}

interface Violation {
  path?: string[];
  severity: number;
  code?: string | number;
  message: string;
}

interface PrismResult {
  output: PrismOutput;
  validations: { input: Violation[]; output: Violation[] };
}

interface PrismError extends Error {
  status?: number;
  additional?: { headers?: Record<string, string> };
}

interface PrismInstance {
  request(
    input: unknown,
    operations: unknown,
    config: unknown,
  ): () => Promise<Either<PrismError, PrismResult>>;
}

// Connection-level headers describe one hop; Prism's answer must not steer the mock's socket.
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'content-length',
]);

// The sl-violations header Prism adds, kept the same for anyone who reads it.
const maxViolationsHeader = 8 * 1024 - 100;
const severityNames = ['Error', 'Warning', 'Information', 'Hint'];

function queryRecord(query: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    record[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return record;
}

function parseBody(headers: IncomingHttpHeaders, body: Uint8Array): unknown {
  if (body.length === 0) return null;
  const text = Buffer.from(body).toString('utf8');
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(headers['content-type'] ?? '')) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function violationsHeader(result: PrismResult): string | undefined {
  const all = [
    ...result.validations.input.map((v) => ({ ...v, where: 'request' })),
    ...result.validations.output.map((v) => ({ ...v, where: 'response' })),
  ].map(({ where, path = [], severity, code, message }) => ({
    location: [where, ...path],
    severity: severityNames[severity] ?? String(severity),
    code,
    message,
  }));
  if (all.length === 0) return undefined;
  const value = JSON.stringify(all);
  return value.length > maxViolationsHeader
    ? `Too many violations! ${value.slice(0, maxViolationsHeader)}`
    : value;
}

/** Prism's answer headers, minus those that describe a connection (Prism's or anyone's). */
export function headersFromPrism(record: Record<string, unknown> | undefined): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(record ?? {})) {
    if (value === undefined || hopByHop.has(name.toLowerCase())) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, String(one));
  }
  return headers;
}

export async function loadPrism({ dynamic }: { dynamic: boolean }): Promise<PrismEngine> {
  const { getHttpOperationsFromSpec, createInstance, ProblemJsonError } =
    require('@stoplight/prism-http');
  const { createLogger } = require('@stoplight/prism-core');
  // Prism's server reads `Prefer` and serializes bodies with these; the mock does the same.
  const {
    getHttpConfigFromRequest,
  } = require('@stoplight/prism-http-server/dist/getHttpConfigFromRequest');
  const { serialize } = require('@stoplight/prism-http-server/dist/serialize');
  const release = (require('@stoplight/prism-cli/package.json') as { version: string }).version;
  const engine = (require('@stoplight/prism-http/package.json') as { version: string }).version;

  // Prism dereferences the document in place, so it gets a copy of the shared one.
  const operations = await getHttpOperationsFromSpec(structuredClone(spec));
  const config = {
    mock: { dynamic },
    validateRequest: true,
    validateResponse: true,
    checkSecurity: true,
    errors: false,
    isProxy: false,
  };
  const prism: PrismInstance = createInstance(config, {
    logger: createLogger('pave-mock', { level: 'silent' }),
  });

  function problemAnswer(error: PrismError): PrismAnswer {
    const headers = headersFromPrism(error.additional?.headers);
    headers.set('content-type', 'application/problem+json');
    return {
      status: error.status || 500,
      headers,
      body: JSON.stringify(ProblemJsonError.toProblemJson(error)),
    };
  }

  return {
    version: `${release}, prism-http ${engine}`,
    async answer(request) {
      const input = {
        method: request.method.toLowerCase(),
        url: {
          path: request.path,
          baseUrl: request.query.get('__server') || undefined,
          query: queryRecord(request.query),
        },
        headers: request.headers,
        body: parseBody(request.headers, request.body),
      };
      const preferences: Either<PrismError, Record<string, unknown>> = getHttpConfigFromRequest(
        input,
      );
      if (preferences._tag === 'Left') return problemAnswer(preferences.left);
      const chosen = Object.fromEntries(
        Object.entries(preferences.right).filter(([, value]) => value !== undefined),
      );
      const result = await prism.request(input, operations, {
        ...config,
        mock: { ...config.mock, ...chosen },
      })();
      if (result._tag === 'Left') return problemAnswer(result.left);
      const { output } = result.right;
      const headers = headersFromPrism(output.headers);
      const violations = violationsHeader(result.right);
      if (violations) headers.set('sl-violations', violations);
      return {
        status: output.statusCode,
        headers,
        body: serialize(output.body, headers.get('content-type') ?? undefined),
      };
    },
  };
}
