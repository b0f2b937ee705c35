// Walks an OpenAPI 3.1 document the way the specification lays it out and lists every example
// together with the schema it must satisfy. Following the structure (rather than grepping for any
// key named `example`) keeps keys inside example values from being mistaken for examples.
import { pointerToPath } from './source-map.mjs';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const SUBSCHEMA = ['items', 'additionalProperties', 'unevaluatedItems', 'unevaluatedProperties'];
const SUBSCHEMA_MORE = ['not', 'if', 'then', 'else', 'contains', 'propertyNames', 'contentSchema'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', 'dependentSchemas', '$defs'];

/**
 * @typedef {(string | number)[]} Path keys from the document root
 * @typedef {object} Example
 * @property {string} name where the example is used, e.g. `paths./v1/sessions.post.requestBody...`
 * @property {unknown} value
 * @property {Path} valuePath where the value is written (inside components/examples when referenced)
 * @property {Path} schemaPath the schema the value must satisfy
 * @property {string} [via] the `$ref` the value was reached through
 * @typedef {object} ExampleProblem
 * @property {Path} path
 * @property {string} message
 */

/**
 * @param {any} document the parsed spec
 * @returns {{ examples: Example[], problems: ExampleProblem[] }}
 */
export function findExamples(document) {
  /** @type {Example[]} */
  const examples = [];
  /** @type {ExampleProblem[]} */
  const problems = [];
  const name = (/** @type {Path} */ path) => path.join('.');

  /** @param {any} schema @param {Path} path */
  function walkSchema(schema, path) {
    if (!isObject(schema)) return;
    if ('example' in schema) {
      const valuePath = [...path, 'example'];
      examples.push({ name: name(valuePath), value: schema.example, valuePath, schemaPath: path });
    }
    if (Array.isArray(schema.examples)) {
      schema.examples.forEach((value, index) => {
        const valuePath = [...path, 'examples', index];
        examples.push({ name: name(valuePath), value, valuePath, schemaPath: path });
      });
    } else if ('examples' in schema) {
      problems.push({ path: [...path, 'examples'], message: 'schema `examples` must be a list' });
    }
    for (const key of [...SUBSCHEMA, ...SUBSCHEMA_MORE]) walkSchema(schema[key], [...path, key]);
    for (const key of SUBSCHEMA_LISTS) eachItem(schema[key], [...path, key], walkSchema);
    for (const key of SUBSCHEMA_MAPS) eachEntry(schema[key], [...path, key], walkSchema);
  }

  /** Media types, parameters and headers hold `example` or a map of named Example Objects. */
  function walkExampleHolder(/** @type {any} */ holder, /** @type {Path} */ path) {
    if (!isObject(holder.schema)) return;
    const schemaPath = [...path, 'schema'];
    if ('example' in holder) {
      const valuePath = [...path, 'example'];
      examples.push({ name: name(valuePath), value: holder.example, valuePath, schemaPath });
    }
    eachEntry(holder.examples, [...path, 'examples'], (example, examplePath) => {
      const resolved = resolveLocalRef(document, example, examplePath);
      if (resolved === undefined) {
        problems.push({
          path: [...examplePath, '$ref'],
          message: `unresolved $ref ${example.$ref}`,
        });
        return;
      }
      if (!('value' in resolved.target)) return; // externalValue: nothing here to check
      const valuePath = [...resolved.path, 'value'];
      const via = example.$ref;
      const value = resolved.target.value;
      examples.push({ name: name(examplePath), value, valuePath, schemaPath, via });
    });
  }

  function walkMediaTypes(/** @type {any} */ content, /** @type {Path} */ path) {
    eachEntry(content, path, (mediaType, mediaTypePath) => {
      walkSchema(mediaType.schema, [...mediaTypePath, 'schema']);
      walkExampleHolder(mediaType, mediaTypePath);
      eachEntry(mediaType.encoding, [...mediaTypePath, 'encoding'], (encoding, encodingPath) =>
        eachEntry(encoding.headers, [...encodingPath, 'headers'], walkParameterOrHeader),
      );
    });
  }

  function walkParameterOrHeader(/** @type {any} */ item, /** @type {Path} */ path) {
    if ('$ref' in item) return; // walked where it is defined, in components
    walkSchema(item.schema, [...path, 'schema']);
    walkExampleHolder(item, path);
    walkMediaTypes(item.content, [...path, 'content']);
  }

  function walkRequestBody(/** @type {any} */ body, /** @type {Path} */ path) {
    if (isObject(body) && !('$ref' in body)) walkMediaTypes(body.content, [...path, 'content']);
  }

  function walkResponse(/** @type {any} */ response, /** @type {Path} */ path) {
    if ('$ref' in response) return;
    eachEntry(response.headers, [...path, 'headers'], walkParameterOrHeader);
    walkMediaTypes(response.content, [...path, 'content']);
  }

  function walkPathItem(/** @type {any} */ pathItem, /** @type {Path} */ path) {
    if ('$ref' in pathItem) return;
    eachItem(pathItem.parameters, [...path, 'parameters'], walkParameterOrHeader);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const at = [...path, method];
      eachItem(operation.parameters, [...at, 'parameters'], walkParameterOrHeader);
      walkRequestBody(operation.requestBody, [...at, 'requestBody']);
      eachEntry(operation.responses, [...at, 'responses'], walkResponse);
      eachEntry(operation.callbacks, [...at, 'callbacks'], walkCallback);
    }
  }

  function walkCallback(/** @type {any} */ callback, /** @type {Path} */ path) {
    if (!('$ref' in callback)) eachEntry(callback, path, walkPathItem);
  }

  eachEntry(document.paths, ['paths'], walkPathItem);
  eachEntry(document.webhooks, ['webhooks'], walkPathItem);
  const components = document.components ?? {};
  const at = (/** @type {string} */ key) => ['components', key];
  eachEntry(components.schemas, at('schemas'), walkSchema);
  eachEntry(components.parameters, at('parameters'), walkParameterOrHeader);
  eachEntry(components.headers, at('headers'), walkParameterOrHeader);
  eachEntry(components.requestBodies, at('requestBodies'), walkRequestBody);
  eachEntry(components.responses, at('responses'), walkResponse);
  eachEntry(components.pathItems, at('pathItems'), walkPathItem);
  eachEntry(components.callbacks, at('callbacks'), walkCallback);
  return { examples, problems };
}

