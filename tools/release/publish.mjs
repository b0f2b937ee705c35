// pnpm release:publish [--tag TAG]: the publish step of a release. Refuses when versions disagree
// (versions.mjs), builds every published package, and hands them to `changeset publish`, which
// publishes those whose version is not on the registry yet and tags them in git.
import { basename } from 'node:path';
import { publishedPackages } from '../pack/packages.mjs';
import { WORKSPACE_ROOT } from './release-policy.mjs';
import { runCommand } from './run-command.mjs';
import { findVersionDisagreements } from './versions.mjs';

// The spec as last released moves at the version step of a release; a snapshot leaves it be.
const disagreements = await findVersionDisagreements(undefined, { releasedSpec: false });
if (disagreements.length > 0) {
  for (const problem of disagreements) console.error(`release:publish: ${problem}`);
  process.exit(1);
}
// Nx project names are the folder names: types, auth, ..., cli.
const projects = publishedPackages.map((dir) => basename(dir)).join(',');
await runCommand(
  'pnpm',
  ['exec', 'nx', 'run-many', '-t', 'build', '-p', projects, '--outputStyle=static'],
  { cwd: WORKSPACE_ROOT },
);
await runCommand('pnpm', ['exec', 'changeset', 'publish', ...process.argv.slice(2)], {
  cwd: WORKSPACE_ROOT,
});
