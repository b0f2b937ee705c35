import { describe, expect, test } from 'vitest';
import { credentialsEnv } from '../io.js';
import { spawnPave as spawnWith } from '../spawn-pave.js';
import { useMockedCli } from './harness.js';

const cli = useMockedCli();
const spawnPave = (args: string[]) => spawnWith(args, credentialsEnv);

describe('the pave executable against the mock', () => {
  test('pave sessions create --vin JN1CV6AR9BMXXXXXX --base-url <mock> prints a capture URL', async () => {
    const { code, stdout, stderr } = await spawnPave(
      `sessions create --vin JN1CV6AR9BMXXXXXX --base-url ${cli.mock.url}`.split(' '),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Capture URL: https:\/\/\S+\nSession key: \S+\n$/);
  }, 20_000);

  test('a 404 ends the process with exit code 5', async () => {
    const { code, stderr } = await spawnPave(
      `sessions get XXX-ABCDE12345 --base-url ${cli.mock.url} --prefer code=404`.split(' '),
    );
    expect(code).toBe(5);
    expect(stderr).toMatch(/^Not found \(404\)/);
  }, 20_000);
});
