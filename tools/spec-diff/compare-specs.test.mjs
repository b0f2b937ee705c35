import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSpecFiles } from './compare-specs.mjs';
import { formatChanges } from './format-changes.mjs';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/**
 * Each fixture pair is one kind of change; `changes` lists every change the report must print,
 * with its class and JSON pointer, and nothing else may be printed.
 * @type {Array<{ fixture: string, changes: Array<[string, string]> }>}
 */
const cases = [
  { fixture: 'operation-removed', changes: [['breaking', '/paths/~1items/post']] },
  { fixture: 'path-removed', changes: [['breaking', '/paths/~1items~1{id}/get']] },
  {
    fixture: 'response-property-removed',
    changes: [
      [
        'breaking',
        '/paths/~1items~1{id}/get/responses/200/content/application~1json/schema/properties/name',
      ],
    ],
  },
  {
    fixture: 'response-property-made-optional',
    changes: [
      [
        'breaking',
        '/paths/~1items~1{id}/get/responses/200/content/application~1json/schema/required/1',
      ],
    ],
  },
  {
    fixture: 'response-property-made-nullable',
    changes: [
      [
        'breaking',
        '/paths/~1items~1{id}/get/responses/200/content/application~1json/schema/properties/name/type',
      ],
    ],
  },
  {
    fixture: 'response-object-made-nullable',
    changes: [
      [
        'breaking',
        '/paths/~1items~1{id}/get/responses/200/content/application~1json/schema/anyOf/1',
      ],
    ],
  },
  {
    fixture: 'request-property-made-required',
    changes: [
      ['breaking', '/paths/~1items/post/requestBody/content/application~1json/schema/required/0'],
    ],
  },
  {
    fixture: 'request-enum-value-removed',
    changes: [
      [
        'breaking',
        '/paths/~1items/post/requestBody/content/application~1json/schema/properties/colour/enum/2',
      ],
    ],
  },
  {
    fixture: 'request-string-narrowed',
    changes: [
      [
        'breaking',
        '/paths/~1items/post/requestBody/content/application~1json/schema/properties/name/maxLength',
      ],
    ],
  },
  {
    fixture: 'request-type-narrowed',
    changes: [
      [
        'breaking',
        '/paths/~1items/post/requestBody/content/application~1json/schema/properties/size/type',
      ],
    ],
  },
  {
    fixture: 'request-type-widened',
    changes: [
      [
        'non-breaking',
        '/paths/~1items/post/requestBody/content/application~1json/schema/properties/size/type',
      ],
    ],
  },
  { fixture: 'required-parameter-added', changes: [['breaking', '/paths/~1items/get/parameters']] },
  {
    fixture: 'optional-parameter-added',
    changes: [['non-breaking', '/paths/~1items/get/parameters']],
  },
  {
    fixture: 'response-status-removed',
    changes: [['breaking', '/paths/~1items~1{id}/get/responses/404']],
  },
  {
    fixture: 'optional-request-property-added',
    changes: [
      [
        'non-breaking',
        '/paths/~1items/post/requestBody/content/application~1json/schema/properties/note',
      ],
    ],
  },
  {
    fixture: 'response-property-added',
    changes: [
      [
        'non-breaking',
        '/paths/~1items~1{id}/get/responses/200/content/application~1json/schema/properties/created_at',
      ],
    ],
  },
  {
    fixture: 'description-and-example-edited',
    changes: [
      [
        'non-breaking',
        '/paths/~1items~1{id}/get/responses/200/content/application~1json/schema/properties/name/description',
      ],
      [
        'non-breaking',
        '/paths/~1items~1{id}/get/responses/200/content/application~1json/schema/properties/name/example',
      ],
    ],
  },
  {
    fixture: 'webhook-payload-property-removed',
    changes: [
      [
        'breaking',
        '/webhooks/itemCreated/post/requestBody/content/application~1json/schema/properties/name',
      ],
    ],
  },
  { fixture: 'webhook-removed', changes: [['breaking', '/webhooks/itemDeleted/post']] },
  { fixture: 'security-requirement-added', changes: [['breaking', '/security/0/ApiToken']] },
  { fixture: 'named-schema-removed', changes: [['breaking', '/components/schemas/LegacyItem']] },
  {
    fixture: 'vendor-extension-changed',
    changes: [['non-breaking', '/paths/~1items~1{id}/get/responses/200/x-undocumented']],
  },
];

describe('each kind of change gets its class and pointer', () => {
  it.each(cases)('$fixture', async ({ fixture, changes }) => {
    const base = join(FIXTURES, fixture, 'before.yaml');
    const head = join(FIXTURES, fixture, 'after.yaml');
    const found = await compareSpecFiles(base, head);
    const printed = formatChanges(found, { base: 'before.yaml', head: 'after.yaml' });

    const changeLines = printed
      .split('\n')
      .filter((line) => line.startsWith('/') || /^\S/.test(line));
    const expected = changes.map(
      ([changeClass, pointer]) => `${changeClass.padEnd(12)} ${pointer}`,
    );
    expect(changeLines.slice(0, -1)).toEqual(expected);
    const breaking = changes.filter(([changeClass]) => changeClass === 'breaking').length;
    expect(printed).toContain(
      `${breaking} breaking, ${changes.length - breaking} non-breaking change(s) from before.yaml to after.yaml.`,
    );
  });

  it('covers at least twelve kinds of change, breaking and not', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    expect(new Set(cases.flatMap(({ changes }) => changes.map(([c]) => c)))).toEqual(
      new Set(['breaking', 'non-breaking']),
    );
  });
});

describe('the report', () => {
  it('says so when nothing changed', async () => {
    const same = join(FIXTURES, 'operation-removed', 'before.yaml');
    const found = await compareSpecFiles(same, same);
    expect(found).toEqual([]);
    expect(formatChanges(found, { base: 'a.yaml', head: 'b.yaml' })).toBe(
      'No changes from a.yaml to b.yaml.',
    );
  });

  it('names the operation, what changed and, where the class is ours, why', async () => {
    const fixture = join(FIXTURES, 'response-property-removed');
    const found = await compareSpecFiles(join(fixture, 'before.yaml'), join(fixture, 'after.yaml'));
    expect(found).toEqual([
      expect.objectContaining({
        where: 'GET /items/{id}',
        description: expect.stringContaining('property `name`'),
        reason: expect.stringContaining('generated types lose the property'),
      }),
    ]);
  });
});
