// Checks every example in the spec against its schema, as JSON Schema 2020-12 (the dialect of
// OpenAPI 3.1), and names the example, the failing value and its line.
//   node tools/spec/examples.mjs openapi/pave.yaml
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describeAjvError, instancePathOf } from './describe-ajv-error.mjs';
import { findExamples } from './find-examples.mjs';
import { formatProblem, loadSpecSource, pathToPointer } from './source-map.mjs';

// The whole spec is registered under this id so that `#/components/schemas/...` resolves inside it.
const SPEC_ID = 'spec.yaml';
// OpenAPI's own schema keywords: annotations with no say in whether a value is valid. Ajv's own
// `discriminator` support cannot read OpenAPI's `mapping`, and oneOf/anyOf already do the checking.
const OPENAPI_KEYWORDS = ['discriminator', 'xml', 'externalDocs', 'example'];
// Formats the OpenAPI Format Registry defines and ajv-formats does not.
const OPENAPI_FORMATS = {
  int32: { type: 'number', validate: (/** @type {number} */ n) => n >= -(2 ** 31) && n < 2 ** 31 },
  int64: { type: 'number', validate: Number.isSafeInteger },
  float: { type: 'number', validate: () => true },
  double: { type: 'number', validate: () => true },
  byte: /^[A-Za-z0-9+/]*={0,2}$/,
  binary: true,
  password: true,
};

const specPath = process.argv[2] ?? 'openapi/pave.yaml';
const source = loadSpecSource(specPath);
if (source.syntaxErrors.length > 0) fail(source.syntaxErrors, 0);

const ajv = createAjv(source.data);
const { examples, problems } = findExamples(source.data);
const failures = problems.map((problem) => formatProblem(source, problem.path, problem.message));
/** @type {Map<string, import('ajv').ValidateFunction | null>} null when the schema did not compile */
const validators = new Map();

for (const example of examples) {
  const validate = validatorAt(example.schemaPath);
  const label = example.via ? `${example.name} (${example.via})` : example.name;
  if (validate && !validate(example.value)) {
    for (const error of validate.errors ?? []) {
      const path = [...example.valuePath, ...instancePathOf(error)];
      failures.push(formatProblem(source, path, `${label}: ${describeAjvError(error)}`));
    }
  }
}

if (examples.length === 0) failures.push(`${source.file}: no examples found; nothing was checked`);
if (failures.length > 0) fail(failures, examples.length);
console.log(`${source.file}: ${examples.length} examples match their schemas`);

/**
 * @param {any} document
 * @returns {import('ajv').default}
 */
function createAjv(document) {
  // strictTypes and strictTuples only nag about style that JSON Schema allows (an allOf branch
  // with `properties` but no `type`, a prefixItems list without maxItems); unknown keywords and
  // formats still fail, so a misspelled keyword cannot silently check nothing.
  const instance = new Ajv2020({ allErrors: true, strictTypes: false, strictTuples: false });
  addFormats(instance);
  for (const [format, definition] of Object.entries(OPENAPI_FORMATS)) {
    instance.addFormat(format, /** @type {any} */ (definition));
  }
  // Ajv compiles the document root when a fragment of it is referenced, so the spec's top-level
  // fields (openapi, info, paths, ...) and its x- extensions must be known, as annotations.
  const keywords = new Set([
    ...OPENAPI_KEYWORDS,
    ...Object.keys(document),
    ...extensionKeys(document),
  ]);
  instance.addVocabulary([...keywords].filter((keyword) => !instance.getKeyword(keyword)));
  instance.addSchema(document, SPEC_ID);
  return instance;
}

/**
 * Compiles the schema at `schemaPath` once. One that does not compile is reported once, however
 * many examples use it.
 * @param {(string | number)[]} schemaPath
 * @returns {import('ajv').ValidateFunction | null}
 */
function validatorAt(schemaPath) {
  const pointer = pathToPointer(schemaPath);
  if (!validators.has(pointer)) {
    const ref = `${SPEC_ID}#${pointer.split('/').map(encodeURIComponent).join('/')}`;
    try {
      validators.set(pointer, ajv.compile({ $ref: ref }));
    } catch (error) {
      validators.set(pointer, null);
      const message = `schema does not compile, its examples are not checked: ${/** @type {Error} */ (error).message}`;
      failures.push(formatProblem(source, schemaPath, `${schemaPath.join('.')}: ${message}`));
    }
  }
  return validators.get(pointer) ?? null;
}

/**
 * @param {unknown} value
 * @param {Set<string>} found
 * @returns {Set<string>} every `x-` key anywhere in `value`
 */
function extensionKeys(value, found = new Set()) {
  if (typeof value !== 'object' || value === null) return found;
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('x-')) found.add(key);
    extensionKeys(child, found);
  }
  return found;
}

/** @param {string[]} lines @param {number} checked */
function fail(lines, checked) {
  for (const line of lines) console.error(line);
  console.error(`${source.file}: ${lines.length} problem(s) among ${checked} examples`);
  process.exit(1);
}
