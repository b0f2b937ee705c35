import { describe, expect, test } from 'vitest';
import { useMockedCli } from './harness.js';

// Bodies generated from the schemas rather than the spec's examples: the human output must cope
// with any answer the spec allows, not only the examples it was written against.
const cli = useMockedCli({ dynamic: true });

describe('human output of answers generated from the schemas', () => {
  test.each([
    [['sessions', 'create', '--vin', 'JN1CV6AR9BMXXXXXX']],
    [['sessions', 'get', 'XXX-ABCDE12345']],
    [['sessions', 'update', 'XXX-ABCDE12345', '--theme', 'LITE']],
    [['sessions', 'photos', 'XXX-ABCDE12345']],
    [['sessions', 'notes', 'XXX-ABCDE12345']],
    [['sessions', 'results', 'XXX-ABCDE12345']],
    [['sessions', 'delete', 'XXX-ABCDE12345']],
    [['callbacks', 'list']],
    [['callbacks', 'get', 'SESSION:COMPLETE']],
    [['callbacks', 'set', '--event', 'SESSION:COMPLETE', '--url', 'https://example.com/x']],
    [['callbacks', 'update', 'SESSION:COMPLETE', '--url', 'https://example.com/y']],
    [['callbacks', 'delete', 'SESSION:COMPLETE']],
  ])('pave %j', async (argv) => {
    const { code, stderr } = await cli.pave(argv);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
