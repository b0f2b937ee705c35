// Runs a command with its output shown as it comes, and fails with the command line and its exit
// code; the release scripts are sequences of these. Commands still running can be stopped at once
// (the release test does when it is interrupted).
import { spawn } from 'node:child_process';

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, capture?: boolean, stoppable?: boolean }} [options]
 *   `capture` collects stdout and stderr instead of showing them (for commands whose output is
 *   checked); `stoppable` runs the command in a process group of its own, so that
 *   `stopRunningCommands` stops everything it started (pnpm -> nx -> tsdown ...), and Ctrl-C
 *   reaches it only through whoever calls that
 * @returns {Promise<{ code: number, output: string }>} resolves only on exit code 0
 */
export function runCommand(command, args, { cwd, env, capture = false, stoppable = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
      detached: stoppable,
    });
    if (stoppable) running.add(child);
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', (error) => {
      running.delete(child);
      reject(error);
    });
    child.on('close', (code, signal) => {
      running.delete(child);
      if (code === 0) resolve({ code, output });
      else {
        const how = signal ? `was stopped by ${signal}` : `exited with ${code}`;
        reject(
          Object.assign(
            new Error(`\`${[command, ...args].join(' ')}\` ${how}${capture ? `:\n${output}` : ''}`),
            {
              code,
              output,
            },
          ),
        );
      }
    });
  });
}

/** Stops every stoppable command `runCommand` started that is still running. */
export async function stopRunningCommands() {
  await Promise.all(
    [...running].map((child) =>
      stopProcess(child, new Promise((resolve) => child.once('close', resolve))),
    ),
  );
}

/**
 * SIGTERM to the process and everything it started (it must have been spawned with `detached`,
 * which makes it a process group), then SIGKILL if it is still there after a grace period.
 * @param {import('node:child_process').ChildProcess} child
 * @param {Promise<unknown>} exited settles when it has exited
 */
export async function stopProcess(child, exited, graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  signalGroup(child, 'SIGTERM');
  let timer;
  const killed = new Promise((resolve) => {
    timer = setTimeout(() => {
      signalGroup(child, 'SIGKILL');
      resolve(undefined);
    }, graceMs);
  });
  await Promise.race([exited, killed]);
  clearTimeout(timer);
  await exited;
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
function signalGroup(child, signal) {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}
