/**
 * The hidden sheet that lets a workbook be recognised (and upgraded later):
 * rubric id, layout version, review id.
 */
import { SheetBuilder } from './builder.ts';
import { LAYOUT_VERSION, SHEETS } from './layout.ts';
import type { DefinedNameDescription, SheetDescription } from './types.ts';

export const META_NAMES = { rubric: 'meta_rubric', layout: 'meta_layout_version', app: 'meta_app' } as const;
export const META_APP = 'osh-review';

export function metaSheet(rubricId: string): { sheet: SheetDescription; names: DefinedNameDescription[] } {
  const b = new SheetBuilder('meta', SHEETS.meta);
  b.state = 'hidden';
  b.column(1, 24).column(2, 40);
  const rows: [string, string, string | number][] = [
    [META_NAMES.app, '產生工具', META_APP],
    [META_NAMES.rubric, '評分表版本', rubricId],
    [META_NAMES.layout, '版面版本', LAYOUT_VERSION],
  ];
  rows.forEach(([name, label, value], i) => {
    b.value(`A${i + 1}`, label).value(`B${i + 1}`, value);
    b.name(name, `B${i + 1}`, label);
  });
  b.value('A5', '此工作表由 osh-review 產生，請勿修改。');
  b.protect = true;
  return { sheet: b.build(), names: b.names };
}
