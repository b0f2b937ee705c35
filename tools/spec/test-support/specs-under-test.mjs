// The specs the checks are tested on: a small fixture, and the project's real spec. Each is
// copied into a temp folder before a test breaks it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from './run-target.mjs';

export const FIXTURE_SPEC = join(WORKSPACE_ROOT, 'tools/spec/fixtures/valid.yaml');
export const REAL_SPEC = join(WORKSPACE_ROOT, 'openapi/pave.yaml');

/** @type {{ label: string, file: string }[]} */
export const SPECS = [
  { label: 'fixture', file: FIXTURE_SPEC },
  { label: 'openapi/pave.yaml', file: REAL_SPEC },
];

/** @type {string[]} */
const copyFolders = [];

/**
 * @param {string} file the spec to copy
 * @param {(text: string) => string} [edit]
 * @returns {string} absolute path of the copy, named pave.yaml
 */
export function copySpec(file, edit = (text) => text) {
  const folder = mkdtempSync(join(tmpdir(), 'spec-check-'));
  copyFolders.push(folder);
  const copy = join(folder, 'pave.yaml');
  writeFileSync(copy, edit(readFileSync(file, 'utf8')));
  return copy;
}

export function removeSpecCopies() {
  for (const folder of copyFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
}
