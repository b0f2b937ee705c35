import { describe, expect, test } from 'vitest';
import { useMockedCli } from './harness.js';

const cli = useMockedCli({ stateful: true });
const vin = 'JN1CV6AR9BM000005';

describe('pave sessions, against the stateful mock', () => {
  test('create, advance to COMPLETE, then get, photos and results show that session', async () => {
    const created = await cli.pave(['sessions', 'create', '--vin', vin]);
    expect(created.code).toBe(0);
    const key = /^Session key: +(\S+)$/m.exec(created.stdout)?.[1] ?? '';
    expect(key).toMatch(/^[A-Z]{3}-[A-Z0-9]{10}$/);

    const idle = await cli.pave(['sessions', 'get', key]);
    expect(idle.stdout).toMatch(/^Status: +IDLE$/m);
    const early = await cli.pave(['sessions', 'results', key]);
    expect(early.code).not.toBe(0);
    expect(early.stderr).toContain('Session is not yet completed.');

    await cli.mock.advance(key, 'COMPLETE');
    expect((await cli.pave(['sessions', 'get', key])).stdout).toMatch(/^Status: +COMPLETE$/m);
    expect((await cli.pave(['sessions', 'photos', key])).stdout).toMatch(/^ 1 {2}VIN +ACCEPTED/m);
    const results = await cli.pave(['sessions', 'results', key, '--json']);
    expect(results.code).toBe(0);
    expect(JSON.parse(results.stdout).vehicle.vin).toBe(vin);

    const refused = await cli.pave(['sessions', 'delete', key]);
    expect(refused.stderr).toContain(`Session ${key} has been started and cannot be deleted.`);
  });
});
