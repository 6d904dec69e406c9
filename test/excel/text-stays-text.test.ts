/**
 * Text stays text (issue 11): every cell the add-in writes whose content is
 * text holds exactly that text in Excel, on every writer path — create,
 * refresh of the print sheets, 定稿, the pane's edits, and each form
 * `addSheets` takes (小組合議, 排序, 附表二, 附表四). The double takes strings
 * as Excel (en-US) takes typed input, so `1-1-1` written into a General cell
 * becomes 1 January 2001 and `04595257` the number 4595257, as in Excel.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { OfficeDouble } from '../../packages/office-double/index.ts';
import { cellKey, findSheetByName } from '../../packages/office-double/state.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { parseCell } from '../../src/sheets/address.ts';
import { annex1PrintSheet } from '../../src/sheets/annex1-print.ts';
import { opinionSheet } from '../../src/sheets/opinion.ts';
import type { SheetDescription, WorkbookDescription } from '../../src/sheets/types.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import type { NewReviewInit, ReviewHost } from '../../src/host/review-host.ts';
import { annex2Sheets, annex4Sheets } from '../../src/taskpane/tools/forms.ts';
import { mergeFiles, rankFiles } from '../../src/taskpane/tools/review-files.ts';
import { fileOf, fullMarks, unitReview, xlsxOf } from '../builders/review-files.ts';
import { hostOver } from '../support/excel-host.ts';
import { reviewDouble } from '../../packages/office-client/review-double.ts';

/** Texts Excel would otherwise take for a date, a time, a number, a boolean, a formula or a prefix. */
const TRICKY = ['1-1-1', '2-2-3', '04595257', '2024/04/15', '50%', '12:30', '1E5', 'TRUE', "'abc", '=1+1', '  前後空白  '] as const;

/**
 * Both ways sheets reach Excel: below ExcelApi 1.13 cell by cell through `range.formulas` (where Excel's
 * typed-input rules apply), from 1.13 as one .xlsx through insertWorksheetsFromBase64.
 */
let apiVersion = '1.12';

function hostOn(sheets = ['工作表1']): { double: OfficeDouble; host: ReviewHost } {
  const double = reviewDouble({ requirementSets: { ExcelApi: apiVersion }, sheets });
  return { double, host: hostOver(double) };
}

/** Every described text cell whose content in the double differs from the text written, as "sheet!A1: 'text' → value". */
function textsChanged(double: OfficeDouble, sheets: readonly SheetDescription[], tab: (sheet: SheetDescription) => string = (s) => s.name): string[] {
  const changed: string[] = [];
  for (const sheet of sheets) {
    const state = findSheetByName(double.workbookState, tab(sheet));
    if (!state) throw new Error(`no sheet ${tab(sheet)}`);
    for (const c of sheet.cells) {
      if (c.formula !== undefined || typeof c.value !== 'string' || c.value === '') continue;
      const { row, column } = parseCell(c.address);
      const cell = state.cells.get(cellKey(row, column));
      if (cell?.formula !== null || cell.value !== c.value) changed.push(`${state.name}!${c.address}: ${JSON.stringify(c.value)} → ${JSON.stringify(cell?.formula ?? cell?.value)}`);
    }
  }
  return changed;
}

/** What a defined name's cell holds, read through Office.js. */
async function named(double: OfficeDouble, name: string): Promise<unknown> {
  return double.run(async (context) => {
    const range = context.workbook.names.getItem(name).getRange().load('values');
    await context.sync();
    return range.values[0]![0];
  });
}

const INIT: NewReviewInit = { candidateName: '04595257', reviewUnit: '1-1-1', selectionYear: 113, reviewDate: '2024-04-15' };

describe.each(['1.12', '1.17'])('text stays text on every writer path (ExcelApi %s)', (version) => {
  beforeEach(() => {
    apiVersion = version;
  });

  it('create, the pane\'s edits, refresh of the print sheets and 定稿 keep every text as written', async () => {
    const { double, host } = hostOn();
    expect((await host.createReview(INIT)).ok).toBe(true);
    const description = reviewWorkbook(oshUnit113, { rubric: oshUnit113.id, selectionYear: 113, reviewDate: INIT.reviewDate, reviewUnit: INIT.reviewUnit, candidate: { name: INIT.candidateName }, items: {} });
    expect(textsChanged(double, description.sheets)).toEqual([]);
    expect(await named(double, 'cand_name')).toBe('04595257');
    expect(await named(double, 'review_unit')).toBe('1-1-1');

    // A text input (formatted "@") and a choice input (General) take each text as typed.
    for (const text of TRICKY) {
      expect(await host.writeCells({ cand_address: text, opinion_strengths: text, item_1_1_level: text })).toEqual({ ok: true });
      expect(await Promise.all(['cand_address', 'opinion_strengths', 'item_1_1_level'].map((n) => named(double, n)))).toEqual([text, text, text]);
    }

    expect((await host.refreshPrintSheets('opinion')).ok).toBe(true);
    expect(textsChanged(double, [opinionSheet().sheet, annex1PrintSheet(oshUnit113).sheet])).toEqual([]);

    expect((await host.writeCells({ item_1_1_level: '優' })).ok).toBe(true);
    expect((await host.finalise()).ok).toBe(true);
    expect(await named(double, 'meta_final_at')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await named(double, 'meta_final_digest')).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(textsChanged(double, description.sheets.filter((s) => s.key !== 'meta'))).toEqual([]);
  });

  const added = async (description: WorkbookDescription, show?: string) => {
    const { double, host } = hostOn();
    const result = await host.addSheets(description, show);
    expect(result.ok).toBe(true);
    return textsChanged(double, description.sheets);
  };

  it('附表四: its evidence numbers (1-1-1 …) stay text', async () => {
    const form = annex4Sheets();
    const numbers = form.description.sheets[0]!.cells.filter((c) => typeof c.value === 'string' && /^\d+-\d+-\d+$/.test(c.value));
    expect(numbers.length).toBeGreaterThan(10);
    expect(await added(form.description, form.show)).toEqual([]);
  });

  it('附表二: every label stays text', async () => {
    const form = annex2Sheets();
    expect(await added(form.description, form.show)).toEqual([]);
  });

  it('排序: a 統一編號 keeps its leading zero, a name that looks like a date stays a name', async () => {
    const ranked = await rankFiles([fileOf('甲.xlsx', await xlsxOf(unitReview(fullMarks(), { name: '2024/04/15', ubn: '04595257' })))], '臺北市');
    if (!ranked.ok) throw new Error(JSON.stringify(ranked));
    expect(JSON.stringify(ranked.description)).toContain('"04595257"');
    expect(await added(ranked.description, ranked.show)).toEqual([]);
  });

  it('小組合議: the members\' texts stay text', async () => {
    const merged = await mergeFiles([
      fileOf('1-1-1.xlsx', await xlsxOf(unitReview(fullMarks(), { name: '1-1-1', ubn: '04595257' }))),
      fileOf('50%.xlsx', await xlsxOf(unitReview({ ...fullMarks(), '1.1': { level: '良' } }, { name: '1-1-1', ubn: '04595257' }))),
    ]);
    if (!merged.ok) throw new Error(JSON.stringify(merged));
    expect(await added(merged.description, merged.show)).toEqual([]);
  });
});
