// Compares two OpenAPI documents as a client of the API sees them: api-smart-diff finds the
// changes and classifies them, client-rules.mjs corrects what it gets wrong for a client, and each
// change comes out with a JSON pointer and a class.
import { apiDiff } from 'api-smart-diff';
import { classifyForClients } from './client-rules.mjs';
import { toJsonPointer } from './json-pointer.mjs';
import { loadSpec } from './load-spec.mjs';
import { describeWebhookChange, fromStandIn, webhooksAsPaths } from './webhook-payloads.mjs';

/**
 * @typedef {object} SpecChange
 * @property {import('./client-rules.mjs').ChangeClass} class
 * @property {string} pointer where the change is, in the dereferenced document
 * @property {string} [where] the operation or webhook it concerns, e.g. `POST /v1/sessions`
 * @property {string} description
 * @property {string} [reason] why the class differs from the diff library's, when it does
 */

/**
 * @param {string} baseFile the older document
 * @param {string} headFile the newer document
 * @returns {Promise<SpecChange[]>} breaking changes first
 */
export async function compareSpecFiles(baseFile, headFile) {
  const [base, head] = await Promise.all([loadSpec(baseFile), loadSpec(headFile)]);
  return compareSpecs(base, head);
}

/**
 * @param {Record<string, any>} base a document as `loadSpec` returns it (it is consumed)
 * @param {Record<string, any>} head likewise
 * @returns {SpecChange[]} breaking changes first
 */
export function compareSpecs(base, head) {
  const changes = [
    ...apiDiff(comparable(base), comparable(head)).map(toSpecChange),
    ...namedSchemaChanges(base, head),
  ];
  return [
    ...changes.filter((change) => change.class === 'breaking'),
    ...changes.filter((change) => change.class !== 'breaking'),
  ];
}

/**
 * Every schema reachable from an operation is already inlined, so `components` would only repeat
 * each change; its security schemes stay, since requirements name them rather than embed them.
 * @param {Record<string, any>} document
 */
function comparable(document) {
  const { components, ...rest } = webhooksAsPaths(document);
  return components?.securitySchemes
    ? { ...rest, components: { securitySchemes: components.securitySchemes } }
    : rest;
}

/** @param {import('./client-rules.mjs').LibraryDiff & { description?: string }} diff */
function toSpecChange(diff) {
  const { class: changeClass, at, rule } = classifyForClients(diff);
  const { path, webhook } = fromStandIn(diff.path);
  const description = diff.description || `${diff.action} ${String(diff.path.at(-1))}`;
  return {
    class: changeClass,
    pointer: toJsonPointer(path),
    ...(webhook ? { where: `webhook ${webhook}` } : at.operation ? { where: at.operation } : {}),
    description: webhook ? describeWebhookChange(description) : description,
    ...(rule ? { reason: `${rule.name}: ${rule.reason}` } : {}),
  };
}

/**
 * The types of `@pave-kit/types` are named after `components.schemas`, so a schema that disappears
 * is a type consumers can no longer import, even if no operation uses it.
 * @param {Record<string, any>} base
 * @param {Record<string, any>} head
 * @returns {SpecChange[]}
 */
function namedSchemaChanges(base, head) {
  const before = Object.keys(base.components?.schemas ?? {});
  const after = new Set(Object.keys(head.components?.schemas ?? {}));
  return before
    .filter((name) => !after.has(name))
    .map((name) => ({
      class: /** @type {const} */ ('breaking'),
      pointer: toJsonPointer(['components', 'schemas', name]),
      description: `[Removed] schema \`${name}\``,
      reason: 'named schema removed: @pave-kit/types no longer exports a type of that name',
    }));
}
