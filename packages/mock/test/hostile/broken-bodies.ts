// Request bodies generated from the spec's own request schemas, then broken one way each.
import { listOperations, type OperationInfo, validateAgainst } from '@pave-kit/contract';
import fc from 'fast-check';
import { arbitraryFor } from './schema-arbitrary.js';
import { refusedUrl } from './url-schemes.js';

export interface BrokenBody {
  /** How the body was broken, for the report of a failing case. */
  kind: string;
  operation: OperationInfo;
  /** The request target, path parameters filled in. */
  target: string;
  contentType: string;
  body: string;
  /** Whether the spec would accept the body as sent. */
  valid: boolean;
  /** The field or value the answer should name, when the body is not valid. */
  names?: string[];
}

type Json = Record<string, unknown>;

const withBody = listOperations().filter((operation) => operation.requestSchemaPointer);

const sessionKey = fc.stringMatching(/^[A-Z]{3}-[A-Z0-9]{10}$/);
const eventName = fc.constantFrom('SESSION:STATUS_CHANGE', 'SESSION:NOTE_INSERT', 'SESSION:NONE');

function fillPath(operation: OperationInfo): fc.Arbitrary<string> {
  return fc
    .tuple(sessionKey, eventName)
    .map(([key, event]) =>
      operation.path.replace('{session_key}', key).replace('{event}', encodeURIComponent(event)),
    );
}

/** Paths to every value inside `value`, objects and arrays included. */
function pathsOf(value: unknown, at: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [at];
  const inner = Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...at, key]));
  return at.length === 0 ? inner : [at, ...inner];
}

function setAt(root: Json, path: readonly string[], value: unknown): Json {
  const copy = structuredClone(root);
  let node: Json = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Json;
  }
  // defineProperty, so that `__proto__` becomes a key like any other.
  Object.defineProperty(node, path[path.length - 1] as string, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

const wrongValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 5 }),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.integer(), { maxLength: 3 }),
);

const oddFieldName = fc.oneof(
  fc.constantFrom(
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    '',
    'vehicle.vin',
    'a"b',
  ),
  fc.string({ maxLength: 10 }),
);

const oddContentType = fc.constantFrom(
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json, text/plain',
  'application/json; charset=utf-16',
  'application/json;;',
  'application/vnd.api+json',
  '*/*',
  'json',
);

function brokenBodiesOf(operation: OperationInfo, valid: fc.Arbitrary<unknown>) {
  const pointer = operation.requestSchemaPointer as string;
  const judged = (kind: string, value: unknown, names?: string[]) => ({
    kind,
    body: JSON.stringify(value),
    valid: validateAgainst(pointer, value).ok,
    names,
  });
  const object = valid.filter((v): v is Json => typeof v === 'object' && v !== null);
  const isSession = operation.path.startsWith('/v1/sessions');
  const urlField = isSession ? ['session', 'redirect_url'] : ['url'];

  const broken = fc.oneof(
    object.map((v) => judged('as generated', v)),
    object.chain((v) =>
      fc
        .tuple(fc.constantFrom(...pathsOf(v).filter((p) => p.length > 0)), wrongValue)
        .map(([path, value]) =>
          judged(`wrong type at ${path.join('.')}`, setAt(v, path, value), [
            path[path.length - 1] as string,
          ]),
        ),
    ),
    object.chain((v) =>
      fc
        .tuple(
          fc.constantFrom([], ...pathsOf(v).filter((p) => p.length > 0)),
          oddFieldName,
          wrongValue,
        )
        .map(([at, name, value]) =>
          judged(`unknown field ${JSON.stringify(name)}`, setAt(v, [...at, name], value)),
        ),
    ),
    object.chain((v) => {
      const required = Object.keys(v).filter((key) => ['event', 'url', 'method'].includes(key));
      if (required.length === 0) return fc.constant(judged('nothing to drop', v));
      return fc.constantFrom(...required).map((key) => {
        const { [key]: _dropped, ...rest } = v;
        return judged(`missing ${key}`, rest, [key]);
      });
    }),
    object.chain((v) =>
      !isSession
        ? fc.constant(judged('as generated', v))
        : fc
            .oneof(
              fc.string({ maxLength: 16, unit: fc.constantFrom('A', '1', 'z') }),
              fc.string({ minLength: 18, maxLength: 40, unit: fc.constantFrom('A', '1', 'z') }),
              fc.constantFrom('JN1CV6AR9BMXXXXX-', 'JN1CV6AR9BMXXXX\u00e9X', 'JN1CV6AR9BM XXXXX'),
            )
            .map((vin) =>
              judged(`vin of ${vin.length} characters`, setAt(v, ['vehicle', 'vin'], vin), ['vin']),
            ),
    ),
    object.chain((v) =>
      refusedUrl.map((url) =>
        judged('refused URL scheme', setAt(v, urlField, url), [urlField.join('.')]),
      ),
    ),
  );
  return broken;
}

