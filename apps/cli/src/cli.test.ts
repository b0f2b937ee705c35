import { describe, expect, test } from 'vitest';
import { spawnPave as pave } from '../test/spawn-pave.js';

describe('the pave executable', () => {
  test('exits 2 on a 16-character VIN, printing the rule and no stack', async () => {
    const { code, stdout, stderr } = await pave(
      'sessions create --vin JN1CV6AR9BMXXXXX'.split(' '),
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'vehicle.vin: must be 17 characters, got 16\nNothing was sent: the input breaks the PAVE spec.\n',
    );
  }, 20_000);

  test('exits 2 naming the missing credentials', async () => {
    const { code, stderr } = await pave(['sessions', 'get', 'XXX-ABCDE12345'], {
      PAVE_API_KEY: 'key_123',
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Missing environment variables: PAVE_USERNAME, PAVE_API_SECRET\./);
  }, 20_000);

  test('prints the version and exits 0', async () => {
    const { code, stdout } = await pave(['--version']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  }, 20_000);
});
