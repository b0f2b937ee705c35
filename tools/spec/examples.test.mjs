import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { shortenFirstExampleVin } from './test-support/break-spec.mjs';
import { runTarget } from './test-support/run-target.mjs';
import {
  copySpec,
  FIXTURE_SPEC,
  removeSpecCopies,
  SPECS,
} from './test-support/specs-under-test.mjs';

afterAll(removeSpecCopies);

describe('examples', () => {
  it('passes when every example matches its schema, and counts them', () => {
    const { status, output } = runTarget('examples', FIXTURE_SPEC);
    expect(status, output).toBe(0);
    expect(output).toContain('8 examples match their schemas');
  });

  it('names the example, the value inside it and its line', () => {
    const broken = shortenFirstExampleVin(readFileSync(FIXTURE_SPEC, 'utf8'));
    const { status, output } = runTarget(
      'examples',
      copySpec(FIXTURE_SPEC, () => broken.text),
    );
    expect(status).toBe(1);
    expect(output).toContain(
      `pave.yaml:${broken.line}:${broken.col} ` +
        'paths./v1/sessions.post.requestBody.content.application/json.examples.full-vehicle: ' +
        '/vehicle/vin must NOT have fewer than 17 characters',
    );
  });

  it('follows a $ref to components/examples and points at the referenced value', () => {
    const spec = copySpec(FIXTURE_SPEC, (text) =>
      text.replace('session_key: SK-1', 'session_key: 7'),
    );
    const { status, output } = runTarget('examples', spec);
    expect(status).toBe(1);
    expect(output).toMatch(
      /pave\.yaml:\d+:\d+ paths\.\/v1\/sessions\.post\.responses\.201\.content\.application\/json\.examples\.created \(#\/components\/examples\/CreatedSession\): \/session_key must be string/,
    );
  });

  it('fails when the spec has no examples at all', () => {
    const spec = copySpec(FIXTURE_SPEC, () =>
      ['openapi: 3.1.0', 'info: { title: t, version: "1" }', 'paths: {}', ''].join('\n'),
    );
    const { status, output } = runTarget('examples', spec);
    expect(status).toBe(1);
    expect(output).toContain('no examples found');
  });

  describe.each(SPECS)('on $label', ({ file }) => {
    it('fails on a 16-character VIN and names the value and its line', () => {
      const broken = shortenFirstExampleVin(readFileSync(file, 'utf8'));
      const { status, output } = runTarget(
        'examples',
        copySpec(file, () => broken.text),
      );
      expect(status).toBe(1);
      expect(output).toMatch(
        new RegExp(`pave\\.yaml:${broken.line}:${broken.col} \\S+: \\S*/vin must NOT have fewer`),
      );
    });
  });
});
