// What the changesets waiting in .changeset/ will do at the next release, fixed groups applied.
import getReleasePlanModule from '@changesets/get-release-plan';
import { CONTRACT_PACKAGE, contractGroup, WORKSPACE_ROOT } from './release-policy.mjs';

// The package is CommonJS with its function on `default`; ESM sees it one level down.
const getReleasePlan = /** @type {typeof import('@changesets/get-release-plan').default} */ (
  /** @type {any} */ (getReleasePlanModule).default ?? getReleasePlanModule
);

/**
 * @param {string} [root]
 * @returns {Promise<{ type: string, majorChangesets: string[] }>} how far the contract will move
 *   ('major', 'minor', 'patch' or 'none'), and the changeset files that ask a major bump of a
 *   package of its group
 */
export async function pendingContractRelease(root = WORKSPACE_ROOT) {
  const [plan, group] = await Promise.all([getReleasePlan(root), contractGroup(root)]);
  const release = plan.releases.find(({ name }) => name === CONTRACT_PACKAGE);
  const majorChangesets = plan.changesets
    .filter(({ releases }) =>
      releases.some(({ name, type }) => type === 'major' && group.includes(name)),
    )
    .map(({ id }) => `.changeset/${id}.md`);
  return { type: release?.type ?? 'none', majorChangesets };
}
