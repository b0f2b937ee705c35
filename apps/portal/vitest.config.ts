import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Starting a PAVE mock (loading Prism) takes about 2 s alone and past 10 s while other
    // suites load the machine, and a contract test makes dozens of calls through it: bounds
    // that hold under load, not measures of speed.
    hookTimeout: 60_000,
    testTimeout: 30_000,
    // test/deadlines-under-gc.test.ts runs garbage collection while the portal waits.
    execArgv: ['--expose-gc'],
  },
});
