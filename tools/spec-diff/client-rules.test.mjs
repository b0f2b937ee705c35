import { join } from 'node:path';
import { apiDiff } from 'api-smart-diff';
import { describe, expect, it } from 'vitest';
import { classifyForClients, locate } from './client-rules.mjs';
import { loadSpec } from './load-spec.mjs';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** @param {string} fixture */
async function libraryAlone(fixture) {
  const [base, head] = await Promise.all([
    loadSpec(join(FIXTURES, fixture, 'before.yaml')),
    loadSpec(join(FIXTURES, fixture, 'after.yaml')),
  ]);
  return apiDiff(base, head).map((diff) => diff.type);
}

// Why the layer exists: what api-smart-diff 1.0.6 says on its own, and what a client needs.
// Should a new version of the library agree with us, this fails and the rule can go.
describe.each([
  ['response-property-removed', 'non-breaking', 'breaking'],
  ['response-property-made-nullable', 'non-breaking', 'breaking'],
  ['required-parameter-added', 'non-breaking', 'breaking'],
  ['request-type-widened', 'breaking', 'non-breaking'],
  ['security-requirement-added', 'unclassified', 'breaking'],
  ['webhook-payload-property-removed', 'unclassified', 'breaking'],
  ['vendor-extension-changed', 'unclassified', 'non-breaking'],
])('%s', (fixture, library, ours) => {
  it(`is ${library} to the library alone, ${ours} to a client`, async () => {
    expect(await libraryAlone(fixture)).toEqual([library]);
  });
});

/**
 * @param {Partial<import('./client-rules.mjs').LibraryDiff>} diff
 * @returns {import('./client-rules.mjs').LibraryDiff}
 */
const change = (diff) => ({ action: 'replace', path: [], type: 'non-breaking', ...diff });
const responseSchema = [
  'paths',
  '/items',
  'get',
  'responses',
  '200',
  'content',
  'application/json',
  'schema',
];
const requestSchema = [
  'paths',
  '/items',
  'post',
  'requestBody',
  'content',
  'application/json',
  'schema',
];

describe('locate', () => {
  it.each([
    [[...requestSchema, 'properties', 'a'], { side: 'request', operation: 'POST /items' }],
    [[...responseSchema, 'required', 0], { side: 'response', operation: 'GET /items' }],
    [['paths', '/items', 'get', 'parameters', 0], { side: 'request', operation: 'GET /items' }],
    [['paths', '/items', 'parameters', 0], { side: 'request' }],
    [
      ['paths', '/items', 'get', 'security', 0, 'ApiKey'],
      { side: 'security', operation: 'GET /items' },
    ],
    [['security', 0, 'ApiKey'], { side: 'security' }],
    [['components', 'securitySchemes', 'ApiKey', 'name'], { side: 'security' }],
    [['info', 'version'], { side: 'other' }],
  ])('%j is %j', (path, expected) => {
    expect(locate(path)).toEqual(expected);
  });
});

describe('types', () => {
  it('a response that may now be null is breaking', () => {
    const diff = change({
      path: [...responseSchema, 'type'],
      before: 'string',
      after: ['string', 'null'],
    });
    expect(classifyForClients(diff).class).toBe('breaking');
  });

  it('null added to a response type list item by item is breaking', () => {
    const diff = change({ action: 'add', path: [...responseSchema, 'type', 1], after: 'null' });
    expect(classifyForClients(diff).class).toBe('breaking');
  });

  it('a response type dropped altogether (any value) is breaking', () => {
    const diff = change({ action: 'remove', path: [...responseSchema, 'type'], before: 'string' });
    expect(classifyForClients(diff).class).toBe('breaking');
  });

  it('a request property called `type` is a property, not the keyword', () => {
    const removed = change({
      action: 'remove',
      path: [...requestSchema, 'properties', 'type'],
      before: { type: 'string' },
      type: 'breaking',
    });
    expect(classifyForClients(removed)).toEqual({ class: 'breaking', at: expect.anything() });
  });

  it('a response narrowed from number to integer is left to the library', () => {
    const diff = change({ path: [...responseSchema, 'type'], before: 'number', after: 'integer' });
    expect(classifyForClients(diff)).toEqual({ class: 'non-breaking', at: expect.anything() });
  });

  // The library calls any change of a request's type breaking; a client only minds losing a type.
  it.each([
    [
      'a request that now also takes a string is not breaking',
      'integer',
      ['integer', 'string'],
      'non-breaking',
    ],
    [
      'a request type swapped for another is breaking, whatever is added',
      'string',
      ['integer', 'null'],
      'breaking',
    ],
  ])('%s', (_title, before, after, expected) => {
    const diff = change({ path: [...requestSchema, 'type'], before, after, type: 'breaking' });
    expect(classifyForClients(diff).class).toBe(expected);
  });
});

describe('parameters', () => {
  it('a path parameter added is breaking even without required: true', () => {
    const diff = change({
      action: 'add',
      path: ['paths', '/items', 'get', 'parameters', 1],
      after: { name: 'id', in: 'path', schema: { type: 'string' } },
    });
    expect(classifyForClients(diff).class).toBe('breaking');
  });

  it('an optional parameter made required is breaking', () => {
    const diff = change({
      action: 'add',
      path: ['paths', '/items', 'get', 'parameters', 0, 'required'],
      after: true,
    });
    expect(classifyForClients(diff).class).toBe('breaking');
  });
});

describe('security', () => {
  it('a scheme dropped from the one requirement asks less of a client', () => {
    const diff = change({
      action: 'remove',
      path: ['security', 0, 'ApiToken'],
      type: 'unclassified',
    });
    expect(classifyForClients(diff).class).toBe('non-breaking');
  });

  it('an alternative requirement removed is breaking', () => {
    const diff = change({ action: 'remove', path: ['security', 1], type: 'unclassified' });
    expect(classifyForClients(diff).class).toBe('breaking');
  });

  it("a scheme's header renamed is breaking; its description is not", () => {
    const renamed = change({
      path: ['components', 'securitySchemes', 'ApiKey', 'name'],
      before: 'API-Key',
      after: 'X-Api-Key',
      type: 'unclassified',
    });
    const described = change({
      path: ['components', 'securitySchemes', 'ApiKey', 'description'],
      type: 'annotation',
    });
    expect(classifyForClients(renamed).class).toBe('breaking');
    expect(classifyForClients(described).class).toBe('non-breaking');
  });
});

describe('what the library cannot tell', () => {
  it('is breaking, and says why and where the rules live', () => {
    const diff = change({
      action: 'add',
      path: ['paths', '/items', 'get', 'callbacks'],
      type: 'unclassified',
    });
    expect(classifyForClients(diff)).toMatchObject({
      class: 'breaking',
      rule: { reason: expect.stringContaining('tools/spec-diff') },
    });
  });

  it('annotations and deprecations are not breaking', () => {
    for (const type of ['annotation', 'deprecated']) {
      expect(classifyForClients(change({ path: ['info', 'description'], type })).class).toBe(
        'non-breaking',
      );
    }
  });
});
