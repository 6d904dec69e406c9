/**
 * Testing Library's waits (findBy…, waitFor) for the whole suite. The pane
 * loads its session and forms with `import()`; the first import in a test
 * worker also compiles those modules, which on a busy 2-core machine takes
 * more than the default 1 s. A wait is a limit, not a speed check.
 */
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 5000 });
