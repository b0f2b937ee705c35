// pnpm test:release: a release, end to end, without leaving this machine or touching the checkout.
// A copy of the workspace is versioned as a snapshot and published, with the release's own
// commands, to a throwaway Verdaccio on 127.0.0.1; then projects made with plain npm in a temp
// folder install from it and use the packages as a team would (ESM and CommonJS, the contract
// test of the README, the commands). Verdaccio is stopped and every temp folder removed, whether
// a step fails or the run is interrupted.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishedPackages } from '../pack/packages.mjs';
import { checkCommands } from './consumers/commands.mjs';
import { checkCommonJsConsumer } from './consumers/commonjs-consumer.mjs';
import { checkEsmConsumer } from './consumers/esm-consumer.mjs';
import { npmProject } from './consumers/npm-project.mjs';
import { startLocalRegistry } from './local-registry.mjs';
import { readPackage } from './release-policy.mjs';
import { runCommand, stopRunningCommands } from './run-command.mjs';
import { copyWorkspace } from './workspace-copy.mjs';

const started = Date.now();
const step = (/** @type {string} */ what) =>
  console.log(`\n[release test ${((Date.now() - started) / 1000).toFixed(0)} s] ${what}`);

// Asked before the environment is cleaned: a team's npm may point at a mirror.
const upstream = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim();
const work = await mkdtemp(join(tmpdir(), 'pave-kit-release-'));
/** @type {Array<() => Promise<void>>} */
const cleanups = [() => rm(work, { recursive: true, force: true }), stopRunningCommands];
let cleaning = false;
async function cleanUp() {
  if (cleaning) return;
  cleaning = true;
  for (const cleanup of cleanups.reverse()) await cleanup().catch(console.error);
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the registry and removing ${work}`);
    cleanUp().finally(() => process.exit(130));
  });
}

try {
  step(`starting Verdaccio (storage in ${work}/registry, upstream ${upstream})`);
  await mkdir(join(work, 'registry'));
  const registry = await startLocalRegistry({ dir: join(work, 'registry'), upstream });
  cleanups.push(registry.stop);
  console.log(`registry: ${registry.url}`);

  const env = childEnvironment(registry);
  const workspace = join(work, 'workspace');
  step(`copying the workspace to ${workspace}`);
  console.log(`${await copyWorkspace(workspace)} files`);
  // From the store the checkout was installed from, not through the test's registry.
  await runCommand('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], {
    cwd: workspace,
    env: childEnvironment(),
    stoppable: true,
  });

  step('versioning every published package as a snapshot: pnpm release:version --snapshot');
  const names = await Promise.all(
    publishedPackages.map(async (dir) => (await readPackage(workspace, dir)).name),
  );
  await writeFile(
    join(workspace, '.changeset/release-test.md'),
    `---\n${names.map((name) => `"${name}": patch`).join('\n')}\n---\n\nRelease test.\n`,
  );
  await runCommand('pnpm', ['release:version', '--snapshot', 'release-test'], {
    cwd: workspace,
    env,
    stoppable: true,
  });

  step('publishing: pnpm release:publish');
  await runCommand('pnpm', ['release:publish'], { cwd: workspace, env, stoppable: true });
  const published = await Promise.all(publishedPackages.map((dir) => readPackage(workspace, dir)));

  // Side by side: both mostly wait on the network while they install.
  const esm = npmProject({ dir: join(work, 'consumers/esm'), env });
  const commonJs = npmProject({ dir: join(work, 'consumers/commonjs'), env });
  step(`consumers: ${esm.dir} (ES modules, then the commands) and ${commonJs.dir} (CommonJS)`);
  const outcomes = await Promise.allSettled([
    checkEsmConsumer(esm).then(() => checkCommands(esm, env)),
    checkCommonJsConsumer(commonJs),
  ]);
  const failures = outcomes.flatMap((outcome) =>
    outcome.status === 'rejected' ? [String(outcome.reason?.message ?? outcome.reason)] : [],
  );
  if (failures.length > 0) throw new Error(failures.join('\n\n'));

  step('what the consumers installed');
  const installed = [...(await esm.installedPaveKit()), ...(await commonJs.installedPaveKit())];
  const fromElsewhere = installed.filter(({ resolved }) => !resolved?.startsWith(registry.url));
  const expected = new Map(published.map(({ name, version }) => [name, version]));
  const otherVersion = installed.filter(({ name, version }) => expected.get(name) !== version);
  for (const { name, version, resolved } of new Map(
    installed.map((entry) => [entry.name, entry]),
  ).values()) {
    console.log(`${name}@${version}  ${resolved}`);
  }
  if (fromElsewhere.length > 0 || otherVersion.length > 0) {
    throw new Error(
      `the consumers installed packages that are not the ones just published to ${registry.url}: ${JSON.stringify([...fromElsewhere, ...otherVersion])}`,
    );
  }
  step(
    `passed: ${published.length} packages published to the local registry and used from npm projects outside the workspace`,
  );
} catch (error) {
  console.error(`\nrelease test failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

/**
 * The environment of the commands the test runs: nothing inherited from the pnpm that started
 * this script (its npm_* variables would steer npm and pnpm below), no Nx daemon left behind, no
 * colours in checked output, and, when given, the test's registry and its token (in a user config
 * of its own, so the machine's ~/.npmrc does not take part).
 * @param {{ url: string, npmrc: string }} [registry]
 */
function childEnvironment(registry) {
  /** @type {NodeJS.ProcessEnv} */
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|pnpm_|PNPM_SCRIPT|INIT_CWD$)/i.test(key)) env[key] = value;
  }
  return {
    ...env,
    ...(registry
      ? { npm_config_registry: registry.url, npm_config_userconfig: registry.npmrc }
      : {}),
    npm_config_update_notifier: 'false',
    // The lockfile's `resolved` URLs are the proof of where packages came from: keep them.
    npm_config_omit_lockfile_registry_resolved: 'false',
    NX_DAEMON: 'false',
    NX_NO_CLOUD: 'true',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}
