// Turns one Ajv error into a sentence that says which value broke which rule, and finds the key
// to point at: for an unexpected property that is the property itself, not its parent object.
import { pointerToPath } from './source-map.mjs';

/**
 * @param {import('ajv').ErrorObject} error
 * @returns {string} e.g. `/vehicle/vin must NOT have fewer than 17 characters`
 */
export function describeAjvError(error) {
  const where = error.instancePath || '/';
  const { params } = error;
  let detail = '';
  if (error.keyword === 'enum') detail = `: ${params.allowedValues.map(String).join(', ')}`;
  if (error.keyword === 'const') detail = `: ${JSON.stringify(params.allowedValue)}`;
  if (error.keyword === 'additionalProperties') detail = `: ${params.additionalProperty}`;
  if (error.keyword === 'unevaluatedProperties') detail = `: ${params.unevaluatedProperty}`;
  return `${where} ${error.message}${detail}`;
}

/**
 * @param {import('ajv').ErrorObject} error
 * @returns {string[]} keys below the validated value, ready to append to its path in the spec
 */
export function instancePathOf(error) {
  const keys = pointerToPath(error.instancePath);
  const extra = error.params.additionalProperty ?? error.params.unevaluatedProperty;
  return extra === undefined ? keys : [...keys, extra];
}
