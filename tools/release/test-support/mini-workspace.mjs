// A throwaway workspace shaped like pave-kit's (the published packages, the changeset config, the
// spec and the spec as last released), for tests of the release checks.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { publishedPackages } from '../../pack/packages.mjs';
import { RELEASED_SPEC, SPEC, WORKSPACE_ROOT } from '../../spec-diff/spec-files.mjs';
import { withInfoVersion } from '../spec-version.mjs';

const FIXTURES = join(WORKSPACE_ROOT, 'tools/spec-diff/fixtures');

/**
 * @param {{ version?: string, fixture?: string }} [options] every package's version, and the
 *   spec-diff fixture whose before.yaml is the released spec and after.yaml the current one
 */
export function createMiniWorkspace({
  version = '1.4.0',
  fixture = 'response-property-removed',
} = {}) {
  const root = mkdtempSync(join(tmpdir(), 'pave-kit-release-check-'));
  write(root, 'package.json', JSON.stringify({ name: 'mini', private: true }));
  write(root, 'pnpm-workspace.yaml', 'packages:\n  - packages/*\n  - apps/*\n');
  cpSync(join(WORKSPACE_ROOT, '.changeset/config.json'), join(root, '.changeset/config.json'));
  for (const dir of publishedPackages) {
    const { name } = JSON.parse(readFileSync(join(WORKSPACE_ROOT, dir, 'package.json'), 'utf8'));
    write(root, `${dir}/package.json`, JSON.stringify({ name, version }));
  }
  const spec = (/** @type {string} */ side) =>
    withInfoVersion(readFileSync(join(FIXTURES, fixture, side), 'utf8'), version);
  write(root, RELEASED_SPEC, spec('before.yaml'));
  write(root, SPEC, spec('after.yaml'));
  return {
    root,
    /** @param {string} path @param {string} text */
    write: (path, text) => write(root, path, text),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** @param {string} root @param {string} path @param {string} text */
function write(root, path, text) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
