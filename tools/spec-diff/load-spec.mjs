// Reads one side of a comparison: a YAML or JSON file that must be an OpenAPI 3 document whose
// every $ref resolves. The result is a plain tree in which no two places share an object, since
// the diff library caches what it learns about a node by identity and would otherwise classify a
// schema used in a request and in a response the same way in both.
import { readFile } from 'node:fs/promises';
import SwaggerParser from '@apidevtools/swagger-parser';
import { parse } from 'yaml';

/** A file that cannot be compared: missing, not YAML, not OpenAPI 3, or with a broken $ref. */
export class SpecInputError extends Error {
  /**
   * @param {string} file as the user named it
   * @param {string} problem what is wrong with it
   */
  constructor(file, problem) {
    super(`${file}: ${problem}`);
    this.name = 'SpecInputError';
    this.file = file;
  }
}

/**
 * @param {string} file path of a .yaml or .json OpenAPI document
 * @returns {Promise<Record<string, any>>} the document with every $ref replaced by its target
 */
export async function loadSpec(file) {
  const text = await readFile(file, 'utf8').catch((/** @type {NodeJS.ErrnoException} */ error) => {
    throw new SpecInputError(file, error.code === 'ENOENT' ? 'no such file' : error.message);
  });
  /** @type {unknown} */
  let document;
  try {
    document = parse(text);
  } catch (error) {
    throw new SpecInputError(
      file,
      `not valid YAML or JSON: ${/** @type {Error} */ (error).message}`,
    );
  }
  const { openapi, paths, webhooks } = /** @type {Record<string, unknown>} */ (document ?? {});
  if (typeof openapi !== 'string' || !openapi.startsWith('3.')) {
    throw new SpecInputError(file, 'not an OpenAPI 3 document (it has no "openapi: 3.x" field)');
  }
  if (!isObject(paths) && !isObject(webhooks)) {
    throw new SpecInputError(file, 'not an OpenAPI 3 document (it has neither paths nor webhooks)');
  }
  // Structure is openapi:validate's job; here only $refs must resolve. Circular schemas stay as
  // $ref (a tree cannot hold them) and the library resolves those itself.
  try {
    const resolved = await SwaggerParser.dereference(file, /** @type {any} */ (document), {
      dereference: { circular: 'ignore' },
    });
    return JSON.parse(JSON.stringify(resolved));
  } catch (error) {
    throw new SpecInputError(file, /** @type {Error} */ (error).message);
  }
}

/** @param {unknown} value */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
