// The commands the packages install: `pave-mock` from @pave-kit/mock and `pave` from @pave-kit/cli,
// run from the consumer project, the CLI creating a session on the installed mock.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { stopProcess } from '../run-command.mjs';
import { expectRun } from './expect-run.mjs';

const credentials = { username: 'demo', apiKey: 'key_123', apiSecret: 'secret_456' };

/** @param {ReturnType<typeof import('./npm-project.mjs').npmProject>} project @param {NodeJS.ProcessEnv} env */
export async function checkCommands(project, env) {
  await project.install(['@pave-kit/cli']);
  expectRun('npx pave-mock --help', await project.run('npx', ['pave-mock', '--help']), {
    code: 0,
    prints: ['Usage: pave-mock'],
  });
  expectRun('npx pave --help', await project.run('npx', ['pave', '--help']), {
    code: 0,
    prints: ['Usage: pave'],
  });

  await project.write('credentials.json', JSON.stringify(credentials));
  const mock = await startInstalledMock(project.dir, env);
  try {
    const pave = (/** @type {string} */ vin) =>
      project.run('npx', ['pave', 'sessions', 'create', '--vin', vin, '--base-url', mock.url], {
        PAVE_USERNAME: credentials.username,
        PAVE_API_KEY: credentials.apiKey,
        PAVE_API_SECRET: credentials.apiSecret,
      });
    expectRun('pave sessions create, signed, against pave-mock', await pave('JN1CV6AR9BMXXXXXX'), {
      code: 0,
      prints: [/https:\/\/\S+/],
    });
    expectRun('pave refuses a 16-character VIN before sending it', await pave('JN1CV6AR9BMXXXXX'), {
      code: 2,
      prints: ['vehicle.vin'],
    });
  } finally {
    await mock.stop();
  }
}

/**
 * @param {string} dir the project
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
async function startInstalledMock(dir, env) {
  const child = spawn(
    join(dir, 'node_modules/.bin/pave-mock'),
    ['--port', '0', '--credentials-file', 'credentials.json', '--quiet'],
    { cwd: dir, env, stdio: ['ignore', 'pipe', 'inherit'], detached: true },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = () => stopProcess(child, exited);
  const url = await new Promise((resolve, reject) => {
    // The interface keeps reading after the URL, so a full pipe never blocks the mock.
    const lines = createInterface({
      input: /** @type {import('node:stream').Readable} */ (child.stdout),
    });
    lines.on('line', (line) => {
      const found = /http:\/\/127\.0\.0\.1:\d+/.exec(line);
      if (found) resolve(found[0]);
    });
    exited.then((code) => reject(new Error(`pave-mock exited (${code}) before printing its URL`)));
  }).catch(async (error) => {
    await stop();
    throw error;
  });
  return { url: /** @type {string} */ (url), stop };
}
