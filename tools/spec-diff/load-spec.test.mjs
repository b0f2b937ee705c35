import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec, SpecInputError } from './load-spec.mjs';

const dir = mkdtempSync(join(tmpdir(), 'spec-diff-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** @param {string} name @param {string} text */
function file(name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('loadSpec refuses, naming the file,', () => {
  it.each([
    ['a missing file', () => join(dir, 'missing.yaml'), /missing\.yaml: no such file/],
    [
      'broken YAML, with its line',
      () => file('broken.yaml', 'openapi: 3.1.0\npaths:\n  /a: [\n'),
      /broken\.yaml: not valid YAML or JSON: .*line 4/s,
    ],
    [
      'a document that is not OpenAPI 3',
      () => file('swagger.yaml', 'swagger: "2.0"\npaths: {}\n'),
      /swagger\.yaml: not an OpenAPI 3 document/,
    ],
    [
      'an OpenAPI document with nothing to compare',
      () => file('empty.yaml', 'openapi: 3.1.0\ninfo: {title: x, version: "1"}\n'),
      /empty\.yaml: not an OpenAPI 3 document \(it has neither paths nor webhooks\)/,
    ],
    [
      'a $ref that does not resolve',
      () =>
        file(
          'dangling.yaml',
          'openapi: 3.1.0\ninfo: {title: x, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200": {$ref: "#/components/responses/Nope"}\n',
        ),
      /dangling\.yaml: .*#\/components\/responses\/Nope/,
    ],
  ])('%s', async (_, makeFile, message) => {
    const error = await loadSpec(makeFile()).catch((/** @type {unknown} */ thrown) => thrown);
    expect(error).toBeInstanceOf(SpecInputError);
    expect(/** @type {Error} */ (error).message).toMatch(message);
  });
});

describe('loadSpec', () => {
  it('inlines every $ref into a tree that shares no object', async () => {
    const path = file(
      'shared.json',
      JSON.stringify({
        openapi: '3.1.0',
        info: { title: 'x', version: '1' },
        paths: {
          '/a': {
            post: {
              requestBody: {
                content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } },
              },
              responses: {
                200: {
                  description: 'ok',
                  content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } },
                },
              },
            },
          },
        },
        components: { schemas: { A: { type: 'string' } } },
      }),
    );
    const { paths } = await loadSpec(path);
    const request = paths['/a'].post.requestBody.content['application/json'].schema;
    const response = paths['/a'].post.responses['200'].content['application/json'].schema;
    expect(request).toEqual({ type: 'string' });
    expect(response).toEqual(request);
    expect(response).not.toBe(request);
  });
});
