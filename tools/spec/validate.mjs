// Checks that the spec is a valid OpenAPI document whose every $ref resolves, and names the line of
// each problem, which swagger-parser itself never does.
//   node tools/spec/validate.mjs openapi/pave.yaml
import SwaggerParser from '@apidevtools/swagger-parser';
import { describeAjvError, instancePathOf } from './describe-ajv-error.mjs';
import { formatProblem, loadSpecSource } from './source-map.mjs';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const specPath = process.argv[2] ?? 'openapi/pave.yaml';
const source = loadSpecSource(specPath);

if (source.syntaxErrors.length > 0) fail(source.syntaxErrors);

try {
  // continueOnError makes the parser report every unresolved $ref, each with the path to it.
  const api = await SwaggerParser.validate(specPath, { continueOnError: true });
  const version = 'openapi' in api ? api.openapi : api.swagger;
  console.log(`${source.file}: valid OpenAPI ${version}, ${summarize(api)}`);
} catch (error) {
  fail(describeFailure(error));
}

/**
 * What swagger-parser throws, each field present only for some failures: a list of errors when
 * it continued past the first, Ajv's errors when the structure is wrong, a JSON pointer error
 * when a $ref does not resolve.
 * @typedef {object} SwaggerParserFailure
 * @property {unknown[]} [errors]
 * @property {import('ajv').ErrorObject[]} [details]
 * @property {string} [code]
 * @property {(string | number)[]} [path]
 * @property {string} [targetRef]
 * @property {string} [targetFound]
 * @property {string} [targetToken]
 */

/**
 * @param {unknown} error what swagger-parser threw
 * @returns {string[]}
 */
function describeFailure(error) {
  if (typeof error !== 'object' || error === null) return [`${source.file}: ${String(error)}`];
  /** @type {SwaggerParserFailure} */
  const failure = error;
  const { errors, details, code, path, targetRef, targetFound, targetToken } = failure;
  if (Array.isArray(errors)) return errors.flatMap(describeFailure);
  if (Array.isArray(details)) {
    return details.map((detail) =>
      formatProblem(source, instancePathOf(detail), describeAjvError(detail)),
    );
  }
  if (code === 'EMISSINGPOINTER' && Array.isArray(path)) {
    const message = `$ref '${targetRef}' does not resolve: no '${targetToken}' in ${targetFound || '#'}`;
    return [formatProblem(source, [...path, '$ref'], message)];
  }
  if (Array.isArray(path)) return [formatProblem(source, path, String(error))];
  return [`${source.file}: ${error instanceof Error ? error.message : String(error)}`];
}

/**
 * @typedef {{ [key: string]: unknown }} Fields
 * @param {{ paths?: Fields, components?: { schemas?: Fields }, webhooks?: Fields }} api
 * the dereferenced document
 * @returns {string} e.g. `4 paths, 6 operations, 9 schemas`
 */
function summarize(api) {
  const countOperations = (/** @type {Fields | undefined} */ pathItems) =>
    Object.values(pathItems ?? {}).reduce(
      (/** @type {number} */ sum, item) =>
        sum + HTTP_METHODS.filter((method) => isObject(item) && isObject(item[method])).length,
      0,
    );
  const counts = [
    `${Object.keys(api.paths ?? {}).length} paths`,
    `${countOperations(api.paths)} operations`,
    `${Object.keys(api.components?.schemas ?? {}).length} schemas`,
  ];
  const webhooks = Object.keys(api.webhooks ?? {}).length;
  if (webhooks > 0) counts.push(`${webhooks} webhooks`);
  return counts.join(', ');
}

/** @param {unknown} value @returns {value is Fields} */
function isObject(value) {
  return typeof value === 'object' && value !== null;
}

/** @param {string[]} problems @returns {never} */
function fail(problems) {
  for (const problem of problems) console.error(problem);
  console.error(`${source.file}: ${problems.length} problem(s) found by validate`);
  process.exit(1);
}
