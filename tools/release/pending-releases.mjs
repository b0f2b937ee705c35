// What the changesets waiting in .changeset/ will do at the next release, fixed groups applied.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import getReleasePlanModule from '@changesets/get-release-plan';
import readChangesetsModule from '@changesets/read';
import { publishedPackages } from '../pack/packages.mjs';
import { CONTRACT_PACKAGE, contractGroup, readPackage, WORKSPACE_ROOT } from './release-policy.mjs';

// The packages are CommonJS with their function on `default`; ESM sees it one level down.
const getReleasePlan = /** @type {typeof import('@changesets/get-release-plan').default} */ (
  /** @type {any} */ (getReleasePlanModule).default ?? getReleasePlanModule
);
const readChangesets = /** @type {typeof import('@changesets/read').default} */ (
  /** @type {any} */ (readChangesetsModule).default ?? readChangesetsModule
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

/**
 * Changesets may name only published packages: Changesets refuses one that also names a private
 * package (the portal) with a bare "Found mixed changeset", and only when it plans a release.
 * @param {string} [root]
 * @returns {Promise<string[]>} each changeset naming a package that is not published, in words
 */
export async function findUnpublishableChangesets(root = WORKSPACE_ROOT) {
  const [changesets, published] = await Promise.all([readChangesets(root), publishedNames(root)]);
  return changesets.flatMap(({ id, releases }) => {
    const others = releases.map(({ name }) => name).filter((name) => !published.includes(name));
    return others.length === 0
      ? []
      : [
          `.changeset/${id}.md names ${others.join(', ')}, which pave-kit does not publish: a changeset names only ${published.join(', ')}`,
        ];
  });
}

// A changeset's head, as Changesets reads it: `---`, one `"package": bump` line or more, `---`.
const CHANGESET_HEAD =
  /^---\r?\n(?:\s*["']?[@\w./-]+["']?\s*:\s*(?:major|minor|patch)\s*\r?\n)+---\r?\n/;

/**
 * Changesets stops at the first file it cannot parse with a stack trace that names no file;
 * this names every such file, so they can be fixed before anything else is checked.
 * @param {string} [root]
 * @returns {Promise<string[]>} one sentence per changeset whose head cannot be read
 */
export async function findMalformedChangesets(root = WORKSPACE_ROOT) {
  const dir = join(root, '.changeset');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md') && name !== 'README.md');
  const problems = [];
  for (const name of names.sort()) {
    const text = await readFile(join(dir, name), 'utf8');
    if (!CHANGESET_HEAD.test(text)) {
      problems.push(
        `.changeset/${name} does not start with a head Changesets can read: a line \`---\`, one line \`"@pave-kit/<package>": major|minor|patch\` for each package, then \`---\``,
      );
    }
  }
  return problems;
}

/** @param {string} root */
async function publishedNames(root) {
  return Promise.all(publishedPackages.map(async (dir) => (await readPackage(root, dir)).name));
}
