// Turns Ajv's errors into one readable issue per field: `vehicle.vin: must be 17 characters, got 16`.
import type { ErrorObject } from 'ajv';
import { pointerSegments } from './json-pointer.js';

export interface FieldIssue {
  /** Dotted path of the field, e.g. `vehicle.vin`, `data[0].url`; `body` for the whole body. */
  field: string;
  /** JSON pointer of the value, e.g. `/vehicle/vin`. */
  pointer: string;
  /** The schema keyword that failed, e.g. `maxLength`, `enum`, `format`. */
  rule: string;
  message: string;
}

function pointerToField(pointer: string): string {
  if (pointer === '') return 'body';
  return pointerSegments(pointer).reduce((field, segment) => {
    if (/^\d+$/.test(segment)) return `${field || 'body'}[${segment}]`;
    return field ? `${field}.${segment}` : segment;
  }, '');
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

const typeNames: Record<string, string> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

function expectedTypes(type: unknown): string {
  const list = Array.isArray(type) ? type : [type];
  return list.map((name) => typeNames[String(name)] ?? String(name)).join(' or ');
}

/** What a single failed keyword means for the value, as the end of a sentence. */
function explain(
  error: ErrorObject,
  value: unknown,
  parentSchema: Record<string, unknown>,
): string {
  const params = error.params as Record<string, unknown>;
  const length = typeof value === 'string' ? [...value].length : 0;
  switch (error.keyword) {
    case 'minLength':
    case 'maxLength': {
      const { minLength, maxLength } = parentSchema;
      if (minLength !== undefined && minLength === maxLength) {
        return `must be ${minLength} characters, got ${length}`;
      }
      const bound = error.keyword === 'minLength' ? 'at least' : 'at most';
      return `must be ${bound} ${params.limit} characters, got ${length}`;
    }
    case 'pattern': {
      // A pattern too long to read says its rule in words beside it, in the spec.
      const rule = parentSchema['x-pattern-message'];
      if (typeof rule === 'string') return `${rule}, got ${describeValue(value)}`;
      return `must match the pattern ${params.pattern}, got ${describeValue(value)}`;
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((item) => String(item)).join(', ');
      return `must be one of ${allowed}, got ${describeValue(value)}`;
    }
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}, got ${describeValue(value)}`;
    case 'format': {
      const names: Record<string, string> = {
        uri: 'an absolute URL (such as https://example.com/done)',
        'date-time': 'an RFC 3339 date-time (such as 2021-05-25T11:50:49Z)',
        email: 'an email address',
      };
      const format = String(params.format);
      return `must be ${names[format] ?? `a valid ${format}`}, got ${describeValue(value)}`;
    }
    case 'type':
      return `must be ${expectedTypes(params.type)}, got ${describeValue(value)}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${params.comparison} ${params.limit}, got ${describeValue(value)}`;
    case 'minProperties':
      return `must have at least ${params.limit} field${params.limit === 1 ? '' : 's'}`;
    case 'minItems':
      return `must have at least ${params.limit} item${params.limit === 1 ? '' : 's'}`;
    case 'propertyNames':
      return `has a key that ${error.message ?? 'is not allowed'}`;
    default:
      return error.message ?? `breaks the ${error.keyword} rule`;
  }
}

function valueAt(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const key of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The schema path of the alternative an error came from: its own schema path less the keyword. */
function branchOf(error: ErrorObject): string {
  return error.schemaPath.slice(0, error.schemaPath.lastIndexOf('/'));
}

function issueFrom(error: ErrorObject, body: unknown): FieldIssue {
  const value = valueAt(body, error.instancePath);
  return {
    field: pointerToField(error.instancePath),
    pointer: error.instancePath,
    rule: error.keyword,
    message: explain(error, value, (error.parentSchema ?? {}) as Record<string, unknown>),
  };
}

/**
 * One issue for a value that no alternative of an `anyOf` accepts. Alternatives whose type does
 * not fit the value are left out when one that fits exists: a string year is told the string's
 * rule, not that it could also have been a number.
 */
function alternativesIssue(
  pointer: string,
  errors: readonly ErrorObject[],
  mismatched: ReadonlySet<string>,
  body: unknown,
): FieldIssue | undefined {
  const here = errors.filter((e) => e.instancePath === pointer && e.keyword !== 'anyOf');
  const fitting = here.filter((e) => e.keyword !== 'type' && !mismatched.has(branchOf(e)));
  const value = valueAt(body, pointer);
  if (fitting.length === 0) {
    // Errors below the value, or on its properties, come from an alternative that fits it.
    const inside = errors.some(
      (e) =>
        e.instancePath.startsWith(`${pointer}/`) ||
        (e.instancePath === pointer && ['required', 'additionalProperties'].includes(e.keyword)),
    );
    if (inside) return undefined;
    const types = here.filter((e) => e.keyword === 'type').map((e) => e.params.type);
    return {
      field: pointerToField(pointer),
      pointer,
      rule: 'type',
      message: `must be ${expectedTypes([...new Set(types.flat())])}, got ${describeValue(value)}`,
    };
  }
  const [only] = fitting;
  if (only && fitting.length === 1) return issueFrom(only, body);
  const messages = [...new Set(fitting.map((e) => issueFrom(e, body).message))];
  return {
    field: pointerToField(pointer),
    pointer,
    rule: 'anyOf',
    message: `${mergeAlternatives(messages)}, got ${describeValue(value)}`,
  };
}

/**
 * Keywords whose issue is about a property named in Ajv's params (one missing, one unknown)
 * rather than about the value at the error's own path.
 */
const propertyIssues = {
  required: { param: 'missingProperty', message: 'is required' },
  additionalProperties: { param: 'additionalProperty', message: 'is not a known field' },
} as const;

/**
 * One issue per field. Errors about a missing or unknown property are reported on that property;
 * a value no alternative of an `anyOf` accepts gets one issue (see `alternativesIssue`).
 */
export function toFieldIssues(errors: readonly ErrorObject[], body: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const anyOfPointers = new Set(
    errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath),
  );
  const mismatched = new Set(
    errors.filter((e) => e.keyword === 'type' && anyOfPointers.has(e.instancePath)).map(branchOf),
  );

  for (const error of errors) {
    const params = error.params as Record<string, string>;
    const named = Object.hasOwn(propertyIssues, error.keyword)
      ? propertyIssues[error.keyword as keyof typeof propertyIssues]
      : undefined;
    if (named) {
      const pointer = `${error.instancePath}/${params[named.param]}`;
      const field = pointerToField(pointer);
      issues.push({ field, pointer, rule: error.keyword, message: named.message });
      continue;
    }
    if (error.keyword === 'anyOf' || error.keyword === 'if') continue;
    if (anyOfPointers.has(error.instancePath)) continue;
    issues.push(issueFrom(error, body));
  }

  for (const pointer of anyOfPointers) {
    const issue = alternativesIssue(pointer, errors, mismatched, body);
    if (issue) issues.push(issue);
  }
  return dedupe(issues);
}

/** "must be an RFC 3339 date-time" + "must be at most 0 characters" -> "must be an RFC 3339 date-time, or at most 0 characters". */
function mergeAlternatives(messages: string[]): string {
  return messages
    .map((message, index) => {
      const bare = message.replace(/, got .*$/, '');
      return index === 0 ? bare : bare.replace(/^must be /, '');
    })
    .join(', or ');
}

function dedupe(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.pointer}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function formatIssue(issue: FieldIssue): string {
  return `${issue.field}: ${issue.message}`;
}

/** Messages per field, as PAVE's 400 body groups them: `{ 'vehicle.vin': ['must be ...'] }`. */
export function issuesByField(issues: readonly FieldIssue[]): Record<string, string[]> {
  // No prototype: a field a caller named `constructor` or `__proto__` is just another key.
  const grouped: Record<string, string[]> = Object.create(null);
  for (const issue of issues) {
    const earlier = Object.hasOwn(grouped, issue.field) ? grouped[issue.field] : [];
    grouped[issue.field] = [...(earlier ?? []), issue.message];
  }
  return grouped;
}
