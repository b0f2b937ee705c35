import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, test } from 'vitest';
import { openEnumValues, withCompletableOpenEnums } from './open-enums.mjs';

const document = {
  openapi: '3.1.0',
  info: { title: 'open enums', version: '1' },
  paths: {},
  components: {
    schemas: {
      Colour: { type: 'string', enum: ['RED', 'BLUE'] },
      Status: { anyOf: [{ type: 'string', enum: ['IDLE', 'DONE'] }, { type: 'string' }] },
      AnyColour: { anyOf: [{ $ref: '#/components/schemas/Colour' }, { type: 'string' }] },
      Stamp: { type: 'string', format: 'date-time' },
      MaybeStamp: {
        anyOf: [{ $ref: '#/components/schemas/Stamp' }, { type: 'null' }, { type: 'string' }],
      },
      Reading: { anyOf: [{ type: 'number' }, { type: 'string' }] },
      Short: {
        anyOf: [
          { type: 'string', enum: ['A'] },
          { type: 'string', maxLength: 3 },
        ],
      },
      Holder: { type: 'object', properties: { status: { $ref: '#/components/schemas/Status' } } },
    },
  },
};

const { schemas } = document.components;

describe('openEnumValues', () => {
  test('lists the values of an inline or referenced enum beside a bare string', () => {
    expect(openEnumValues(schemas.Status, schemas)).toEqual(['IDLE', 'DONE']);
    expect(openEnumValues(schemas.AnyColour, schemas)).toEqual(['RED', 'BLUE']);
  });

  test.each(['Colour', 'MaybeStamp', 'Reading', 'Short', 'Holder'])(
    '%s is not an open enum',
    (name) => {
      expect(openEnumValues(schemas[name], schemas)).toBeUndefined();
    },
  );
});

describe('withCompletableOpenEnums', async () => {
  const ast = await openapiTS(document, { rootTypes: true, rootTypesNoSchemaPrefix: true });
  const output = astToString(withCompletableOpenEnums(ast, document));
  const alias = (name) =>
    output.split('\n').find((line) => line.startsWith(`export type ${name} =`));

  test('names the known values of each open enum', () => {
    expect(alias('KnownStatus')).toBe('export type KnownStatus = "IDLE" | "DONE";');
    expect(alias('KnownAnyColour')).toBe('export type KnownAnyColour = "RED" | "BLUE";');
  });

  test('types each open enum as its known values or any other string', () => {
    expect(alias('Status')).toBe('export type Status = KnownStatus | (string & {});');
    expect(alias('AnyColour')).toBe('export type AnyColour = KnownAnyColour | (string & {});');
  });

  test('leaves every other alias, and components, as openapi-typescript wrote them', () => {
    expect(alias('Reading')).toBe("export type Reading = components['schemas']['Reading'];");
    expect(alias('Holder')).toBe("export type Holder = components['schemas']['Holder'];");
    expect(output).toContain('Status: ("IDLE" | "DONE") | string;');
    expect(output).not.toContain('KnownMaybeStamp');
  });
});
