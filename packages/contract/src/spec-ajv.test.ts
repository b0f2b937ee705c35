import { describe, expect, test } from 'vitest';
import type { OpenApiDocument } from './document-type.js';
import { spec } from './generated/spec.js';
import { pointerSegments } from './json-pointer.js';
import { getOperation, listOperations } from './operations.js';
import { createSpecAjv } from './spec-ajv.js';
import { validateAgainst } from './validator.js';

function documentWith(schema: object): OpenApiDocument {
  return { openapi: '3.1.0', paths: {}, components: { schemas: { Probe: schema } } };
}

describe('createSpecAjv', () => {
  test('takes x- extensions inside schemas as annotations', () => {
    const ajv = createSpecAjv(
      documentWith({ type: 'integer', 'x-open-question': 'check live', example: 1 }),
      'probe.json',
    );
    const validate = ajv.compile({ $ref: 'probe.json#/components/schemas/Probe' });
    expect(validate(3)).toBe(true);
    expect(validate('3')).toBe(false);
  });

  test("knows OpenAPI's own formats", () => {
    const ajv = createSpecAjv(documentWith({ type: 'integer', format: 'int32' }), 'probe.json');
    const validate = ajv.compile({ $ref: 'probe.json#/components/schemas/Probe' });
    expect(validate(2 ** 31 - 1)).toBe(true);
    expect(validate(2 ** 31)).toBe(false);
  });

  test('still refuses a misspelled keyword instead of checking nothing', () => {
    const ajv = createSpecAjv(documentWith({ type: 'string', maxLenght: 3 }), 'probe.json');
    expect(() => ajv.compile({ $ref: 'probe.json#/components/schemas/Probe' })).toThrow(
      /unknown keyword: "maxLenght"/,
    );
  });
});

/** Every named example of a request or response body in the spec, with its schema's pointer. */
function mediaExamples() {
  const found: [string, string, unknown][] = [];
  const resolve = (value: unknown): unknown => {
    const ref = (value as { $ref?: string })?.$ref;
    if (!ref) return value;
    return ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], spec);
  };
  for (const operation of listOperations()) {
    const schemaPointers = [
      ['request', operation.requestSchemaPointer] as const,
      ...Object.entries(operation.responses).map(([status, pointer]) => [status, pointer] as const),
    ];
    for (const [label, pointer] of schemaPointers) {
      if (!pointer) continue;
      const mediaPointer = pointer.replace(/\/schema$/, '');
      const media = pointerSegments(mediaPointer).reduce<unknown>(
        (node, key) => (node as Record<string, unknown>)[key],
        spec,
      ) as {
        examples?: Record<string, unknown>;
      };
      for (const [name, example] of Object.entries(media.examples ?? {})) {
        const { value } = resolve(example) as { value: unknown };
        found.push([`${operation.operationId} ${label} ${name}`, pointer, value]);
      }
    }
  }
  return found;
}

test.each(mediaExamples())('the run-time validators accept the example %s', (_, pointer, value) => {
  expect(validateAgainst(pointer, value)).toEqual({ ok: true });
});

test('the examples are really there to check', () => {
  expect(mediaExamples().length).toBeGreaterThan(30);
  expect(getOperation('createSession').requestSchemaPointer).toBeDefined();
});
