import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The LibreOffice truth fuzz (test/fuzz/libreoffice-truth.test.ts) first, then vitest's own order. It is the
 * longest file by far and keeps its own two soffice processes busy: started first, it runs beside the rest of
 * the suite on the other worker and fills the CPU the rest leaves idle, instead of running alone at the end.
 */
class TruthFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (f: TestSpecification) => f.moduleId.endsWith('libreoffice-truth.test.ts');
    return [...sorted.filter(first), ...sorted.filter((f) => !first(f))];
  }
}

const FLUENT = ['@fluentui/react-components'];

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
    sequence: { sequencer: TruthFirst },
    hookTimeout: 180_000,
    // expect.poll waits for the page or the pane to get there; its default of 1 s made it a timing assertion
    // on a loaded CI machine (a step change at 150% zoom while the other steps were being built ahead missed it).
    expect: { poll: { timeout: 10_000 } },
    // Every test file runs in a fresh process and imports its modules again. @fluentui/react-components is a barrel
    // of about a hundred packages: importing it took about 2 s of CPU in each of the pane's test files, and the CI
    // machine's two cores are busy for the whole suite. Bundled once into one file (esbuild, node_modules/.vite),
    // it takes about 0.4 s: test/taskpane's imports went from 58 to 27 s. For the DOM tests only (happy-dom): the
    // same for the node tests ('ssr') broke HyperFormula's import in test/sheets.
    deps: { optimizer: { client: { enabled: true, include: FLUENT } } },
  },
});
