// The command as a developer runs it: exit codes, and the changes named on copies of the real spec.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { RELEASED_SPEC, SPEC, WORKSPACE_ROOT } from './spec-files.mjs';

const dir = mkdtempSync(join(tmpdir(), 'spec-diff-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** @param {string[]} args */
function specDiff(args) {
  const result = spawnSync(
    process.execPath,
    [join(import.meta.dirname, 'spec-diff.mjs'), ...args],
    {
      cwd: WORKSPACE_ROOT,
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A copy of the real spec with one edit, made on the YAML document so everything else is as is.
 * @param {string} name
 * @param {(document: import('yaml').Document.Parsed) => void} edit
 */
function editedSpec(name, edit) {
  const document = parseDocument(readFileSync(join(WORKSPACE_ROOT, SPEC), 'utf8'));
  edit(document);
  const path = join(dir, `${name}.yaml`);
  writeFileSync(path, document.toString());
  return path;
}

const spec = join(WORKSPACE_ROOT, SPEC);
const createRequest = '/paths/~1v1~1sessions/post/requestBody/content/application~1json/schema';

describe('on copies of the real spec', () => {
  it.each([
    {
      change: 'the photos operation removed',
      edit: (/** @type {any} */ d) =>
        d.deleteIn(['paths', '/v1/sessions/{session_key}/photos', 'get']),
      line: 'breaking     /paths/~1v1~1sessions~1{session_key}~1photos/get',
    },
    {
      change: 'Session.status removed',
      edit: (/** @type {any} */ d) =>
        d.deleteIn(['components', 'schemas', 'Session', 'properties', 'status']),
      line: 'breaking     /paths/~1v1~1sessions~1{session_key}/get/responses/200/content/application~1json/schema/properties/status',
    },
    {
      change: 'sms required in the create request',
      edit: (/** @type {any} */ d) =>
        d.setIn(['components', 'schemas', 'CreateSessionRequest', 'required'], ['sms']),
      line: `breaking     ${createRequest}/required/0`,
    },
    {
      change: 'CAPT removed from Theme',
      edit: (/** @type {any} */ d) => {
        const themes = d.getIn(['components', 'schemas', 'Theme', 'enum']).toJSON();
        d.setIn(
          ['components', 'schemas', 'Theme', 'enum'],
          themes.filter((/** @type {string} */ t) => t !== 'CAPT'),
        );
      },
      line: `breaking     ${createRequest}/properties/session/properties/theme/enum/`,
    },
  ])('$change: exit 1, naming it', ({ change, edit, line }) => {
    const head = editedSpec(change.replaceAll(/\W+/g, '-'), edit);
    const { status, stdout } = specDiff([spec, head]);
    expect(status, stdout).toBe(1);
    expect(stdout).toContain(line);
    expect(stdout).toMatch(/^\d+ breaking, \d+ non-breaking change\(s\) from /m);
  });

  it.each([
    {
      change: 'an optional request property added',
      edit: (/** @type {any} */ d) =>
        d.setIn(['components', 'schemas', 'Vehicle', 'properties', 'nickname'], { type: 'string' }),
      line: `non-breaking ${createRequest}/properties/vehicle/properties/nickname`,
    },
    {
      change: 'a description edited',
      edit: (/** @type {any} */ d) =>
        d.setIn(['components', 'schemas', 'Theme', 'description'], 'The capture experience.'),
      line: `non-breaking ${createRequest}/properties/session/properties/theme/description`,
    },
  ])('$change: exit 0, listing it', ({ change, edit, line }) => {
    const head = editedSpec(change.replaceAll(/\W+/g, '-'), edit);
    const { status, stdout } = specDiff([spec, head]);
    expect(status, stdout).toBe(0);
    expect(stdout).toContain(line);
    expect(stdout).toMatch(/^0 breaking, \d+ non-breaking change\(s\) from /m);
  });
});

describe('exit codes', () => {
  it('2, naming the file, when an input is not OpenAPI', () => {
    const notSpec = join(dir, 'notes.yaml');
    writeFileSync(notSpec, '- just\n- a list\n');
    const { status, stderr } = specDiff([spec, notSpec]);
    expect(status).toBe(2);
    expect(stderr).toContain(`${notSpec}: not an OpenAPI 3 document`);
  });

  it('2, naming the file, when an input is missing', () => {
    const { status, stderr } = specDiff(['openapi/nope.yaml', SPEC]);
    expect(status).toBe(2);
    expect(stderr).toContain('openapi/nope.yaml: no such file');
  });

  it('2 with the usage when given one file', () => {
    const { status, stderr } = specDiff([SPEC]);
    expect(status).toBe(2);
    expect(stderr).toContain('Usage: pnpm spec:diff [BASE HEAD]');
  });

  it('without arguments, compares the last release with the working copy', () => {
    const { status, stdout } = specDiff([]);
    expect([0, 1]).toContain(status);
    expect(stdout).toMatch(new RegExp(`from ${RELEASED_SPEC} to ${SPEC}\\.$`, 'm'));
  });
});
