import { listOperations } from '@pave-kit/contract';
import { describe, expect, test } from 'vitest';
import { useMockedCli } from './harness.js';

const cli = useMockedCli();

/** The CLI command that calls each operation of the spec. */
const commandFor: Record<string, readonly string[]> = {
  createSession: ['sessions', 'create', '--vin', 'JN1CV6AR9BMXXXXXX'],
  getSession: ['sessions', 'get', 'XXX-ABCDE12345'],
  updateSession: ['sessions', 'update', 'XXX-ABCDE12345', '--theme', 'LITE'],
  deleteSession: ['sessions', 'delete', 'XXX-ABCDE12345'],
  listSessionPhotos: ['sessions', 'photos', 'XXX-ABCDE12345'],
  getSessionNotes: ['sessions', 'notes', 'XXX-ABCDE12345'],
  getSessionResults: ['sessions', 'results', 'XXX-ABCDE12345'],
  listCallbacks: ['callbacks', 'list'],
  createCallback: [
    'callbacks',
    'set',
    '--event',
    'SESSION:COMPLETE',
    '--url',
    'https://example.com/x',
  ],
  getCallback: ['callbacks', 'get', 'SESSION:COMPLETE'],
  updateCallback: ['callbacks', 'update', 'SESSION:COMPLETE', '--url', 'https://example.com/y'],
  deleteCallback: ['callbacks', 'delete', 'SESSION:COMPLETE'],
};

const operations = listOperations().map((operation) => operation.operationId);

describe('every operation of the spec, through the CLI', () => {
  test.each(operations)('%s', async (operationId) => {
    const argv = commandFor[operationId];
    if (!argv) throw new Error(`No CLI command calls ${operationId}; add one and list it here`);
    const before = cli.operationsHit.length;
    const { code, stdout } = await cli.pave([...argv, '--json']);
    expect(code).toBe(0);
    expect(() => JSON.parse(stdout)).not.toThrow();
    expect(cli.operationsHit.slice(before)).toEqual([operationId]);
  });

  test('no operation was left out, and the table names only real ones', () => {
    expect(new Set(cli.operationsHit)).toEqual(new Set(operations));
    expect(Object.keys(commandFor).sort()).toEqual([...operations].sort());
  });
});