const nestingDepth = fc.oneof(
  fc.integer({ min: 1, max: 64 }),
  fc.integer({ min: 90, max: 140 }),
  fc.integer({ min: 900, max: 1100 }),
  fc.integer({ min: 5000, max: 20_000 }),
);

/** A valid create whose free-form `session.reference` nests `depth` arrays or objects. */
function nestedCreate(depth: number, arrays: boolean): string {
  const open = arrays ? '['.repeat(depth) : '{"a":'.repeat(depth);
  const close = arrays ? ']'.repeat(depth) : '}'.repeat(depth);
  return `{"vehicle":{"vin":"JN1CV6AR9BMXXXXXX"},"session":{"reference":{"deep":${open}1${close}}}}`;
}

/** Every way the suite breaks a body, on every operation that takes one. */
export function brokenBody(limitBytes: number): fc.Arbitrary<BrokenBody> {
  const create = withBody.find((o) => o.operationId === 'createSession') as OperationInfo;
  const perOperation = withBody.map((operation) =>
    fc
      .record({
        target: fillPath(operation),
        broken: brokenBodiesOf(
          operation,
          arbitraryFor({ $ref: `#${operation.requestSchemaPointer}` }),
        ),
        contentType: fc.oneof(
          { weight: 6, arbitrary: fc.constant('application/json') },
          { weight: 1, arbitrary: oddContentType },
        ),
      })
      .map(({ target, broken, contentType }) => {
        const json =
          /^application\/(?:[\w.+-]+\+)?json\b/.test(contentType) && !contentType.includes(',');
        return {
          ...broken,
          operation,
          target,
          contentType,
          valid: broken.valid && json,
          kind:
            contentType === 'application/json'
              ? broken.kind
              : `${broken.kind}, sent as ${contentType}`,
          names: json ? broken.names : [contentType],
        };
      }),
  );
  const malformed = fc
    .tuple(
      fc.constantFrom(...withBody),
      fc.nat(),
      fc.constantFrom('', '\u0000', ',', '}', "'", 'NaN', '\ud800'),
    )
    .chain(([operation, cut, extra]) =>
      fillPath(operation).map((target) => {
        const text =
          '{"vehicle":{"vin":"JN1CV6AR9BMXXXXXX","year":2011},"session":{"theme":"LITE"}}';
        const at = 1 + (cut % (text.length - 1));
        const body = text.slice(0, at) + extra;
        let parsed: { value: unknown } | undefined;
        try {
          parsed = { value: JSON.parse(body) };
        } catch {
          parsed = undefined;
        }
        // A cut can still spell JSON (`{}`): then the schema decides.
        const valid =
          parsed !== undefined &&
          validateAgainst(operation.requestSchemaPointer as string, parsed.value).ok;
        return {
          kind: `malformed JSON cut at ${at} with ${JSON.stringify(extra)}`,
          operation,
          target,
          contentType: 'application/json',
          body,
          valid,
          names: parsed === undefined ? ['JSON'] : undefined,
        };
      }),
    );
  const nested = fc.tuple(nestingDepth, fc.boolean()).map(([depth, arrays]) => ({
    kind: `session.reference nested ${depth} ${arrays ? 'arrays' : 'objects'} deep`,
    operation: create,
    target: '/v1/sessions',
    contentType: 'application/json',
    body: nestedCreate(depth, arrays),
    // Whether the mock accepts or names a nesting limit, the rule holds either way.
    valid: true,
  }));
  const sized = fc.integer({ min: -48, max: 48 }).map((delta) => {
    const size = limitBytes + delta;
    const start = '{"vehicle":{"vin":"JN1CV6AR9BMXXXXXX"}}';
    return {
      kind: `a valid create of ${size} bytes (limit ${limitBytes})`,
      operation: create,
      target: '/v1/sessions',
      contentType: 'application/json',
      body: start + ' '.repeat(size - start.length),
      valid: size <= limitBytes,
      names: size > limitBytes ? [String(limitBytes)] : undefined,
    };
  });
  return fc.oneof(
    { weight: 12, arbitrary: fc.oneof(...perOperation) },
    { weight: 2, arbitrary: malformed },
    { weight: 1, arbitrary: nested },
    { weight: 1, arbitrary: sized },
  );
}
