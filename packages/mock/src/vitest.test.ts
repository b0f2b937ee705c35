import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { usePaveMock } from './vitest.js';

// vitest's own command line, found beside its package.json (its exports do not list the bin).
const vitestBin = join(
  dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
  'vitest.mjs',
);
const anyAuth = { 'API-Key': 'k', 'API-Token': 't', 'API-Timestamp': '2021-05-30T12:49:19Z' };

describe('usePaveMock', () => {
  const pave = usePaveMock();

  test('starts a mock before the tests and gives its URL', async () => {
    expect(pave.url).toBe(pave.mock.url);
    const response = await fetch(`${pave.url}/v1/callbacks`, { headers: anyAuth });
    expect(response.status).toBe(200);
    expect(pave.mock.served).toContain('listCallbacks');
  });
});

test('fails the test that got an answer the spec does not allow, and only that one', () => {
  const fixtures = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
  const run = spawnSync(
    process.execPath,
    [vitestBin, 'run', '--config', 'vitest.config.ts', '--reporter', 'verbose'],
    { cwd: fixtures, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  const output = run.stdout + run.stderr;
  expect(run.status, output).toBe(1);
  expect(output).toMatch(/× .*asks for an event outside the enum/);
  expect(output).toMatch(/✓ .*a later test is not blamed for it/);
  expect(output).toContain('answers from the PAVE mock that the spec does not allow');
  expect(output).toMatch(/GET[\s\S]*\/v1\/callbacks\/SESSION:UNKNOWN[\s\S]*422/);
}, 60_000);
