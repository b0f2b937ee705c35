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

  it('checks formats, in header examples too', () => {
    const spec = copySpec(FIXTURE_SPEC, (text) =>
      text.replace('example: https://api.test.invalid/v1/sessions/SK-1', 'example: not a link'),
    );
    const { status, output } = runTarget('examples', spec);
    expect(status).toBe(1);
    expect(output).toMatch(
      /pave\.yaml:\d+:\d+ paths\.\/v1\/sessions\.post\.responses\.201\.headers\.Location\.example: \/ must match format "uri"/,
    );
  });

  it('checks parameter examples and schema `examples` lists', () => {
    const spec = copySpec(FIXTURE_SPEC, (text) =>
      text
        .replace('example: a1b2c3d4e5', 'example: a1b2')
        .replace('examples: [1HGCM82633A004352]', 'examples: [1HGCM82633A00435]'),
    );
    const { status, output } = runTarget('examples', spec);
    expect(status).toBe(1);
    expect(output).toContain(
      'paths./v1/sessions.post.parameters.0.example: / must NOT have fewer than 8 characters',
    );
    expect(output).toContain(
      'components.schemas.Vehicle.properties.vin.examples.0: / must NOT have fewer than 17 characters',
    );
  });

  it('accepts a property the schema does not forbid, as the run-time validators do', () => {
    const spec = copySpec(FIXTURE_SPEC, (text) =>
      text.replace('        status: IDLE\n', '        status: IDLE\n        colour: red\n'),
    );
    const { status, output } = runTarget('examples', spec);
    expect(status, output).toBe(0);
  });

  it('refuses a misspelled keyword instead of checking nothing with it', () => {
    const spec = copySpec(FIXTURE_SPEC, (text) =>
      text.replace('          minLength: 17', '          minLenght: 17'),
    );
    const { status, output } = runTarget('examples', spec);
    expect(status).toBe(1);
    expect(output).toMatch(
      /pave\.yaml:\d+:\d+ components\.schemas\.Vehicle\.properties\.vin: schema does not compile, its examples are not checked: strict mode: unknown keyword: "minLenght"/,
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
