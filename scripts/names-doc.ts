/**
 * The text of docs/workbook-names.md, made from the layout itself.
 */
import { DEFAULT_RUBRIC, itemsOf } from '../src/rubric/registry.ts';
import { SIMPLE_FIELDS } from '../src/sheets/prefill.ts';
import { CONCERN_FIELDS } from '../src/sheets/fields.ts';
import { LAYOUT_VERSION } from '../src/sheets/layout.ts';
import { reviewWorkbook } from '../src/sheets/workbook.ts';

export function namesDoc(): string {
  const book = reviewWorkbook(DEFAULT_RUBRIC);
  const sheetName = new Map(book.sheets.map((s) => [s.key, s.name]));
  const labels = new Map([...SIMPLE_FIELDS, ...CONCERN_FIELDS].map((f) => [f.name, f.label]));
  const itemName = /^item_(\d+)_(\d+)_(level|points|count|self|earned|applicable)$/;
  const lines: string[] = [
    '# Defined names of a review workbook',
    '',
    `Generated from the layout (layout version ${LAYOUT_VERSION}, rubric \`${DEFAULT_RUBRIC.id}\`) by \`npx tsx scripts/write-names-doc.ts\`; a test fails when this file is out of date.`,
    '',
    'Everything that reads or writes a review workbook (the CLI reader, the add-in, merge and ranking) finds cells by these',
    'workbook-scoped names, never by address, so inserting rows, restyling or renaming a tab does not break a workbook.',
    'Inputs are the yellow, unlocked cells; everything else is a live formula.',
    '',
    '## Items (per item of 附表一)',
    '',
    '| name | sheet | what |',
    '| --- | --- | --- |',
    '| `item_<s>_<i>_level` | 評分 | reviewer\'s 初審等第: 可/良/優 (as the item has), 不適用, 未達 |',
    '| `item_<s>_<i>_points` | 評分 | points typed for a 視狀況給分 level (items with a band level only) |',
    '| `item_7_2_count`, `item_7_3_count` | 評分 | count of companies / activities (每增加二…酌給1.0分) |',
    '| `item_<s>_<i>_self` | 評分 | the candidate\'s 自評 (可/良/優) |',
    '| `item_<s>_<i>_earned` | 評分 | formula: points earned |',
    '| `item_<s>_<i>_applicable` | 評分 | formula: header points counted in 可評總點數 (0 when 不適用) |',
    '',
    `Items with a points input: ${itemsOf(DEFAULT_RUBRIC).filter((i) => i.levels.some((l) => l.scoring.kind === 'band')).map((i) => i.id).join(', ')}.`,
    '',
    '## All other names',
    '',
    '| name | sheet | address | what |',
    '| --- | --- | --- | --- |',
  ];
  for (const n of book.names) {
    if (itemName.test(n.name)) continue;
    lines.push(`| \`${n.name}\` | ${sheetName.get(n.sheet)} | ${n.address} | ${(n.comment ?? labels.get(n.name) ?? '').replace(/\|/g, '\\|')} |`);
  }
  return lines.join('\n') + '\n';
}
