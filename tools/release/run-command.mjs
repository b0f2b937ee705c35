// Runs a command with its output shown as it comes, and fails with the command line and its exit
// code; the release scripts are sequences of these. Commands still running can be stopped at once
// (the release test does when it is interrupted).
import { spawn } from 'node:child_process';

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, capture?: boolean }} [options] `capture`
 *   collects stdout and stderr instead of showing them (for commands whose output is checked)
 * @returns {Promise<{ code: number, output: string }>} resolves only on exit code 0
 */
export function runCommand(command, args, { cwd, env, capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    });
    running.add(child);
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
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

/** Stops every command `runCommand` started that is still running. */
export async function stopRunningCommands() {
  await Promise.all(
    [...running].map((child) =>
      stopProcess(child, new Promise((resolve) => child.once('close', resolve))),
    ),
  );
}

/**
 * SIGTERM, then SIGKILL if the process is still there after a grace period.
 * @param {import('node:child_process').ChildProcess} child
 * @param {Promise<unknown>} exited settles when it has exited
 */
export async function stopProcess(child, exited, graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  let timer;
  const killed = new Promise((resolve) => {
    timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(undefined);
    }, graceMs);
  });
  await Promise.race([exited, killed]);
  clearTimeout(timer);
  await exited;
}
