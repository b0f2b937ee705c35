// api-smart-diff knows OpenAPI 3.0, which has no `webhooks`, and leaves their changes unclassified.
// A webhook's payload is what a consumer's server receives, exactly like a response body, so each
// webhook is compared as a stand-in path whose one response is that payload; pointers and wording
// are moved back to the webhook afterwards.

const STAND_IN_PREFIX = '/(webhook)/';
const PAYLOAD_STATUS = '200';
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/**
 * @param {Record<string, any>} document a dereferenced OpenAPI document
 * @returns {Record<string, any>} the same document with each webhook moved under `paths`
 */
export function webhooksAsPaths(document) {
  const { webhooks, ...rest } = document;
  if (!webhooks) return rest;
  const paths = { ...rest.paths };
  for (const [name, pathItem] of Object.entries(webhooks)) {
    /** @type {Record<string, any>} */
    const standIn = {};
    for (const [method, operation] of Object.entries(pathItem ?? {})) {
      if (!HTTP_METHODS.has(method)) continue;
      // What the consumer answers PAVE with is left out: pave-kit does not type it.
      const { requestBody, responses: _answer, ...described } = operation;
      const content = requestBody?.content;
      standIn[method] = {
        ...described,
        responses: content ? { [PAYLOAD_STATUS]: { description: 'payload', content } } : {},
      };
    }
    paths[`${STAND_IN_PREFIX}${name}`] = standIn;
  }
  return { ...rest, paths };
}

/**
 * @param {ReadonlyArray<string | number>} path a path in a document made by `webhooksAsPaths`
 * @returns {{ path: Array<string | number>, webhook?: string }} the path in the real document,
 *   and the webhook's name when it is one
 */
export function fromStandIn(path) {
  const [root, key, method, responses, status, ...rest] = path;
  if (root !== 'paths' || typeof key !== 'string' || !key.startsWith(STAND_IN_PREFIX)) {
    return { path: [...path] };
  }
  const webhook = key.slice(STAND_IN_PREFIX.length);
  if (method === undefined) return { path: ['webhooks', webhook], webhook };
  if (responses !== 'responses') return { path: ['webhooks', webhook, ...path.slice(2)], webhook };
  if (status === undefined) return { path: ['webhooks', webhook, method, 'requestBody'], webhook };
  return { path: ['webhooks', webhook, method, 'requestBody', ...rest], webhook };
}

/**
 * @param {string} description the library's wording of a change found in a stand-in path
 * @returns {string} the same wording about the webhook
 */
export function describeWebhookChange(description) {
  return description
    .replaceAll(`Response ${PAYLOAD_STATUS} content`, 'the payload')
    .replace(/ (GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE) \/\(webhook\)\/(\S+)/, ' webhook $2');
}