/**
 * Follows a local `$ref`, and a chain of them, to the object it names.
 * @param {any} document
 * @param {any} node
 * @param {Path} path where `node` is
 * @returns {{ target: any, path: Path } | undefined} undefined when a `$ref` leads nowhere
 */
function resolveLocalRef(document, node, path) {
  const seen = new Set();
  let target = node;
  let at = path;
  while (isObject(target) && '$ref' in target) {
    const ref = String(target.$ref);
    if (!ref.startsWith('#') || seen.has(ref)) return undefined;
    seen.add(ref);
    at = pointerToPath(ref);
    target = at.reduce((value, key) => value?.[key], document);
  }
  return isObject(target) ? { target, path: at } : undefined;
}

/** @param {unknown} value @returns {value is Record<string, any>} */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @param {any} map @param {Path} path @param {(value: any, path: Path) => void} visit */
function eachEntry(map, path, visit) {
  if (!isObject(map)) return;
  for (const [key, value] of Object.entries(map)) if (isObject(value)) visit(value, [...path, key]);
}

/** @param {any} list @param {Path} path @param {(value: any, path: Path) => void} visit */
function eachItem(list, path, visit) {
  if (!Array.isArray(list)) return;
  for (const [index, value] of list.entries()) if (isObject(value)) visit(value, [...path, index]);
}
