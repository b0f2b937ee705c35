// The check as `pnpm test` runs it, on small READMEs: it type-checks against the built packages
// and runs the saved blocks against a real mock.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';

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

/**
 * The findings about one fixture README.
 * @param {string} output
 * @param {string} fixture
 */
const findingsOf = (output, fixture) =>
  output.split('\n').filter((line) => line.startsWith(`${fixture}:`) && /^\S+:\d+/.test(line));

// One run over every fixture, as `pnpm test` runs the check over every README: one type-check
// program and one mock, each README judged on its own (its blocks in a folder of their own).
const fixtures = ['misspelt-option', 'continued', 'not-continued', 'runnable'].map(
  (name) => `fixtures/${name}.md`,
);
/** @type {{ code: number | null, stdout: string, stderr: string }} */
let check;
beforeAll(async () => {
  check = await runCheck(...fixtures);
}, 240_000);

test('the run counts every block and fails for the broken ones', () => {
  expect(check.code).toBe(1);
  expect(check.stdout).toContain(
    '4 READMEs: 5 TypeScript and 5 JavaScript blocks type-checked (1 continuing an earlier block), 3 run against the mock.',
  );
});

test('a misspelt option fails, naming the README, its line and column, and the rule', () => {
  const findings = findingsOf(check.stderr, 'fixtures/misspelt-option.md');
  expect(findings).toHaveLength(2);
  expect(findings[0]).toContain(`${placeOf('fixtures/misspelt-option.md', 'timeoutMS')} `);
  expect(findings[0]).toMatch(/Object literal may only specify known properties.*'timeoutMS'/);
  expect(findings[0]).toContain("Did you mean to write 'timeoutMs'?");
  // JavaScript blocks are checked too, and a block indented in a list keeps its columns.
  expect(findings[1]).toContain(`${placeOf('fixtures/misspelt-option.md', 'maxRetryAfterMS')} `);
  expect(findings[1]).toMatch(/'maxRetryAfterMS' does not exist in type 'Partial<RetryPolicy>'/);
});

test('a continued block resolves the names of the block before it', () => {
  expect(check.stderr).not.toContain('fixtures/continued.md');
});

test('the same block without `continued` stands alone, and does not compile', () => {
  expect(findingsOf(check.stderr, 'fixtures/not-continued.md')).toEqual([
    `${placeOf('fixtures/not-continued.md', 'createPaveClient({')} Cannot find name 'createPaveClient'.`,
    expect.stringMatching(
      new RegExp(
        `^${placeOf('fixtures/not-continued.md', 'credentials,')} Cannot find name 'credentials'`,
      ),
    ),
  ]);
});

test('saved blocks run against a real mock; a failing one is named with its README line', () => {
  const { stdout, stderr } = check;
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
    `fixtures/runnable.md:${fence('undeclared-status.mjs')} undeclared-status.mjs made the mock give an answer the spec does not allow: GET /v1/callbacks/SESSION:UNKNOWN -> 422`,
  );
  expect(findingsOf(stderr, 'fixtures/runnable.md')).toHaveLength(2);
  // A block nobody is told to save is compiled, never run: of this README's four JavaScript
  // blocks, the three saved ones ran (the run's count above is 3).
  const ran = stdout.split('\n').filter((line) => line.startsWith('  fixtures/runnable.md:'));
  expect(ran).toHaveLength(3);
});
