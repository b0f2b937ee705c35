// A spec change that breaks a client may only reach a release as a major version: compared with the
// spec as last released, any breaking change needs a pending changeset that moves the contract's
// group by a major step.
import { join } from 'node:path';
import { compareSpecFiles } from '../spec-diff/compare-specs.mjs';
import { RELEASED_SPEC, SPEC } from '../spec-diff/spec-files.mjs';
import { pendingContractRelease } from './pending-releases.mjs';
import { CONTRACT_PACKAGE, contractGroup, WORKSPACE_ROOT } from './release-policy.mjs';

/**
 * @param {string} [root]
 * @returns {Promise<{ ok: boolean, report: string }>}
 */
export async function checkBreakingChanges(root = WORKSPACE_ROOT) {
  const changes = await compareSpecFiles(join(root, RELEASED_SPEC), join(root, SPEC));
  const breaking = changes.filter((change) => change.class === 'breaking');
  const since = `since the last release (${SPEC} against ${RELEASED_SPEC})`;
  if (breaking.length === 0) {
    return {
      ok: true,
      report: `No breaking spec change ${since}; ${changes.length} other change(s).`,
    };
  }
  const { type, majorChangesets } = await pendingContractRelease(root);
  const listed = breaking.map(
    (change) =>
      `  ${change.pointer}\n    ${change.where ? `${change.where}: ` : ''}${change.description}`,
  );
  if (type === 'major') {
    return {
      ok: true,
      report: [
        `${breaking.length} breaking spec change(s) ${since}, released as a major version by ${majorChangesets.join(', ')}.`,
      ].join('\n'),
    };
  }
  const group = await contractGroup(root);
  return {
    ok: false,
    report: [
      `${breaking.length} breaking spec change(s) ${since}, but no pending changeset makes the next release of ${CONTRACT_PACKAGE} a major one (it would be: ${type}):`,
      ...listed,
      '',
      `Record them: run \`pnpm changeset\`, pick ${CONTRACT_PACKAGE} (with ${group.filter((name) => name !== CONTRACT_PACKAGE).join(', ')} it moves as one) and choose major, and write what consumers must change. Or add .changeset/<name>.md by hand:`,
      '  ---',
      `  "${CONTRACT_PACKAGE}": major`,
      '  ---',
      '',
      '  What changed, and what a consumer must do about it.',
      '',
      'Each change again, with why it breaks a client: pnpm spec:diff',
    ].join('\n'),
  };
}
