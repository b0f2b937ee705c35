import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';

const burnerScript = fileURLToPath(new URL('./cpu-burner.mjs', import.meta.url));
/** @type {import('node:child_process').ChildProcess[]} */
const started = [];

afterEach(() => {
  for (const child of started.splice(0)) child.kill('SIGKILL');
});

/** @param {number} limitMs */
function startBurner(limitMs) {
  const child = spawn(process.execPath, [burnerScript, String(limitMs)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  started.push(child);
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited };
}

it('stops when the process that started it lets go', async () => {
  // Its own limit is far beyond the test's, so only the disconnect can end it in time.
  const burner = startBurner(10 * 60_000);
  await new Promise((resolve) => burner.child.once('spawn', resolve));
  burner.child.disconnect();
  expect(await burner.exited).toBe(0);
});

it('stops by itself when its time is up', async () => {
  const burner = startBurner(200);
  expect(await burner.exited).toBe(0);
});
