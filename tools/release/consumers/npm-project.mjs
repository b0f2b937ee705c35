// A consumer project made with plain npm in a folder outside the workspace, installing from the
// registry its environment points at.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { runCommand } from '../run-command.mjs';

/**
 * @param {{ dir: string, env: NodeJS.ProcessEnv }} project
 */
export function npmProject({ dir, env }) {
  const quietly = ['--no-audit', '--no-fund', '--loglevel=error'];
  return {
    dir,
    /** `npm init -y` in a new folder. */
    async init() {
      await mkdir(dir, { recursive: true });
      await runCommand('npm', ['init', '-y'], { cwd: dir, env, capture: true, stoppable: true });
    },
    /** @param {string[]} args e.g. `['pkg', 'set', 'type=module']` */
    npm: (args) => runCommand('npm', args, { cwd: dir, env, capture: true, stoppable: true }),
    /** @param {string[]} packages */
    install: (packages) =>
      runCommand('npm', ['install', ...quietly, ...packages], { cwd: dir, env, stoppable: true }),
    /**
     * Runs a command of the project; resolves whatever its exit code.
     * @param {string} command
     * @param {string[]} args
     * @param {NodeJS.ProcessEnv} [extraEnv]
     */
    run: (command, args, extraEnv = {}) =>
      runCommand(command, args, {
        cwd: dir,
        env: { ...env, ...extraEnv },
        capture: true,
        stoppable: true,
      })
        .catch((/** @type {{ code: number, output: string }} */ failed) => failed)
        .then(({ code, output }) => ({ code, output, project: basename(dir) })),
    /** @param {string} path inside the project @param {string} text */
    async write(path, text) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    },
    /** @param {string} from a file or folder of ours @param {string} [to] where in the project */
    copy: (from, to = '.') => cp(from, join(dir, to), { recursive: true }),
    /**
     * @returns {Promise<Array<{ name: string, version: string, resolved: string }>>} the
     *   @pave-kit packages in package-lock.json
     */
    async installedPaveKit() {
      const lock = JSON.parse(await readFile(join(dir, 'package-lock.json'), 'utf8'));
      return Object.entries(lock.packages)
        .filter(([path]) => path.startsWith('node_modules/@pave-kit/'))
        .map(([path, entry]) => ({
          name: path.slice('node_modules/'.length),
          version: entry.version,
          resolved: entry.resolved,
        }));
    },
  };
}
