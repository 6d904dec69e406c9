import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'src/**/*.test.ts', 'src/**/*.test.tsx'],
    setupFiles: ['test/support/testing-library.ts'],
    // Vitest's default is one worker fewer than the cores: on the 2-core CI machine that is one, and the
    // suite ran serially (530 s). Much of it waits on LibreOffice and Chromium, so 2 workers there take 320 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A limit against hangs, not a speed check (speed is `npm run bench`'s): with two workers sharing two
    // cores, the LibreOffice recalculation and fuzz tests take 40–60 s.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
