// Installs the packed tarballs of @pave-kit/types, auth, contract, client and webhooks into a
// fresh directory, as a consumer would, and runs the client's and the webhooks' examples against
// local servers: proof that what is published works outside the workspace.
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
  for (const name of ['types', 'auth', 'contract', 'client', 'webhooks']) {
    run('pnpm', ['pack', '--pack-destination', packed], resolve(root, 'packages', name));
  }
  const tarballs = (await readdir(packed)).filter((file) => file.endsWith('.tgz'));
  const app = join(packed, 'app');
  await mkdir(app);
  for (const name of ['client', 'webhooks']) {
    await copyFile(
      resolve(root, `packages/${name}/examples/packed-smoke.mjs`),
      join(app, `${name}-smoke.mjs`),
    );
  }
  run('npm', ['init', '-y'], app);
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs.map((t) => `../${t}`)],
    app,
  );
  const client = run(process.execPath, ['client-smoke.mjs'], app);
  process.stdout.write(client);
  if (!/client: created \S+, capture URL https:\/\//.test(client)) {
    throw new Error('the packed client did not create a session');
  }
  const webhooks = run(process.execPath, ['webhooks-smoke.mjs'], app);
  process.stdout.write(webhooks);
  for (const expected of [
    /^handler: \S+ is now STARTED$/m,
    /^pave: 200 /m,
    /^stranger: 401 /m,
    /^broken: 400 .*session_key/m,
  ]) {
    if (!expected.test(webhooks)) {
      throw new Error(`the packed webhooks example did not print ${expected}`);
    }
  }
  console.log(`installed ${tarballs.join(', ')} in a fresh directory and ran the examples`);
} finally {
  await rm(packed, { recursive: true, force: true });
}
