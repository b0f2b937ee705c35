import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['*.test.mjs'],
    // Comparing two copies of the real spec takes a few seconds of CPU, more on a busy machine.
    testTimeout: 120_000,
  },
});
