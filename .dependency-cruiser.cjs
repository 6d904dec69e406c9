/**
 * The layers of the code, checked by `npm run deps` (in CI). Inside out:
 *
 *   core      rubric, facts, scoring, eligibility, review, formula, sheets, panel, ranking, personnel,
 *             fivestar, finalise: pure data and functions, no host
 *   workbook  ExcelJS reading and writing of the core's descriptions (Node and the browser)
 *   workflows one use case per file (read review files, merge, rank, evidence, 附表二, 定稿):
 *             file names and bytes in, data, sheet descriptions and coded problems out; no
 *             Node, Office, DOM or React, so the CLI and the pane render the same results
 *   excel     the Office.js adapter (may use workbook: sheets reach Excel as an .xlsx)
 *   cli | taskpane | commands   the programs people run; none imports another
 *   packages/ the Office double and the preview page: tools beside the product, never in it
 *
 * Each layer imports only layers above it in this list; nothing imports test code; and no module
 * of the product is part of an import cycle.
 */
const CORE = '^src/(rubric|facts|scoring|eligibility|review|formula|sheets|panel|ranking|personnel|fivestar|finalise)/';
const APPS = '^src/(cli|taskpane|commands)/';

module.exports = {
  forbidden: [
    // The Office double (packages/) mirrors Office.js's object graph, where a Range knows its Worksheet and back.
    { name: 'no-circular', severity: 'error', comment: 'No module of the product is part of an import cycle.', from: { path: '^(src|bench|scripts)/' }, to: { circular: true } },
    { name: 'core-is-host-free', severity: 'error', comment: 'The core imports no adapter, workflow, program or tool.', from: { path: CORE }, to: { path: '^src/(workbook|workflows|excel|cli|taskpane|commands)/|^packages/' } },
    { name: 'workbook-below-programs', severity: 'error', from: { path: '^src/workbook/' }, to: { path: `^src/(excel|workflows)/|${APPS}|^packages/` } },
    { name: 'workflows-below-programs', severity: 'error', comment: 'The workflows know no host: the programs and the adapter render them.', from: { path: '^src/workflows/' }, to: { path: `^src/(excel|host)/|${APPS}|^packages/` } },
    { name: 'workflows-host-neutral', severity: 'error', comment: 'No Node, Office, DOM or React in a workflow: bytes in, data out.', from: { path: '^src/workflows/' }, to: { dependencyTypes: ['core'] } },
    { name: 'workflows-no-ui', severity: 'error', from: { path: '^src/workflows/' }, to: { path: 'node_modules/(react|react-dom|@fluentui|@microsoft/office-js|office-addin)' } },
    { name: 'excel-adapter-below-programs', severity: 'error', comment: 'The adapter implements the ReviewHost port; the pane uses it, not the other way round.', from: { path: '^src/excel/' }, to: { path: `${APPS}|^packages/` } },
    { name: 'cli-stands-alone', severity: 'error', from: { path: '^src/cli/' }, to: { path: '^src/(excel|taskpane|commands)/|^packages/' } },
    { name: 'pane-stands-alone', severity: 'error', comment: 'Only the pane\'s entry point knows Office.js; it reaches the adapter through the ReviewHost port.', from: { path: '^src/(taskpane|commands)/', pathNot: '^src/taskpane/index\\.tsx$' }, to: { path: '^src/(cli|excel)/|^packages/' } },
    { name: 'product-has-no-double', severity: 'error', comment: 'The Office double and the preview never ship.', from: { path: '^src/' }, to: { path: '^packages/' } },
    { name: 'no-test-code-outside-tests', severity: 'error', from: { path: '^(src|packages|bench|scripts)/' }, to: { path: '^test/' } },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
  },
};
