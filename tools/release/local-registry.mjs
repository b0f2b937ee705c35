// A throwaway npm registry for the release test: Verdaccio on 127.0.0.1, its storage in a folder
// of the caller's, @pave-kit/* served only from what is published to it (never from upstream),
// every other package fetched from the registry npm is configured with.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { stopProcess } from './run-command.mjs';

const USER = 'release-test';

/**
 * @param {{ dir: string, upstream: string }} options `dir` holds storage, config and an .npmrc;
 *   `upstream` is the registry to proxy everything but @pave-kit/* from
 * @returns {Promise<{ url: string, npmrc: string, stop: () => Promise<void> }>} `npmrc` is a user
 *   config that points npm and pnpm at the registry, with a token allowed to publish
 */
export async function startLocalRegistry({ dir, upstream }) {
  const config = join(dir, 'config.yaml');
  await writeFile(config, registryConfig(dir, upstream));
  const child = spawn(
    process.execPath,
    [join(import.meta.dirname, 'local-registry-server.mjs'), config],
    { stdio: ['ignore', 'pipe', 'inherit'], detached: true },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = () => stopProcess(child, exited);
  try {
    const url = await firstLine(child, exited);
    const npmrc = join(dir, 'npmrc');
    const token = await createUser(url);
    const host = url.replace(/^http:/, '');
    await writeFile(npmrc, `registry=${url}\n${host}:_authToken=${token}\n`);
    return { url, npmrc, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** @param {string} dir @param {string} upstream */
function registryConfig(dir, upstream) {
  return `storage: ${JSON.stringify(join(dir, 'storage'))}
auth:
  htpasswd:
    file: ${JSON.stringify(join(dir, 'htpasswd'))}
    max_users: 1
    algorithm: bcrypt
    rounds: 4
# Signed tokens: a legacy token makes Verdaccio check the password on every request, seconds of
# bcrypt each on a busy machine. The password itself is random and thrown away.
security:
  api:
    legacy: false
    jwt:
      sign:
        expiresIn: 2h
uplinks:
  upstream:
    url: ${JSON.stringify(upstream)}
    timeout: 60s
    max_fails: 20
    # Both consumers ask for the same few hundred packages: the second is answered from here.
    cache: true
    maxage: 30m
packages:
  '@pave-kit/*':
    access: $all
    publish: $authenticated
  '**':
    access: $all
    publish: $authenticated
    proxy: upstream
web:
  enable: false
max_body_size: 50mb
log:
  type: stdout
  format: pretty
  level: warn
`;
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {Promise<unknown>} exited
 * @returns {Promise<string>} the URL the server printed
 */
async function firstLine(child, exited) {
  if (!child.stdout) throw new Error('the registry process has no stdout');
  const lines = createInterface({ input: child.stdout });
  const started = new Promise((resolve, reject) => {
    lines.on('line', (line) => {
      try {
        resolve(JSON.parse(line).url);
      } catch {
        process.stdout.write(`registry: ${line}\n`);
      }
    });
    exited.then((code) =>
      reject(new Error(`the local registry exited (${code}) before listening`)),
    );
  });
  return /** @type {Promise<string>} */ (started);
}

/** @param {string} url @returns {Promise<string>} a token of a new user, allowed to publish */
async function createUser(url) {
  const response = await fetch(`${url}-/user/org.couchdb.user:${USER}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: USER, password: randomBytes(16).toString('hex') }),
  });
  const body = /** @type {{ token?: string }} */ (await response.json().catch(() => ({})));
  if (!response.ok || !body.token) {
    throw new Error(`the local registry refused to create a user: ${response.status}`);
  }
  return body.token;
}
