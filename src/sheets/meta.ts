/**
 * The hidden sheet that lets a workbook be recognised (and upgraded later):
 * rubric id, layout version, review id; and, once the review is finalised
 * (定稿), when and the digest of its inputs (see src/finalise/).
 */
import { SheetBuilder } from './builder.ts';
import { LAYOUT_VERSION, SHEETS } from './layout.ts';
import { FINAL_CELLS, FORMULA_DIGEST_CELL, META_APP, META_NAMES } from './meta-names.ts';
import type { DefinedNameDescription, SheetDescription } from './types.ts';

export { FINAL_CELLS, FORMULA_DIGEST_CELL, META_APP, META_NAMES } from './meta-names.ts';

/**
 * @param formulaDigest the fingerprint of the record sheets' formulas (formula-record.ts), written at creation
 */
export function metaSheet(rubricId: string, formulaDigest: string): { sheet: SheetDescription; names: DefinedNameDescription[] } {
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
  // Blank until 定稿; text, so the date-time is never turned into a serial number.
  const finals: [keyof typeof FINAL_CELLS, string][] = [
    [META_NAMES.finalAt, '定稿時間'],
    [META_NAMES.finalDigest, '定稿摘要（輸入內容的 SHA-256）'],
  ];
  for (const [name, label] of finals) {
    const address = FINAL_CELLS[name];
    b.value(`A${address.slice(1)}`, label).value(address, null, { numberFormat: '@' });
    b.name(name, address, label);
  }
  b.value(`A${FORMULA_DIGEST_CELL.slice(1)}`, '公式摘要（基本資料、資格審查、評分各公式的 SHA-256）');
  b.value(FORMULA_DIGEST_CELL, formulaDigest, { numberFormat: '@' });
  b.name(META_NAMES.formulas, FORMULA_DIGEST_CELL, '公式摘要（建立時各公式的 SHA-256）');
  b.protect = true;
  return { sheet: b.build(), names: b.names };
}
