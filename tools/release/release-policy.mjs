// Which packages pave-kit publishes and which of them move together. The fixed group itself is
// declared in .changeset/config.json (Changesets enforces it); this module reads it from there.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '../spec-diff/spec-files.mjs';

export { WORKSPACE_ROOT };

/** The package that carries the spec at run time: the spec's `info.version` is its version. */
export const CONTRACT_PACKAGE = '@pave-kit/contract';

/**
 * @param {string} [root] the workspace (a copy of it, in the release test)
 * @returns {Promise<string[]>} the packages that always share the contract's version
 */
export async function contractGroup(root = WORKSPACE_ROOT) {
  const config = JSON.parse(await readFile(join(root, '.changeset/config.json'), 'utf8'));
  const fixed = /** @type {string[][]} */ (config.fixed ?? []);
  return fixed.find((group) => group.includes(CONTRACT_PACKAGE)) ?? [CONTRACT_PACKAGE];
}

/**
 * @param {string} root
 * @param {string} dir a package folder from the workspace root, e.g. `packages/contract`
 * @returns {Promise<{ name: string, version: string }>}
 */
export async function readPackage(root, dir) {
  return JSON.parse(await readFile(join(root, dir, 'package.json'), 'utf8'));
}
