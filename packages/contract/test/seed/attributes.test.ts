/** Each attribute of the seed page's tables is declared in the spec with a compatible type. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { getOperation, validateAgainst } from '../../src/index.js';
import {
  admitsAnyType,
  admittedTypes,
  findField,
  type JsonType,
  type SchemaAt,
  schemaAt,
} from './schema-lookup.js';

type SeedType = 'string' | 'numeric' | 'boolean' | 'object' | 'null';

interface SeedAttribute {
  /** `vehicle`, `sms`, `options`, `options.contact`, `session` (request) or `response`. */
  object: string;
  field: string;
  type: SeedType;
  rule?: string;
  optional?: boolean;
  primary?: string;
  samples?: unknown[];
  from: string;
}

const attributes: SeedAttribute[] = JSON.parse(
  readFileSync(new URL('./seed-attributes.json', import.meta.url), 'utf8'),
);

const createSession = getOperation('createSession');
const requestRoot = createSession.requestSchemaPointer;
const responseRoot = createSession.responses['201'];

const satisfiedBy: Record<SeedType, JsonType[]> = {
  string: ['string'],
  numeric: ['integer', 'number'],
  boolean: ['boolean'],
  object: ['object'],
  null: ['null'],
};

function satisfies(seedType: SeedType, types: Set<JsonType>): boolean {
  return satisfiedBy[seedType].some((type) => types.has(type));
}

function lookup(attribute: SeedAttribute) {
  if (!requestRoot || !responseRoot) throw new Error('createSession lost its JSON bodies');
  if (attribute.object === 'response') return findField(responseRoot, [attribute.field]);
  return findField(requestRoot, [...attribute.object.split('.'), attribute.field]);
}

/** Values that pass and fail each rule the seed states, checked against the spec's schema. */
const ruleExamples: Record<string, { accepts: unknown[]; rejects: unknown[] }> = {
  '17 characters': {
    accepts: ['JN1CV6AR9BMXXXXXX', '5N1AT2MV0HC123456'],
    rejects: ['JN1CV6AR9BMXXXXX', 'JN1CV6AR9BMXXXXXXX', ''],
  },
  URL: {
    accepts: ['https://www.url-to-redirect-user-to.com', 'https://example.com/done?l=en'],
    rejects: ['not a url', 'www.url-to-redirect-user-to.com'],
  },
  'LITE, PRO or CAPT': {
    accepts: ['LITE', 'PRO', 'CAPT'],
    rejects: ['GOLD', ''],
  },
  'ISO 8601': {
    accepts: ['2021-05-25T11:50:49.000000Z', '2021-05-27T07:36:16+00:00'],
    rejects: ['yesterday', '25/05/2021 11:50'],
  },
};

const nameOf = (attribute: SeedAttribute) => `${attribute.object}.${attribute.field}`;

/** `[title, attribute]` rows, so that test titles read as plain text. */
function rows(
  filter: (attribute: SeedAttribute) => boolean,
  title: (attribute: SeedAttribute) => string,
): [string, SeedAttribute][] {
  return attributes.filter(filter).map((attribute) => [title(attribute), attribute]);
}

describe('the fixture covers the seed tables', () => {
  const count = (object: string) => attributes.filter((a) => a.object === object).length;

  test('11 vehicle, 5 sms, 4 options, 12 response attributes and 4 session fields', () => {
    expect({
      vehicle: count('vehicle'),
      sms: count('sms'),
      options: count('options') + count('options.contact'),
      response: count('response'),
      session: count('session'),
    }).toEqual({ vehicle: 11, sms: 5, options: 4, response: 12, session: 4 });
  });

  test('names no attribute twice', () => {
    const names = attributes.map(nameOf);
    expect(new Set(names).size).toBe(names.length);
  });

  test('uses only the seed type words and known rules', () => {
    for (const attribute of attributes) {
      expect(Object.keys(satisfiedBy)).toContain(attribute.type);
      if (attribute.rule !== undefined) expect(Object.keys(ruleExamples)).toContain(attribute.rule);
    }
  });
});

