// Valid values for a JSON schema of the spec, as fast-check arbitraries: the starting point the
// hostile suite breaks. Covers the keywords the spec's request schemas use.
import { spec } from '@pave-kit/contract';
import fc from 'fast-check';

type Schema = Record<string, unknown>;

export function resolvePointer(pointer: string): Schema {
  let node: unknown = spec;
  for (const part of pointer.replace(/^#?\//, '').split('/')) {
    node = (node as Schema)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return node as Schema;
}

function resolve(schema: Schema): Schema {
  return typeof schema.$ref === 'string' ? resolve(resolvePointer(schema.$ref)) : schema;
}

// URLs a dealer really sends; the URL-scheme cases come from their own generator.
const safeUrls = fc.constantFrom(
  'https://dealer.example/inspection/done',
  'http://localhost:3000/back?x=1',
  'myapp://done',
  'https://dealer.example/a%20b#top',
);

function stringArbitrary(schema: Schema): fc.Arbitrary<string> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as string[]));
  if (schema.format === 'uri') return safeUrls;
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : minLength + 12;
  if (schema.pattern === '^[A-Za-z0-9]+$') {
    // A VIN: stringMatching alone would rarely hit the exact length.
    const unit = fc.constantFrom(...'ABCDEFGHJKLMNPRSTUVWXYZabcdefghjklmnprstuvwxyz0123456789');
    return fc.string({ unit, minLength: Math.max(1, minLength), maxLength });
  }
  if (typeof schema.pattern === 'string') {
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((value) => value.length >= minLength && value.length <= maxLength);
  }
  return fc.string({ minLength, maxLength, unit: 'grapheme' });
}

function numberArbitrary(schema: Schema, integer: boolean): fc.Arbitrary<number> {
  const min = typeof schema.minimum === 'number' ? schema.minimum : -1e6;
  const max = typeof schema.maximum === 'number' ? schema.maximum : 1e6;
  return integer
    ? fc.integer({ min, max })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectArbitrary(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = (schema.required ?? []) as string[];
  const additional = schema.additionalProperties;
  if (Object.keys(properties).length === 0 && typeof additional === 'object' && additional) {
    return fc.dictionary(
      fc.string({ maxLength: 8 }),
      arbitraryFor(additional as Schema, depth + 1),
      {
        maxKeys: 4,
      },
    );
  }
  if (Object.keys(properties).length === 0) {
    // A free-form object (a session's `reference`): any small JSON object.
    return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), {
      maxKeys: 4,
    });
  }
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) {
    model[name] = arbitraryFor(property, depth + 1);
  }
  const record = fc.record(model, { requiredKeys: required });
  const minProperties = typeof schema.minProperties === 'number' ? schema.minProperties : 0;
  return record.filter((value) => Object.keys(value as object).length >= minProperties);
}

/** Values the schema accepts. */
export function arbitraryFor(input: Schema, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(input);
  if ('const' in schema) return fc.constant(schema.const);
  const choices = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (choices) return fc.oneof(...choices.map((choice) => arbitraryFor(choice, depth)));
  switch (schema.type) {
    case 'object':
      return objectArbitrary(schema, depth);
    case 'array':
      return fc.array(arbitraryFor((schema.items ?? {}) as Schema, depth + 1), { maxLength: 3 });
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
