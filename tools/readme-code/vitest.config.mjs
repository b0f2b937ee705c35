import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['*.test.mjs'],
    // The check under test type-checks against the built packages and starts a real mock:
    // seconds on a quiet machine, many more on a busy one.
    testTimeout: 180_000,
  },
});
