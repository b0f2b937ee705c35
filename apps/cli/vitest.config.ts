import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Starting a PAVE mock (loading Prism) takes about 2 s alone and past 10 s while other
    // suites load the machine; a bound that holds under load, not a measure of speed.
    hookTimeout: 60_000,
  },
});
