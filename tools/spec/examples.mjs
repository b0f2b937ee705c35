// Checks every example in the spec against its schema, as JSON Schema 2020-12 (the dialect of
// OpenAPI 3.1), and names the example, the failing value and its line.
//   node tools/spec/examples.mjs openapi/pave.yaml
import { tsImport } from 'tsx/esm/api';
import { describeAjvError, instancePathOf } from './describe-ajv-error.mjs';
import { findExamples } from './find-examples.mjs';
import { formatProblem, loadSpecSource, pathToPointer } from './source-map.mjs';

// The Ajv the run-time validators use, so an example passes here exactly when a body like it
// passes in the client, the CLI and the mock. It is read from its own source file, not from the
// built package: that build needs files generated from the spec, which a broken spec cannot give.
/** @type {typeof import('../../packages/contract/src/spec-ajv.js')} */
const { createSpecAjv } = await tsImport(
  '../../packages/contract/src/spec-ajv.ts',
  import.meta.url,
);

// The whole spec is registered under this id so that `#/components/schemas/...` resolves inside it.
const SPEC_ID = 'spec.yaml';

const specPath = process.argv[2] ?? 'openapi/pave.yaml';
const source = loadSpecSource(specPath);
if (source.syntaxErrors.length > 0) fail(source.syntaxErrors, 0);
const document = source.data;
if (typeof document !== 'object' || document === null || Array.isArray(document)) {
  fail([`${source.file}:1:1 an OpenAPI document must be a mapping of fields`], 0);
}

// createSpecAjv registers the document as it is and reads only its keys, so a document missing
// `paths` or `components` is safe here; findExamples then finds nothing in them.
const ajv = createSpecAjv(
  /** @type {import('../../packages/contract/src/document-type.js').OpenApiDocument} */ (document),
  SPEC_ID,
);
const { examples, problems } = findExamples(document);
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
      const message = `schema does not compile, its examples are not checked: ${error instanceof Error ? error.message : String(error)}`;
      failures.push(formatProblem(source, schemaPath, `${schemaPath.join('.')}: ${message}`));
    }
  }
  return validators.get(pointer) ?? null;
}

/**
 * @param {string[]} lines
 * @param {number} checked
 * @returns {never}
 */
function fail(lines, checked) {
  for (const line of lines) console.error(line);
  console.error(`${source.file}: ${lines.length} problem(s) among ${checked} examples`);
  process.exit(1);
}
