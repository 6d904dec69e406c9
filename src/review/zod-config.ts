/**
 * The pane runs under a Content-Security-Policy without 'unsafe-eval'
 * (src/taskpane/index.html, docs/security.md). zod 4 compiles fast parsers
 * from strings (the Function constructor) when it may, and finds out by
 * compiling an empty one when it first builds an object schema: under the
 * policy that try is refused and reported as a violation. jitless makes zod
 * use its plain parsers and skip the try.
 *
 * Imported for its effect, first, by every module of the pane that can be
 * the first to load a schema: the review session (ReviewSession.tsx) and
 * the adapter's layout chunk (src/excel/review-layout.ts). zod/mini's
 * `config` is the same global setting as classic zod's, without classic zod.
 */
import { config } from 'zod/mini';

config({ jitless: true });
