// pnpm release:version [--snapshot TAG]: the version step of a release. Changesets turns the
// pending changesets into versions and CHANGELOG.md entries; then the spec's info.version follows
// the contract's new version, the generated files follow the spec, and (for a real release, not a
// snapshot) the spec is kept as the last released one, for the breaking-change gate.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RELEASED_SPEC, SPEC } from '../spec-diff/spec-files.mjs';
import { CONTRACT_PACKAGE, readPackage, WORKSPACE_ROOT } from './release-policy.mjs';
import { runCommand } from './run-command.mjs';
import { writeSpecVersion } from './spec-version.mjs';

const args = process.argv.slice(2);
const snapshot = args.some((arg) => arg === '--snapshot' || arg.startsWith('--snapshot='));

await runCommand('pnpm', ['exec', 'changeset', 'version', ...args], { cwd: WORKSPACE_ROOT });
const { version } = await readPackage(WORKSPACE_ROOT, 'packages/contract');
await writeSpecVersion(version);
console.log(`${SPEC}: info.version ${version}, as ${CONTRACT_PACKAGE}`);
await runCommand('pnpm', ['exec', 'nx', 'run-many', '-t', 'generate', '--outputStyle=static'], {
  cwd: WORKSPACE_ROOT,
});
if (!snapshot) {
  await copyFile(join(WORKSPACE_ROOT, SPEC), join(WORKSPACE_ROOT, RELEASED_SPEC));
  console.log(
    `${RELEASED_SPEC}: the spec of ${version}, what the next breaking-change gate compares with`,
  );
  console.log('Review the versions and changelogs, commit them, then run `pnpm release:publish`.');
}
