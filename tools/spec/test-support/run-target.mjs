// Runs an `openapi` Nx target's own command line against another spec file, in a child process, so
// tests see the exit code and the printed lines exactly as a developer would.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORKSPACE_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const PROJECT = JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'openapi/project.json'), 'utf8'));

/**
 * @param {'validate' | 'lint' | 'examples'} target
 * @param {string} specFile absolute path of the spec to check instead of openapi/pave.yaml
 * @returns {{ status: number | null, output: string }} output is stdout and stderr together
 */
export function runTarget(target, specFile) {
  const { command, options } = PROJECT.targets[target];
  const path = [join(WORKSPACE_ROOT, 'node_modules/.bin'), process.env.PATH].join(delimiter);
  const result = spawnSync(command.replace('openapi/pave.yaml', specFile), {
    cwd: WORKSPACE_ROOT,
    shell: true,
    encoding: 'utf8',
    env: { ...process.env, ...options?.env, PATH: path, NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
