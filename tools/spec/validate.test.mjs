import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { misspellFirstSchemaRef } from './test-support/break-spec.mjs';
import { runTarget } from './test-support/run-target.mjs';
import {
  copySpec,
  FIXTURE_SPEC,
  removeSpecCopies,
  SPECS,
} from './test-support/specs-under-test.mjs';

afterAll(removeSpecCopies);

describe('validate', () => {
  it('passes a valid spec and counts what it holds', () => {
    const { status, output } = runTarget('validate', FIXTURE_SPEC);
    expect(status, output).toBe(0);
    expect(output).toContain('valid OpenAPI 3.1.0, 1 paths, 1 operations, 4 schemas, 1 webhooks');
  });

  it('names the line of a YAML syntax error', () => {
    const spec = copySpec(FIXTURE_SPEC, (text) =>
      text.replace('  version: 1.0.0', '   version: 1'),
    );
    const { status, output } = runTarget('validate', spec);
    expect(status).toBe(1);
    expect(output).toMatch(/pave\.yaml:3:\d+ /);
  });

  describe.each(SPECS)('on $label', ({ file }) => {
    it('fails on a misspelled $ref and names its line and the bad pointer', () => {
      const broken = misspellFirstSchemaRef(readFileSync(file, 'utf8'));
      const { status, output } = runTarget(
        'validate',
        copySpec(file, () => broken.text),
      );
      expect(status).toBe(1);
      expect(output).toMatch(
        new RegExp(`pave\\.yaml:${broken.line}:\\d+ \\$ref '${broken.detail}' does not resolve`),
      );
    });
  });
});
