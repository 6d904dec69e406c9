import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The longest files first, longest first, then vitest's own order (by file size, as a clean clone has no timings).
 * The LibreOffice truth fuzz (test/fuzz/libreoffice-truth.test.ts) is the longest by far and keeps its own soffice
 * processes busy: started first, it runs beside the rest of the suite on the other worker. The others listed take
 * 1–2 minutes each on the 2-core CI machine; by size they came last, and the formula parity test (about 100 s) then
 * ran alone at the end, after every other file had finished.
 */
const LONGEST = ['fuzz/libreoffice-truth.test.ts', 'workbook/parity.test.ts', 'browser/pane-fit.test.ts', 'cli/hostile-files.test.ts', 'fuzz/hand-edits.test.ts'];
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => LONGEST.findIndex((name) => f.moduleId.endsWith(`/test/${name}`));
    const long = sorted.filter((f) => rank(f) >= 0).sort((a, b) => rank(a) - rank(b));
    return [...long, ...sorted.filter((f) => rank(f) < 0)];
  }
}

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
    sequence: { sequencer: LongestFirst },
    hookTimeout: 180_000,
    // expect.poll waits for the page or the pane to get there; its default of 1 s made it a timing assertion
    // on a loaded CI machine (a step change at 150% zoom while the other steps were being built ahead missed it).
    expect: { poll: { timeout: 10_000 } },
  },
});
