import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { shortenFirstExampleVin } from './test-support/break-spec.mjs';
import { runTarget } from './test-support/run-target.mjs';
import { copySpec, FIXTURE_SPEC, removeSpecCopies } from './test-support/specs-under-test.mjs';

afterAll(removeSpecCopies);

// The other cases of the examples check are in checks.test.mjs, beside those of the other checks.
describe('examples', () => {
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
});
