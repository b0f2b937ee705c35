/** @pave-kit/mock/vitest: one PAVE mock per test file, failing any test that got an answer the spec does not allow. */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type MockOptions, type RunningMock, startMock } from './start-mock.js';

const startTimeoutMs = 60_000;

export interface PaveMockHandle {
  /** The running mock; available from `beforeAll` on. */
  readonly mock: RunningMock;
  /** Its base URL, for a client or the code under test. */
  readonly url: string;
}

/**
 * Call at the top of a test file (or inside a `describe`): starts a mock before the tests, checks
 * after each test that every answer it gave matched the spec, and closes it after the tests.
 */
export function usePaveMock(options: MockOptions = {}): PaveMockHandle {
  let running: RunningMock | undefined;

  // Loading Prism takes about a second on a quiet machine and past 10 s, vitest's default for a
  // hook, on a busy one.
  beforeAll(async () => {
    running = await startMock(options);
  }, startTimeoutMs);

  afterEach(() => {
    if (!running) return;
    const found = [...running.violations];
    // Reported once, by the test that caused them.
    running.clearViolations();
    expect(found, 'answers from the PAVE mock that the spec does not allow').toEqual([]);
  });

  afterAll(async () => {
    await running?.close();
  });

  return {
    get mock() {
      if (!running) throw new Error('usePaveMock: the mock starts in beforeAll');
      return running;
    },
    get url() {
      return this.mock.url;
    },
  };
}
