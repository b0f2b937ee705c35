import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.mjs'],
    // Folders with a project.json of their own are Nx projects that run their own tests.
    exclude: [...configDefaults.exclude, 'readme-code/**', 'release/**', 'spec-diff/**'],
    // Each test starts the checks as child processes; Redocly alone takes about a second to start.
    testTimeout: 30_000,
  },
});
