import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // These tests start Prism and child processes: about a second on a quiet machine, past
    // vitest's defaults (5 s a test, 10 s a hook) on a busy one. A hang still fails, later.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
