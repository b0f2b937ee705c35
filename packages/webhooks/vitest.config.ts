import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The first validation of a process compiles the whole spec with Ajv: about a second on a
    // quiet machine, several on a busy one. A bound that holds under load; a hang still fails.
    testTimeout: 30_000,
  },
});
