import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { specPath } from '../codegen/emit.mjs';
import { nanStatuses } from './generated-clients.mjs';
import { multiTypeFindings, rangeFindings, specFindings } from './spec-rules.mjs';

const schemaDocument = (schemas) => ({ components: { schemas } });

describe('multiTypeFindings', () => {
  test('refuses two types besides null, whatever else is there', () => {
    const findings = multiTypeFindings(schemaDocument({ Year: { type: ['integer', 'string'] } }));
    expect(findings).toEqual([
      {
        pointer: '/components/schemas/Year',
        rule: expect.stringContaining('anyOf with one branch per type'),
      },
    ]);
  });

  test.each([
    ['format', { type: ['string', 'null'], format: 'uri' }],
    ['minimum', { type: ['integer', 'null'], minimum: 1 }],
    ['properties', { type: ['object', 'null'], properties: { a: { type: 'string' } } }],
  ])('refuses %s beside [T, null]', (keyword, schema) => {
    const [finding] = multiTypeFindings(schemaDocument({ Field: schema }));
    expect(finding?.rule).toMatch(new RegExp(`^${keyword} beside type`));
  });

  test('allows [T, null] alone, and an anyOf per type', () => {
    const document = schemaDocument({
      Name: { type: ['string', 'null'], description: 'a name' },
      Year: {
        anyOf: [
          { type: 'integer', minimum: 1000 },
          { type: 'string', pattern: '^\\d{4}$' },
        ],
      },
    });
    expect(multiTypeFindings(document)).toEqual([]);
  });
});

describe('rangeFindings', () => {
  const error = { $ref: '#/components/responses/ServerError' };
  const other = { $ref: '#/components/responses/Other' };
  const operation = (responses) => ({ paths: { '/x': { get: { responses } } } });

  test('a 5XX needs a 500 with the same response', () => {
    expect(rangeFindings(operation({ 200: {}, '5XX': error }))).toHaveLength(1);
    expect(rangeFindings(operation({ 500: other, '5XX': error }))).toHaveLength(1);
    expect(rangeFindings(operation({ 500: error, '5XX': error }))).toEqual([]);
  });

  test('a 4XX needs some explicit 4xx code with the same response', () => {
    const [finding] = rangeFindings(operation({ 404: other, '4XX': error }));
    expect(finding?.pointer).toBe('/paths/~1x/get/responses/4XX');
    expect(rangeFindings(operation({ 409: error, '4XX': error }))).toEqual([]);
  });
});

test('the spec breaks none of the rules', () => {
  expect(specFindings(parse(readFileSync(specPath, 'utf8')))).toEqual([]);
});

test('nanStatuses finds generated NaN statuses by line', () => {
  const source = 'errors: [\n  { status: 500 },\n  { status: NaN, description: "x" },\n]';
  expect(nanStatuses(source)).toEqual([{ line: 3, text: '{ status: NaN, description: "x" },' }]);
});
