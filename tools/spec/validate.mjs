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
  const api = /** @type {any} */ (
    await SwaggerParser.validate(specPath, { continueOnError: true })
  );
  console.log(`${source.file}: valid OpenAPI ${api.openapi}, ${summarize(api)}`);
} catch (error) {
  fail(describeFailure(error));
}

/**
 * @param {unknown} error what swagger-parser threw
 * @returns {string[]}
 */
function describeFailure(error) {
  const { errors, details } = /** @type {any} */ (error);
  if (Array.isArray(errors)) return errors.flatMap(describeFailure);
  if (Array.isArray(details)) {
    return details.map((detail) =>
      formatProblem(source, instancePathOf(detail), describeAjvError(detail)),
    );
  }
  const { code, path, targetRef, targetFound, targetToken } = /** @type {any} */ (error);
  if (code === 'EMISSINGPOINTER' && Array.isArray(path)) {
    const message = `$ref '${targetRef}' does not resolve: no '${targetToken}' in ${targetFound || '#'}`;
    return [formatProblem(source, [...path, '$ref'], message)];
  }
  if (Array.isArray(path)) return [formatProblem(source, path, String(error))];
  return [`${source.file}: ${/** @type {Error} */ (error).message ?? String(error)}`];
}

/**
 * @param {any} api the dereferenced document
 * @returns {string} e.g. `4 paths, 6 operations, 9 schemas`
 */
function summarize(api) {
  const countOperations = (/** @type {Record<string, any>} */ pathItems) =>
    Object.values(pathItems ?? {}).reduce(
      (sum, item) => sum + HTTP_METHODS.filter((method) => item?.[method]).length,
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

/** @param {string[]} problems */
function fail(problems) {
  for (const problem of problems) console.error(problem);
  console.error(`${source.file}: ${problems.length} problem(s) found by validate`);
  process.exit(1);
}
