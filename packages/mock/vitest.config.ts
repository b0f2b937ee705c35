import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Loading Prism takes about a second on a quiet machine and past 10 s on a busy one.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
