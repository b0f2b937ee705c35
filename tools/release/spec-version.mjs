// The spec's `info.version` is the version of @pave-kit/contract, the package that carries the
// spec. The release step writes it, touching that one value and leaving the rest of the file byte
// for byte.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isScalar, parseDocument } from 'yaml';
import { SPEC, WORKSPACE_ROOT } from '../spec-diff/spec-files.mjs';

/**
 * @param {string} specText the YAML of an OpenAPI document
 * @returns {string | undefined} its `info.version`
 */
export function readInfoVersion(specText) {
  const version = parseDocument(specText).getIn(['info', 'version']);
  return version === undefined ? undefined : String(version);
}

/**
 * @param {string} specText
 * @param {string} version e.g. `1.2.0` or a snapshot's `1.2.1-release-test-20261202150000`
 * @returns {string} the same text with `info.version` set to it
 */
export function withInfoVersion(specText, version) {
  if (!/^[0-9A-Za-z.+-]+$/.test(version)) throw new Error(`not a version: ${version}`);
  const node = parseDocument(specText).getIn(['info', 'version'], true);
  if (!isScalar(node) || !node.range) throw new Error('the spec has no info.version to set');
  const [start, end] = node.range;
  return `${specText.slice(0, start)}${version}${specText.slice(end)}`;
}

/**
 * @param {string} version
 * @param {string} [root]
 */
export async function writeSpecVersion(version, root = WORKSPACE_ROOT) {
  const file = join(root, SPEC);
  const text = await readFile(file, 'utf8');
  const updated = withInfoVersion(text, version);
  if (updated !== text) await writeFile(file, updated);
}
