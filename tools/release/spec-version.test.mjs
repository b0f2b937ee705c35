import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPEC, WORKSPACE_ROOT } from '../spec-diff/spec-files.mjs';
import { readInfoVersion, withInfoVersion } from './spec-version.mjs';

const spec = readFileSync(join(WORKSPACE_ROOT, SPEC), 'utf8');

describe('withInfoVersion', () => {
  it('changes info.version and not one other byte of the real spec', () => {
    const updated = withInfoVersion(spec, '2.3.1-release-test-20261202150000');
    expect(readInfoVersion(updated)).toBe('2.3.1-release-test-20261202150000');
    const [before, after] = [spec.split('\n'), updated.split('\n')];
    const changed = before.flatMap((line, index) => (line === after[index] ? [] : [index]));
    expect(after).toHaveLength(before.length);
    expect(changed).toHaveLength(1);
    expect(after[changed[0] ?? -1]).toBe('  version: 2.3.1-release-test-20261202150000');
  });

  it('replaces a quoted version too', () => {
    const text = "openapi: 3.1.0\ninfo:\n  title: x\n  version: '1.0'\npaths: {}\n";
    expect(withInfoVersion(text, '1.1.0')).toBe(
      'openapi: 3.1.0\ninfo:\n  title: x\n  version: 1.1.0\npaths: {}\n',
    );
  });

  it('refuses what is not a version, and a spec without info.version', () => {
    expect(() => withInfoVersion(spec, '1.0.0\nx: y')).toThrow('not a version');
    expect(() => withInfoVersion('openapi: 3.1.0\npaths: {}\n', '1.0.0')).toThrow(
      'no info.version',
    );
  });
});
