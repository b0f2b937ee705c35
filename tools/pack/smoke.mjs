// Installs the packed tarballs of @pave-kit/types, auth and client into a fresh directory, as a
// consumer would, and runs the client's example against a local server: proof that what is
// published works outside the workspace.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { root } from './packages.mjs';

const packed = await mkdtemp(join(tmpdir(), 'pave-kit-packed-'));
/** @param {string} command @param {string[]} args @param {string} cwd */
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

try {
  for (const name of ['types', 'auth', 'client']) {
    run('pnpm', ['pack', '--pack-destination', packed], resolve(root, 'packages', name));
  }
  const tarballs = (await readdir(packed)).filter((file) => file.endsWith('.tgz'));
  const app = join(packed, 'app');
  await mkdir(app);
  await copyFile(
    resolve(root, 'packages/client/examples/packed-smoke.mjs'),
    join(app, 'smoke.mjs'),
  );
  run('npm', ['init', '-y'], app);
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs.map((t) => `../${t}`)],
    app,
  );
  const output = run(process.execPath, ['smoke.mjs'], app);
  process.stdout.write(output);
  if (!/client: created \S+, capture URL https:\/\//.test(output)) {
    throw new Error('the packed client did not create a session');
  }
  console.log(`installed ${tarballs.join(', ')} in a fresh directory and ran the example`);
} finally {
  await rm(packed, { recursive: true, force: true });
}
