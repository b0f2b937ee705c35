/** Finds a field's schema in the spec and the JSON types it admits, via $ref, allOf and anyOf. */
import { spec } from '../../src/index.js';
import { escapePointerSegment, pointerSegments } from '../../src/json-pointer.js';

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

const allTypes: readonly JsonType[] = [
  'string',
  'integer',
  'number',
  'boolean',
  'object',
  'array',
  'null',
];

type Schema = Record<string, unknown>;

/** A schema together with the JSON pointer it sits at, so validators can be pointed at it. */
export interface SchemaAt {
  pointer: string;
  schema: Schema;
}

export interface FieldLookup {
  /** Every place the field is declared: the schema itself and each `allOf` branch naming it. */
  declarations: SchemaAt[];
  /** Whether a branch that always applies (the schema itself or an `allOf` branch) requires it. */
  required: boolean;
}

export function schemaAt(pointer: string): SchemaAt {
  let node: unknown = spec;
  for (const segment of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object' || !(segment in node)) {
      throw new Error(`The spec has nothing at ${pointer}`);
    }
    node = (node as Record<string, unknown>)[segment];
  }
  if (node === null || typeof node !== 'object') throw new Error(`${pointer} is not a schema`);
  return { pointer, schema: node as Schema };
}

const annotations = new Set(['$ref', 'description', 'summary']);

/** Follows `$ref` to a schema without one. */
export function dereference(at: SchemaAt): SchemaAt {
  const seen = new Set<string>();
  let current = at;
  while (typeof current.schema.$ref === 'string') {
    const ref = current.schema.$ref;
    if (!ref.startsWith('#/')) throw new Error(`Only local refs are followed, got ${ref}`);
    // Constraints beside a `$ref` apply too in OpenAPI 3.1; refuse them rather than ignore them.
    const siblings = Object.keys(current.schema).filter((key) => !annotations.has(key));
    if (siblings.length > 0) {
      throw new Error(`${current.pointer} has ${siblings.join(', ')} beside its $ref`);
    }
    if (seen.has(ref)) throw new Error(`Circular $ref ${ref}`);
    seen.add(ref);
    current = schemaAt(ref.slice(1));
  }
  return current;
}

function branches(at: SchemaAt, keyword: 'allOf' | 'anyOf' | 'oneOf'): SchemaAt[] {
  const list = at.schema[keyword];
  if (!Array.isArray(list)) return [];
  return list.map((_, index) => dereference(schemaAt(`${at.pointer}/${keyword}/${index}`)));
}

/** The schema and its `allOf` branches, recursively: the parts that all apply to a value. */
function alwaysApplying(at: SchemaAt): SchemaAt[] {
  const resolved = dereference(at);
  return [resolved, ...branches(resolved, 'allOf').flatMap(alwaysApplying)];
}

function lookupIn(parent: SchemaAt, name: string): FieldLookup {
  const declarations: SchemaAt[] = [];
  let required = false;
  for (const part of alwaysApplying(parent)) {
    const properties = part.schema.properties as Schema | undefined;
    if (properties && name in properties) {
      declarations.push(
        dereference(schemaAt(`${part.pointer}/properties/${escapePointerSegment(name)}`)),
      );
    }
    const list = part.schema.required;
    if (Array.isArray(list) && list.includes(name)) required = true;
  }
  return { declarations, required };
}

/**
 * Finds `path` (e.g. `['options', 'contact', 'first_name']`) below the schema at `rootPointer`.
 * Only parts that always apply are searched: a field declared in one `anyOf` alternative is not
 * a field of the object. Requiredness is that of the last segment in its parent.
 */
export function findField(rootPointer: string, path: readonly string[]): FieldLookup {
  let parents = [schemaAt(rootPointer)];
  let found: FieldLookup = { declarations: [], required: false };
  for (const [index, name] of path.entries()) {
    const lookups = parents.map((parent) => lookupIn(parent, name));
    found = {
      declarations: lookups.flatMap((lookup) => lookup.declarations),
      required: lookups.some((lookup) => lookup.required),
    };
    if (found.declarations.length === 0) {
      throw new Error(`${path.slice(0, index + 1).join('.')} is not declared below ${rootPointer}`);
    }
    parents = found.declarations;
  }
  return found;
}

function typeOfValue(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

function intersect(left: Set<JsonType>, right: Set<JsonType>): Set<JsonType> {
  return new Set([...left].filter((type) => right.has(type)));
}

/** The JSON types some value of the schema can have. `number` admits whole numbers too. */
export function admittedTypes(at: SchemaAt): Set<JsonType> {
  const resolved = dereference(at);
  const { schema } = resolved;
  let types = new Set<JsonType>(allTypes);

  if (schema.type !== undefined) {
    const declared = (Array.isArray(schema.type) ? schema.type : [schema.type]) as JsonType[];
    types = new Set(declared.includes('number') ? [...declared, 'integer'] : declared);
  }
  const values = schema.const !== undefined ? [schema.const] : schema.enum;
  if (Array.isArray(values)) {
    types = intersect(types, new Set(values.map(typeOfValue)));
  }
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const alternatives = branches(resolved, keyword);
    if (alternatives.length > 0) {
      const union = new Set(alternatives.flatMap((alternative) => [...admittedTypes(alternative)]));
      types = intersect(types, union);
    }
  }
  for (const part of branches(resolved, 'allOf')) {
    types = intersect(types, admittedTypes(part));
  }
  return types;
}

/** True when the schema leaves the type open, i.e. it says nothing about it. */
export function admitsAnyType(at: SchemaAt): boolean {
  return admittedTypes(at).size === allTypes.length;
}
