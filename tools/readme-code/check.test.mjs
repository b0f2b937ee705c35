// The check as `pnpm test` runs it, on small READMEs: it type-checks against the built packages
// and runs the saved blocks against a real mock.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/**
 * @param {string[]} readmes
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
function runCheck(...readmes) {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['check.mjs', ...readmes],
      { cwd: import.meta.dirname, encoding: 'utf8' },
      (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
    );
  });
}

/**
 * Where `text` first appears in a fixture, as `fixtures/name.md:line:column`.
 * @param {string} fixture
 * @param {string} text
 * @param {string} [onLine] text that picks the line, when `text` is on several
 */
function placeOf(fixture, text, onLine = text) {
  const lines = readFileSync(join(import.meta.dirname, fixture), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(onLine));
  if (index < 0) throw new Error(`${fixture} does not contain ${text}`);
  return `${fixture}:${index + 1}:${(lines[index] ?? '').indexOf(text) + 1}`;
}

/** @param {string} output */
const findingsOf = (output) => output.split('\n').filter((line) => /^fixtures\/\S+:\d+/.test(line));

test('a misspelt option fails, naming the README, its line and column, and the rule', async () => {
  const { code, stderr } = await runCheck('fixtures/misspelt-option.md');
  expect(code).toBe(1);
  const findings = findingsOf(stderr);
  expect(findings).toHaveLength(2);
  expect(findings[0]).toContain(`${placeOf('fixtures/misspelt-option.md', 'timeoutMS')} `);
  expect(findings[0]).toMatch(/Object literal may only specify known properties.*'timeoutMS'/);
  expect(findings[0]).toContain("Did you mean to write 'timeoutMs'?");
  // JavaScript blocks are checked too, and a block indented in a list keeps its columns.
  expect(findings[1]).toContain(`${placeOf('fixtures/misspelt-option.md', 'maxRetryAfterMS')} `);
  expect(findings[1]).toMatch(/'maxRetryAfterMS' does not exist in type 'Partial<RetryPolicy>'/);
});

test('a continued block resolves the names of the block before it', async () => {
  const { code, stdout, stderr } = await runCheck('fixtures/continued.md');
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(stdout).toContain('2 TypeScript and 0 JavaScript blocks type-checked (1 continuing');
});

test('the same block without `continued` stands alone, and does not compile', async () => {
  const { code, stderr } = await runCheck('fixtures/not-continued.md');
  expect(code).toBe(1);
  expect(findingsOf(stderr)).toEqual([
    `${placeOf('fixtures/not-continued.md', 'createPaveClient({')} Cannot find name 'createPaveClient'.`,
    expect.stringMatching(
      new RegExp(
        `^${placeOf('fixtures/not-continued.md', 'credentials,')} Cannot find name 'credentials'`,
      ),
    ),
  ]);
});

test('saved blocks run against a real mock; a failing one is named with its README line', async () => {
  const { code, stdout, stderr } = await runCheck('fixtures/runnable.md');
  expect(code).toBe(1);
  const lines = readFileSync(join(import.meta.dirname, 'fixtures/runnable.md'), 'utf8').split('\n');
  // The line of the fence that follows the words "save as `name`".
  const fence = (/** @type {string} */ name) => {
    const said = lines.findIndex((line) => line.includes(`\`${name}\``));
    return said + 1 + lines.slice(said).findIndex((line) => line.startsWith('```'));
  };

  // A block that creates a session with the credentials the check puts in the environment.
  expect(stdout).toContain(
    `fixtures/runnable.md:${fence('create-session.mjs')} create-session.mjs ran; the mock answered POST /v1/sessions -> 201`,
  );
  // A block that throws: named, with the exception's place in README terms.
  expect(stderr).toContain(
    `fixtures/runnable.md:${fence('wrong-secret.mjs')} node wrong-secret.mjs exited with code 1:`,
  );
  expect(stderr).toContain('PaveApiError: PAVE answered 401 to GET /v1/sessions/XXX-ABCDE12345');
  expect(stderr).toContain(`at ${placeOf('fixtures/runnable.md', 'unwrap(', 'refused = ')}`);
  // A block that exits 0 but got an answer the spec does not allow.
  expect(stderr).toContain(
    `fixtures/runnable.md:${fence('undeclared-status.mjs')} undeclared-status.mjs made the mock give an answer the spec does not allow: POST /v1/sessions -> 404`,
  );
  expect(findingsOf(stderr)).toHaveLength(2);
  // A block nobody is told to save is compiled, never run.
  expect(stdout).toContain('4 JavaScript blocks type-checked');
  expect(stdout).toContain('3 run against the mock');
});
