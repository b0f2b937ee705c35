/** One PAVE mock per test file, checking signatures, with the CLI run against it in-process. */
import { findOperation } from '@pave-kit/contract';
import { type RunningMock, startMock } from '@pave-kit/mock';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type CliResult, hexToken, type RunOptions, runCli, testCredentials } from '../io.js';

export interface MockedCli {
  readonly mock: RunningMock;
  /** Requests that reached the mock, signed or not. */
  readonly requestCount: number;
  /** The operationId of every request that reached the mock, in order. */
  readonly operationsHit: readonly string[];
  /** `pave <argv> --base-url <mock>`; fails the test if the output holds a secret. */
  pave(argv: readonly string[], options?: RunOptions): Promise<CliResult>;
}

export function useMockedCli(options: { dynamic?: boolean } = {}): MockedCli {
  let mock: RunningMock | undefined;
  let requestCount = 0;
  const operationsHit: string[] = [];

  beforeAll(async () => {
    mock = await startMock({
      credentials: testCredentials,
      dynamic: options.dynamic ?? false,
      onRequest: (entry) => {
        requestCount += 1;
        const operation = findOperation(entry.method, entry.path);
        if (operation) operationsHit.push(operation.operationId);
      },
    });
  });

  afterAll(async () => {
    await mock?.close();
  });

  // Whatever the CLI's exit code, every answer the mock gave must have been one the spec allows.
  afterEach(() => {
    expect(mock?.violations).toEqual([]);
  });

  return {
    get mock() {
      if (!mock) throw new Error('the mock starts in beforeAll');
      return mock;
    },
    get requestCount() {
      return requestCount;
    },
    operationsHit,
    async pave(argv, runOptions) {
      const result = await runCli([...argv, '--base-url', this.mock.url], runOptions);
      const printed = result.stdout + result.stderr;
      expect(printed).not.toContain(testCredentials.apiSecret);
      expect(printed).not.toMatch(hexToken);
      return result;
    },
  };
}
