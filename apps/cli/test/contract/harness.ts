/** One PAVE mock per test file, checking signatures, with the CLI run against it in-process. */
import type { RunningMock } from '@pave-kit/mock';
import { usePaveMock } from '@pave-kit/mock/vitest';
import { expect } from 'vitest';
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

/**
 * Stateless unless asked: most of these tests check how the CLI prints the spec's examples (a
 * complete session, a rejected photo), which the example echo answers for any key.
 */
export function useMockedCli(options: { dynamic?: boolean; stateful?: boolean } = {}): MockedCli {
  let requestCount = 0;
  const pave = usePaveMock({
    credentials: testCredentials,
    dynamic: options.dynamic ?? false,
    stateful: options.stateful ?? false,
    onRequest: () => {
      requestCount += 1;
    },
  });

  return {
    get mock() {
      return pave.mock;
    },
    get requestCount() {
      return requestCount;
    },
    get operationsHit() {
      return pave.mock.served;
    },
    async pave(argv, runOptions) {
      const result = await runCli([...argv, '--base-url', pave.url], runOptions);
      const printed = result.stdout + result.stderr;
      expect(printed).not.toContain(testCredentials.apiSecret);
      expect(printed).not.toMatch(hexToken);
      return result;
    },
  };
}