describe('each seed attribute is declared with a compatible type', () => {
  const cases = rows(
    () => true,
    (a) => `${nameOf(a)} is ${a.type}`,
  );

  test.each(cases)('%s', (_title, attribute) => {
    const { declarations } = lookup(attribute);
    for (const declaration of declarations) {
      expect(admitsAnyType(declaration), `${declaration.pointer} leaves the type open`).toBe(false);
      const types = [...admittedTypes(declaration)].sort();
      expect(
        satisfies(attribute.type, new Set(types)),
        `${declaration.pointer} admits ${types.join(', ')}, the seed says ${attribute.type}`,
      ).toBe(true);
    }
  });
});

describe('the seed Optional column matches required', () => {
  const cases = rows(
    (a) => a.optional !== undefined,
    (a) => `${nameOf(a)} is ${a.optional ? 'optional' : 'required'}`,
  );

  test.each(cases)('%s', (_title, attribute) => {
    expect(lookup(attribute).required).toBe(!attribute.optional);
  });

  // "Primary if skipping VIN decode" depends on what the caller wants, so it cannot be `required`.
  const primary = rows(
    (a) => a.primary !== undefined,
    (a) => `${nameOf(a)} is primary ${a.primary}, not required`,
  );

  test.each(primary)('%s', (_title, attribute) => {
    expect(lookup(attribute).required).toBe(false);
  });
});

describe('the rules the seed states hold in the spec', () => {
  const cases = rows(
    (a) => a.rule !== undefined,
    (a) => `${nameOf(a)}: ${a.rule}`,
  );

  // Under allOf every declaration applies: all must accept, and one refusing is enough.
  const acceptedByAll = (declarations: SchemaAt[], value: unknown) =>
    declarations.every((d) => validateAgainst(d.pointer, value).ok);

  test.each(cases)('%s', (_title, attribute) => {
    const { declarations } = lookup(attribute);
    const examples = ruleExamples[attribute.rule ?? ''];
    if (!examples) throw new Error(`No examples for the rule "${attribute.rule}"`);
    for (const value of examples.accepts) {
      expect(acceptedByAll(declarations, value), `accepts ${JSON.stringify(value)}`).toBe(true);
    }
    for (const value of examples.rejects) {
      expect(acceptedByAll(declarations, value), `rejects ${JSON.stringify(value)}`).toBe(false);
    }
  });
});

describe('the values the seed shows for each attribute are valid', () => {
  const cases = rows(
    (a) => a.samples !== undefined,
    (a) => `${nameOf(a)} accepts ${a.samples?.map((value) => JSON.stringify(value)).join(', ')}`,
  );

  test.each(cases)('%s', (_title, attribute) => {
    const { declarations } = lookup(attribute);
    for (const declaration of declarations) {
      for (const value of attribute.samples ?? []) {
        expect(validateAgainst(declaration.pointer, value)).toEqual({ ok: true });
      }
    }
  });
});

describe('the checks above can fail', () => {
  test('a field the spec does not declare is not found', () => {
    expect(() => findField(requestRoot ?? '', ['vehicle', 'vim'])).toThrow(
      'vehicle.vim is not declared',
    );
    expect(() => findField(responseRoot ?? '', ['capture_link'])).toThrow('is not declared');
  });

  test.each([
    ['make', 'numeric'],
    ['odom_reading', 'string'],
    ['vin', 'boolean'],
    ['year', 'object'],
    ['year', 'null'],
  ] as const)('vehicle.%s is not %s', (field, seedType) => {
    const [declaration] = findField(requestRoot ?? '', ['vehicle', field]).declarations;
    if (!declaration) throw new Error(`vehicle.${field} is missing`);
    expect(satisfies(seedType, admittedTypes(declaration))).toBe(false);
  });

  test('response fields the seed marks optional are not required', () => {
    expect(findField(responseRoot ?? '', ['theme']).required).toBe(false);
    expect(findField(responseRoot ?? '', ['session_key']).required).toBe(true);
  });

  test.each([
    ['OptionalTimestamp', 'null, string'],
    ['LooseBoolean', 'boolean, string'],
    ['ResponseTheme', 'string'],
    ['CreatedSession', 'object'],
  ])('%s admits exactly %s', (schema, types) => {
    const admitted = admittedTypes(schemaAt(`/components/schemas/${schema}`));
    expect([...admitted].sort().join(', ')).toBe(types);
  });
});
