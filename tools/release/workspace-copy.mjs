// A copy of the workspace to release from, so the release test never touches the checkout: the
// files git knows (committed or not, ignored ones left out), in a fresh repository of their own
// with one commit, since the version and publish steps read git.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { WORKSPACE_ROOT } from './release-policy.mjs';

/**
 * @param {string} destination an empty folder outside the workspace
 * @returns {Promise<number>} how many files were copied
 */
export async function copyWorkspace(destination) {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: WORKSPACE_ROOT,
      encoding: 'utf8',
    },
  );
  // A tracked file deleted in the working copy is listed but gone: the copy is what is on disk.
  const files = listed.split('\0').filter((file) => file && existsSync(join(WORKSPACE_ROOT, file)));
  for (const file of files) {
    await mkdir(dirname(join(destination, file)), { recursive: true });
    await cp(join(WORKSPACE_ROOT, file), join(destination, file), { preserveTimestamps: true });
  }
  const git = (/** @type {string[]} */ ...args) =>
    execFileSync('git', args, { cwd: destination, stdio: ['ignore', 'ignore', 'inherit'] });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '--all');
  git(
    '-c',
    'user.name=release test',
    '-c',
    'user.email=release-test@localhost',
    'commit',
    '--quiet',
    '--no-verify',
    '-m',
    'workspace as tested',
  );
  return files.length;
}
