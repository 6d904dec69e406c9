/**
 * The pane runs under a Content-Security-Policy without 'unsafe-eval'
 * (src/taskpane/index.html, docs/security.md). zod 4 compiles fast parsers
 * from strings (the Function constructor) when it may, and finds out by
 * compiling an empty one the first time it parses an object: under the
 * policy that try is refused and reported as a violation. jitless makes zod use its plain parsers and skip
 * the try. Imported for its effect, first, by src/excel/adapter.ts, which the
 * pane's entry points (taskpane, preview) import before anything else of ours.
 */
import { z } from 'zod';

z.config({ jitless: true });
