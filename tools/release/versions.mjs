// What must agree between releases: the packages of the contract's fixed group share one version,
// the spec's info.version is that version, and so is the copy of the spec as last released.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publishedPackages } from '../pack/packages.mjs';
import { RELEASED_SPEC, SPEC } from '../spec-diff/spec-files.mjs';
import { CONTRACT_PACKAGE, contractGroup, readPackage, WORKSPACE_ROOT } from './release-policy.mjs';
import { readInfoVersion } from './spec-version.mjs';

/**
 * @param {string} [root]
 * @param {{ releasedSpec?: boolean }} [options] `releasedSpec: false` leaves out the spec as last
 *   released, which a snapshot (versioned but not a release) does not move
 * @returns {Promise<string[]>} each disagreement, in words; empty when all agree
 */
export async function findVersionDisagreements(
  root = WORKSPACE_ROOT,
  { releasedSpec = true } = {},
) {
  const packages = await Promise.all(publishedPackages.map((dir) => readPackage(root, dir)));
  const versionOf = new Map(packages.map(({ name, version }) => [name, version]));
  const contractVersion = versionOf.get(CONTRACT_PACKAGE);
  if (contractVersion === undefined)
    return [`${CONTRACT_PACKAGE} is not among the published packages`];

  const problems = [];
  for (const name of await contractGroup(root)) {
    const version = versionOf.get(name);
    if (version === undefined) {
      problems.push(`${name} is in the contract's fixed group but is not a published package`);
    } else if (version !== contractVersion) {
      problems.push(
        `${name} is ${version} but ${CONTRACT_PACKAGE} is ${contractVersion}: the fixed group moves together, and only \`pnpm release:version\` changes versions`,
      );
    }
  }
  /** @type {Array<[string, string]>} */
  const specs = [[SPEC, 'the spec']];
  if (releasedSpec) specs.push([RELEASED_SPEC, 'the spec as last released']);
  for (const [file, role] of specs) {
    const specVersion = readInfoVersion(await readFile(join(root, file), 'utf8'));
    if (specVersion !== contractVersion) {
      problems.push(
        `${file} (${role}) has info.version ${specVersion} but ${CONTRACT_PACKAGE} is ${contractVersion}: set it to ${contractVersion}; info.version follows the contract's released version, and only \`pnpm release:version\` moves it`,
      );
    }
  }
  return problems;
}
