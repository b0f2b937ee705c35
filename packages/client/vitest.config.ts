import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // test/deadline-under-gc.test.ts runs garbage collection while calls wait.
    execArgv: ['--expose-gc'],
  },
});
