// What a change means for a client generated from the spec, where api-smart-diff's own rules say
// otherwise or say nothing. Rules are data: the first that matches a change decides its class.

/** @typedef {'breaking' | 'non-breaking'} ChangeClass */
/** @typedef {{ action: string, path: Array<string | number>, before?: any, after?: any, type: string }} LibraryDiff */
/** @typedef {{ side: 'request' | 'response' | 'security' | 'other', operation?: string }} Location */
/**
 * @typedef {object} ClientRule
 * @property {string} name
 * @property {ChangeClass} class
 * @property {string} reason why the class is right for a client
 * @property {(diff: LibraryDiff, at: Location) => boolean} matches
 */

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/**
 * @param {ReadonlyArray<string | number>} path
 * @returns {Location} which side of an exchange the path is on, and in which operation
 */
export function locate(path) {
  if (path[0] === 'security' || (path[0] === 'components' && path[1] === 'securitySchemes')) {
    return { side: 'security' };
  }
  if (path[0] !== 'paths') return { side: 'other' };
  const [, route, method, part] = path;
  const isOperation = typeof method === 'string' && HTTP_METHODS.has(method);
  const at = isOperation ? { operation: `${method.toUpperCase()} ${route}` } : {};
  if (method === 'parameters' || part === 'parameters' || part === 'requestBody') {
    return { side: 'request', ...at };
  }
  if (part === 'responses') return { side: 'response', ...at };
  if (part === 'security') return { side: 'security', ...at };
  return { side: 'other', ...at };
}

/** @type {ClientRule[]} */
export const clientRules = [
  {
    name: 'vendor extension changed',
    class: 'non-breaking',
    reason: 'x- fields speak to people and tools, not to the wire',
    matches: (diff) => diff.path.some((key) => typeof key === 'string' && key.startsWith('x-')),
  },
  {
    name: 'property removed from a response or webhook payload',
    class: 'breaking',
    reason: "consumers' generated types lose the property",
    matches: (diff, at) =>
      at.side === 'response' && diff.action === 'remove' && diff.path.at(-2) === 'properties',
  },
  {
    name: 'type of a response or webhook payload widened',
    class: 'breaking',
    reason: "a value outside consumers' generated types (null, another type) may now arrive",
    matches: (diff, at) => at.side === 'response' && typeChange(diff).grew,
  },
  {
    name: 'request type widened',
    class: 'non-breaking',
    reason: 'every value a client sent before is still accepted',
    matches: (diff, at) => {
      const { grew, shrank } = typeChange(diff);
      return at.side === 'request' && grew && !shrank;
    },
  },
  {
    name: 'required parameter added',
    class: 'breaking',
    reason: 'calls written before do not send it',
    matches: (diff) => diff.action === 'add' && addsRequiredParameter(diff),
  },
  {
    name: 'security requirement tightened',
    class: 'breaking',
    reason: 'calls written before lack the credential now asked for',
    matches: (diff, at) => at.side === 'security' && securityEffect(diff) === 'tighter',
  },
  {
    name: 'security requirement loosened',
    class: 'non-breaking',
    reason: 'calls written before still carry what is asked for',
    matches: (diff, at) => at.side === 'security' && securityEffect(diff) === 'looser',
  },
];

/** Changes the library leaves unclassified fail closed: a person decides, then adds a rule. */
export const unclassifiedRule = /** @type {const} */ ({
  name: 'not classified',
  class: 'breaking',
  reason:
    'the diff library cannot tell; treated as breaking until a rule in tools/spec-diff says otherwise',
});

/**
 * @param {LibraryDiff} diff a change as api-smart-diff reports it
 * @returns {{ class: ChangeClass, at: Location, rule?: { name: string, reason: string } }}
 */
export function classifyForClients(diff) {
  const at = locate(diff.path);
  const rule = clientRules.find((candidate) => candidate.matches(diff, at));
  if (rule) return { class: rule.class, at, rule };
  if (diff.type === 'breaking') return { class: 'breaking', at };
  if (diff.type === 'unclassified') return { class: 'breaking', at, rule: unclassifiedRule };
  // non-breaking, annotation (descriptions, examples) and deprecated
  return { class: 'non-breaking', at };
}

/**
 * @param {LibraryDiff} diff
 * @returns {{ grew: boolean, shrank: boolean }} whether values of a new type are allowed, and
 *   whether values of an old type are refused (`integer` counts as part of `number`)
 */
function typeChange({ action, path, before, after }) {
  // A property that happens to be called `type` is not the keyword.
  if (path.at(-2) === 'properties') return { grew: false, shrank: false };
  const last = path.at(-1);
  if (typeof last === 'number' && path.at(-2) === 'type') {
    return { grew: action === 'add' || action === 'replace', shrank: action !== 'add' };
  }
  if (last !== 'type') return { grew: false, shrank: false };
  // A schema without `type` allows every type.
  if (action === 'add') return { grew: false, shrank: true };
  if (action === 'remove') return { grew: true, shrank: false };
  const was = typeSet(before);
  const is = typeSet(after);
  return {
    grew: [...is].some((type) => !covers(was, type)),
    shrank: [...was].some((type) => !covers(is, type)),
  };
}

/** @param {unknown} value a `type` keyword's value */
function typeSet(value) {
  return new Set(
    (Array.isArray(value) ? value : [value]).filter((type) => typeof type === 'string'),
  );
}

/**
 * @param {Set<string>} types
 * @param {string} type
 */
function covers(types, type) {
  return types.has(type) || (type === 'integer' && types.has('number'));
}

/** @param {LibraryDiff} diff */
function addsRequiredParameter({ path, after }) {
  const isRequired = (/** @type {any} */ parameter) =>
    parameter?.required === true || parameter?.in === 'path';
  if (path.at(-1) === 'parameters' && Array.isArray(after)) return after.some(isRequired);
  if (path.at(-2) === 'parameters') return isRequired(after);
  return path.at(-1) === 'required' && path.at(-3) === 'parameters' && after === true;
}

/**
 * Security is a list of alternatives, each naming schemes that are all needed: a scheme added to
 * an alternative, or an alternative removed, asks more of a client; the reverse asks less.
 * @param {LibraryDiff} diff
 * @returns {'tighter' | 'looser' | 'unknown'}
 */
function securityEffect({ action, path }) {
  const at = path.lastIndexOf('security');
  if (at === -1) {
    // How a scheme is carried (its header name, its type) changed; its description is prose.
    const field = path[3];
    return path[1] === 'securitySchemes' && field !== undefined && field !== 'description'
      ? 'tighter'
      : 'unknown';
  }
  const depth = path.length - at - 1;
  if (depth === 2) return action === 'add' ? 'tighter' : action === 'remove' ? 'looser' : 'unknown';
  if (depth === 1) return action === 'add' ? 'looser' : action === 'remove' ? 'tighter' : 'unknown';
  return 'unknown';
}
