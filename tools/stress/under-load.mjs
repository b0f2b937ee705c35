// `pnpm test:stress`: runs the client, mock, webhooks, CLI and portal test suites several times in a row
// while processes keep the CPU busy, to find the tests that pass only on a quiet machine.
//   node tools/stress/under-load.mjs [--rounds 3] [--burners 2] [--projects client,mock,webhooks,cli,portal]
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// A round that takes longer than this is stopped and counted as failed: a hang must not hold the
// machine (and the burners) for ever.
const ROUND_LIMIT_MS = 15 * 60_000;

const root = fileURLToPath(new URL('../..', import.meta.url));
const nx = createRequire(import.meta.url).resolve('nx/bin/nx.js');
const burnerScript = fileURLToPath(new URL('./cpu-burner.mjs', import.meta.url));
const options = readOptions();

/** @type {Set<import('node:child_process').ChildProcess>} */
const burners = new Set();
/** @type {import('node:child_process').ChildProcess | undefined} */
let round;
process.on('exit', stopEverything);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the burners and the tests`);
    process.exit(130);
  });
}

// Builds first, on a quiet machine and from the cache when it can: the rounds measure tests only.
const build = spawnSync(
  process.execPath,
  [nx, 'run-many', '-t', 'build', '-p', ...options.projects, '--outputStyle=static'],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) {
  console.error('the build failed; nothing was stress-tested');
  process.exit(1);
}

const burnerLimitMs = options.rounds * ROUND_LIMIT_MS + 60_000;
for (let i = 0; i < options.burners; i += 1) {
  const burner = spawn(process.execPath, [burnerScript, String(burnerLimitMs)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  burners.add(burner);
  burner.on('exit', () => burners.delete(burner));
}
console.log(`${burners.size} CPU burners running; ${options.rounds} rounds of tests`);

/** @type {{ status: number | null, timedOut: boolean, seconds: number, load: string, failures: string[] }[]} */
const results = [];
for (let i = 1; i <= options.rounds; i += 1) {
  console.log(`\n== round ${i} of ${options.rounds}: ${options.projects.join(', ')}`);
  results.push(await runRound());
}
stopEverything();

console.log('\n== test:stress summary');
results.forEach((result, index) => {
  const verdict = result.status === 0 ? 'passed' : result.timedOut ? 'stopped: too slow' : 'failed';
  console.log(`round ${index + 1}: ${verdict} in ${result.seconds} s (load ${result.load})`);
  for (const failure of result.failures) console.log(`  ${failure}`);
});
const failedRounds = results.filter((result) => result.status !== 0).length;
console.log(`${results.length - failedRounds} of ${results.length} rounds passed under load`);
process.exitCode = failedRounds > 0 ? 1 : 0;

/** Runs every suite once, from scratch, in its own process group so it can be stopped whole. */
function runRound() {
  const started = Date.now();
  const args = ['run-many', '-t', 'test', '-p', ...options.projects];
  args.push('--skipNxCache', '--excludeTaskDependencies', '--outputStyle=static');
  const child = spawn(process.execPath, [nx, ...args], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  round = child;
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child);
  }, ROUND_LIMIT_MS);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearTimeout(timer);
      round = undefined;
      resolve({
        status,
        timedOut,
        seconds: Math.round((Date.now() - started) / 1000),
        load: loadavg()
          .map((value) => value.toFixed(1))
          .join(' '),
        failures: failuresIn(output),
      });
    });
  });
}

/**
 * @param {string} output what Nx and vitest printed
 * @returns {string[]} each failed test (or test file), once, with its project
 */
function failuresIn(output) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes are control characters
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const failures = new Set();
  // Nx prints `> nx run <project>:test` before each task's output.
  for (const section of plain.split(/^> nx run /m).slice(1)) {
    const project = section.slice(0, section.indexOf(':'));
    for (const match of section.matchAll(/^ FAIL +(.+)$/gm))
      failures.add(`${project}: ${match[1]}`);
  }
  return [...failures];
}

function stopEverything() {
  for (const burner of burners) burner.kill('SIGKILL');
  burners.clear();
  if (round) killGroup(round);
}

/** @param {import('node:child_process').ChildProcess} child */
function killGroup(child) {
  if (child.pid === undefined) return;
  try {
    // The negative id names the process group: Nx, vitest, its workers and what the tests started.
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // It had already ended.
  }
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '3' },
      burners: { type: 'string', default: '2' },
      projects: { type: 'string', default: 'client,mock,webhooks,cli,portal' },
    },
  });
  const count = (/** @type {string} */ name, /** @type {string} */ raw) => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > 20) {
      console.error(`--${name} must be a whole number from 1 to 20, got "${raw}"`);
      process.exit(2);
    }
    return value;
  };
  const projects = values.projects.split(',').filter(Boolean);
  if (projects.length === 0) {
    console.error('--projects must name at least one project, e.g. client,mock');
    process.exit(2);
  }
  return {
    rounds: count('rounds', values.rounds),
    burners: count('burners', values.burners),
    projects,
  };
}
