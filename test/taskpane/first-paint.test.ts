/**
 * What the task pane's first paint can load: the modules reached from its
 * entry point through static imports (type-only imports and `import()` do
 * not count, as the bundler splits there). ExcelJS, the file readers, the
 * merge, the ranking and the panel/ranking/附表 sheet builders must not be
 * among them: the tools load them when the user acts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Static value imports and re-exports of a source file, as written. */
export function staticImports(source: string): string[] {
  const specifiers: string[] = [];
  // `import … from '…'`, `export … from '…'` (not `import type` / `export type`), and `import '…'`.
  const pattern = /^\s*(?:import|export)\s+(?!type[\s{])(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(pattern)) specifiers.push(m[1]!);
  return specifiers;
}

/** Every file (or package) reachable from `entry` through static imports. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const key = relative(ROOT, file);
    if (seen.has(key)) return;
    seen.add(key);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) {
        seen.add(`package:${spec}`);
        continue;
      }
      const target = resolve(dirname(file), spec);
      if (existsSync(target)) visit(target);
    }
  };
  visit(entry);
  return seen;
}

const HEAVY = [/^package:exceljs/, /^src\/workbook\//, /^src\/panel\//, /^src\/ranking\//, /^src\/sheets\/(panel|ranking|annex2|annex4)\.ts$/, /^src\/taskpane\/tools\//, /^src\/taskpane\/components\/ToolsPane\//];

describe('the task pane first paint', () => {
  test('staticImports skips type-only and dynamic imports', () => {
    const source = [
      "import { a } from './a.ts';",
      "import type { B } from './b.ts';",
      "import { type C, d } from './c.ts';",
      "export { e } from './e.ts';",
      "export type { F } from './f.ts';",
      "import './g.css';",
      "const h = () => import('./h.ts');",
      "import {\n  i,\n  j,\n} from './ij.ts';",
    ].join('\n');
    expect(staticImports(source)).toEqual(['./a.ts', './c.ts', './e.ts', './g.css', './ij.ts']);
  });

  test.each(['src/taskpane/index.tsx', 'packages/preview/index.tsx'])('%s reaches none of the tools\' modules statically', (entry) => {
    const files = [...reachable(join(ROOT, entry))];
    expect(files).toContain('src/taskpane/App.tsx');
    expect(files.filter((f) => HEAVY.some((h) => h.test(f)))).toEqual([]);
  });

  // The shell (header and "checking the workbook") is all the first paint shows; the session loads after it.
  const SESSION = [
    /^package:zod/,
    /^src\/rubric\/osh-unit-/,
    /^src\/review\/schema\.ts$/,
    /^src\/sheets\/(reader|workbook|scoring|annex1-print|opinion)\.ts$/,
    /^src\/excel\/apply-sheet\.ts$/,
    /^src\/taskpane\/ReviewSession\.tsx$/,
    /^src\/taskpane\/state\//,
    /^src\/taskpane\/i18n\/strings(-en)?\.ts$/,
    /^src\/taskpane\/themes\.ts$/,
    /^src\/taskpane\/components\/(StartPane|ReviewPane)\//,
  ];

  test('src/taskpane/index.tsx reaches only the shell statically: no schema, rubric, layouts, store, forms, full strings or other themes', () => {
    const files = [...reachable(join(ROOT, 'src/taskpane/index.tsx'))];
    expect(files).toContain('src/taskpane/components/PaneHeader/PaneHeader.tsx');
    expect(files.filter((f) => SESSION.some((h) => h.test(f)))).toEqual([]);
  });
});
