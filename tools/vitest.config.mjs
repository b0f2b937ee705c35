import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.mjs'],
    // Each test starts the checks as child processes; Redocly alone takes about a second to start.
    testTimeout: 30_000,
  },
});
