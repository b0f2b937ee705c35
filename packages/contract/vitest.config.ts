import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Real servers, processes and compilers: a busy CI machine can stretch a test well past
    // vitest's 5 s default without anything being wrong.
    testTimeout: 20_000,
  },
});
