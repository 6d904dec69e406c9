/**
 * Nothing of the user's is lost (issue 6): 100 rounds of text typed into the
 * review's input cells — through the pane (`host.writeCells`) and straight
 * into the grid — each followed by a rebuild of the printable sheets, on the
 * Office.js adapter over the in-memory double. After every round each text
 * is read back byte for byte (from the cell, through Office.js and through
 * `readReview`), the print sheets still show it through their formulas, and
 * the user's own sheets (one of them named like ours) are exactly as they
 * were.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OfficeDouble } from '../../packages/office-double/index.ts';
import { cellAddress } from '../../src/sheets/address.ts';
import { BASIC_FIELDS, CONSTRUCTION_FIELDS, IMAGE_FIELDS, OPINION_FIELDS, PANEL_FIELDS, type InputField } from '../../src/sheets/fields.ts';
import { SHEETS } from '../../src/sheets/layout.ts';
import { STRENGTHS_LINES } from '../../src/sheets/opinion.ts';
import type { NewReviewInit, ReviewHost } from '../../src/host/review-host.ts';
import { hostOver } from '../support/excel-host.ts';
import { reviewDouble } from '../../packages/office-client/review-double.ts';

/** Excel's limit on the characters in one cell. */
const CELL_LIMIT = 32_767;
const ROUNDS = 100;
const INIT: NewReviewInit = { candidateName: '○○實業股份有限公司', reviewUnit: '勞動部職業安全衛生署', selectionYear: 113, reviewDate: '2024-04-15' };

/** Every free-text input of the review (all formatted as text, "@"). */
const TEXT_FIELDS: readonly InputField[] = [
  ...BASIC_FIELDS,
  ...CONSTRUCTION_FIELDS,
  ...IMAGE_FIELDS,
  ...OPINION_FIELDS,
  ...PANEL_FIELDS.flatMap((p) => [p.name, p.organisation, p.title]),
].filter((f) => f.kind.type === 'text');

/** Pieces people type, or paste from a document. */
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.constantFrom(
    '職業安全衛生管理系統',
    '推行職業安全衛生優良單位',
    'ＡＢＣ１２３，（全形）',
    '　',
    '😀👷‍♀️🦺𠀋𡃁',
    '\n',
    '\r\n',
    '\t',
    '  ',
    '"引號"',
    "'",
    '&""',
    '#REF!',
    '=1+1',
  ),
);

/** A start that a spreadsheet could take for a formula or a prefix. */
const start = fc.constantFrom('', '', '=', '+', '-', '@', "'", '=SUM(A1:A9)', '=HYPERLINK("https://example.com","點我")', '+886-2-1234', '-3', ' ', '\t', '\n', '　');

/** Long text, up to the cell limit, with astral characters that must not be split. */
const longText = fc.tuple(fc.integer({ min: 20_000, max: CELL_LIMIT }), fc.constantFrom('安全衛生', '😀職安', 'ab\ncd\t', '=A1 ')).map(([length, unit]) => {
  let text = '';
  while (text.length + unit.length <= length) text += unit;
  return text;
});

const userText = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(start, fc.array(piece, { maxLength: 8 }), fc.constantFrom('', ' ', '\n', '\t', '　')).map(([a, b, c]) => a + b.join('') + c) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: longText },
);

/** One round's edits: which field, what text, and whether typed in the pane (written by the adapter) or in the grid. */
const roundArb = fc.array(fc.record({ field: fc.nat({ max: TEXT_FIELDS.length - 1 }), text: userText, via: fc.constantFrom<'pane' | 'grid'>('pane', 'grid') }), {
  minLength: 1,
  maxLength: 6,
});

const hostOn = (double: OfficeDouble): ReviewHost => hostOver(double);

/** Where a defined name points in the double's workbook. */
function cellOf(double: OfficeDouble, name: string): { sheet: string; row: number; column: number } {
  const n = double.workbookState.names.find((x) => x.name === name);
  if (!n || n.reference.kind !== 'range') throw new Error(`No range name ${name}`);
  const ref = n.reference;
  const sheet = double.workbookState.sheets.find((s) => s.id === ref.sheetId)!;
  return { sheet: sheet.name, row: ref.rect.r1, column: ref.rect.c1 };
}

/** The text a cell holds, as stored: a constant (never a formula), "" when empty. */
function storedText(double: OfficeDouble, name: string): string {
  const { sheet, row, column } = cellOf(double, name);
  const cell = double.workbookState.sheets.find((s) => s.name === sheet)!.cells.get(`${row}:${column}`);
  if (!cell) return '';
  expect(cell.formula, name).toBeNull();
  return cell.value === null ? '' : String(cell.value);
}

/** The same cells read as the add-in reads them: one Office.js batch. */
async function officeTexts(double: OfficeDouble, names: readonly string[]): Promise<string[]> {
  return double.run(async (context) => {
    const ranges = names.map((n) => context.workbook.names.getItem(n).getRange().load('values,valueTypes'));
    await context.sync();
    return ranges.map((r) => String(r.values[0]![0]));
  });
}

/** The value at a review path. */
function at(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node === undefined || node === null ? undefined : (node as Record<string | number, unknown>)[key]), value);
}

/** A user's sheet as JSON, with the names that point into it, to compare whole. */
function userSheet(double: OfficeDouble, name: string): unknown {
  const sheet = double.workbookState.sheets.find((s) => s.name === name);
  if (!sheet) return undefined;
  const names = double.workbookState.names.filter((n) => (n.reference.kind === 'range' && n.reference.sheetId === sheet.id) || n.scopeSheetId === sheet.id);
  return JSON.parse(JSON.stringify({ sheet, names }, (_k, v: unknown) => (v instanceof Map ? [...v.entries()].sort() : v)));
}

/**
 * The print sheets' cells that show a text input whole (`name&""`), by name:
 * each must still point at the input through the workbook's names.
 */
function printedTexts(double: OfficeDouble, sheetName: string): Map<string, number> {
  const sheet = double.workbookState.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`No sheet ${sheetName}`);
  const shown = new Map<string, number>();
  for (const cell of sheet.cells.values()) {
    // The forms show a text input as name&"" (whole, or cut into printed lines by MID).
    const names = new Set([...(cell.formula ?? '').matchAll(/(?<![A-Za-z0-9_])([a-z][a-z0-9_]*)&""/g)].map((m) => m[1]!));
    for (const n of names) shown.set(n, (shown.get(n) ?? 0) + 1);
  }
  return shown;
}

describe('100 refreshes of the printable sheets with text typed in between', () => {
  it('keeps every typed text byte for byte, shows it on the forms, and never touches the user’s sheets', { timeout: 120_000 }, async () => {
    let rounds = 0;
    let compared = 0;
    let longest = 0;
    // One seeded plan, run in order (no shrinking: a failure names the field and the round).
    const [plan] = fc.sample(fc.array(roundArb, { minLength: ROUNDS, maxLength: ROUNDS }), { seed: 20261123, numRuns: 1 });
    // A workbook with the user's own sheet and one that has our print sheet's name.
    const double = reviewDouble({ requirementSets: { ExcelApi: '1.17' }, sheets: ['我的資料', SHEETS.opinion] });
    await double.simulateUserEdit('我的資料', 'A1', '=1+2');
    await double.simulateUserEdit('我的資料', 'B2', '自己的筆記\n第二行');
    await double.simulateUserEdit(SHEETS.opinion, 'A1', '這是我自己的初審意見表');
    await double.simulateUserEdit(SHEETS.opinion, 'C5', 42);
    const mine = ['我的資料', SHEETS.opinion].map((s) => userSheet(double, s));
    expect(mine.every((s) => s !== undefined)).toBe(true);

    const host = hostOn(double);
    const created = await host.createReview(INIT);
    expect(created.ok && created.value.renamed).toEqual([`${SHEETS.opinion} → ${SHEETS.opinion} (2)`]);
    const ourOpinion = `${SHEETS.opinion} (2)`;

    const expected = new Map<string, string>(TEXT_FIELDS.map((f) => [f.name, storedText(double, f.name)]));
    for (const [r, edits] of plan!.entries()) {
      const byPane: Record<string, string> = {};
      for (const edit of edits) {
        const field = TEXT_FIELDS[edit.field]!;
        expected.set(field.name, edit.text);
        longest = Math.max(longest, edit.text.length);
        if (edit.via === 'pane') {
          byPane[field.name] = edit.text;
        } else {
          // Whatever the pane queued is written first, as the pane would have done before the user typed.
          if (Object.keys(byPane).length > 0) expect(await host.writeCells(byPane)).toEqual({ ok: true });
          for (const k of Object.keys(byPane)) delete byPane[k];
          const { sheet, row, column } = cellOf(double, field.name);
          const typed = await double.simulateUserEdit(sheet, cellAddress(row, column), edit.text);
          expect(typed.accepted, field.name).toBe(true);
        }
      }
      if (Object.keys(byPane).length > 0) expect(await host.writeCells(byPane)).toEqual({ ok: true });

      const show = r % 2 === 0 ? 'opinion' : 'annex1';
      expect(await host.refreshPrintSheets(show)).toEqual({ ok: true, value: { renamed: [] } });
      rounds++;

      // 1. The cells, as stored and as Office.js reads them.
      const names = TEXT_FIELDS.map((f) => f.name);
      const viaOffice = await officeTexts(double, names);
      names.forEach((name, i) => {
        const want = expected.get(name)!;
        expect(storedText(double, name) === want, `${name} after round ${r + 1}`).toBe(true);
        expect(viaOffice[i] === want, `${name} via Office.js after round ${r + 1}`).toBe(true);
        compared += 2;
      });

      // 2. Through the reader the pane uses (blank text reads as no value).
      const read = await host.readReview();
      if (!read.ok) throw new Error(read.message);
      const review = read.value.review;
      expect(review, JSON.stringify(read.value.problems)).toBeDefined();
      for (const field of TEXT_FIELDS) {
        const want = expected.get(field.name)!;
        const got = at(review, field.path(INIT.selectionYear));
        // The reader keeps only panel rows with a name, closing gaps; those cells are checked as stored above.
        if (field.name.startsWith('panel_')) continue;
        expect(got === (want.trim() === '' ? undefined : want), `${field.name} read after round ${r + 1}`).toBe(true);
        compared++;
      }

      // 3. The forms show the inputs through formulas over the names, which still point at the typed cells.
      const onOpinion = printedTexts(double, ourOpinion);
      const onAnnex1 = printedTexts(double, SHEETS.annex1);
      for (const name of ['opinion_strengths', 'opinion_suggestions', 'cand_name', 'review_unit']) expect(onOpinion.get(name), name).toBeGreaterThan(0);
      for (const name of ['cand_name', 'cand_address', 'cand_representative', 'cand_safety_staff']) expect(onAnnex1.get(name), name).toBeGreaterThan(0);
      for (const name of [...onOpinion.keys(), ...onAnnex1.keys()]) expect(cellOf(double, name).sheet).not.toMatch(/初審意見表|附表一/);

      // 4. The user's sheets, exactly as they were.
      expect(['我的資料', SHEETS.opinion].map((s) => userSheet(double, s))).toEqual(mine);
      expect(double.workbookState.sheets.find((s) => s.id === double.workbookState.activeSheetId)?.name).toBe(show === 'opinion' ? ourOpinion : SHEETS.annex1);
    }
    expect(rounds).toBe(ROUNDS);
    console.info(`no-loss: ${rounds} refreshes, ${compared} text comparisons, longest text ${longest} characters`);
  });
});

describe('a print sheet the add-in cannot prove it made', () => {
  it('is left alone: the refresh adds the form under a free tab name and says so', async () => {
    const double = reviewDouble({ requirementSets: { ExcelApi: '1.17' }, sheets: ['工作表1'] });
    const host = hostOn(double);
    expect((await host.createReview(INIT)).ok).toBe(true);
    // As in a workbook where the print sheet's name was deleted (Name Manager): the tab "初審意見表" may now be anyone's.
    await double.run(async (context) => {
      context.workbook.names.getItem('print_opinion').delete();
      await context.sync();
    });
    await double.simulateUserEdit(SHEETS.opinion, 'H1', '我在這裡加的註記');
    const before = userSheet(double, SHEETS.opinion);
    const refresh = await host.refreshPrintSheets('opinion');
    expect(refresh).toEqual({ ok: true, value: { renamed: [`${SHEETS.opinion} → ${SHEETS.opinion} (2)`] } });
    expect(userSheet(double, SHEETS.opinion)).toEqual(before);
    // The form: the 優點 box's lines (and the hidden column that finds where each starts) are formulas over the name.
    expect(printedTexts(double, `${SHEETS.opinion} (2)`).get('opinion_strengths')).toBeGreaterThanOrEqual(STRENGTHS_LINES);
    // The next refresh finds its own sheet by name and rebuilds it in place, adding no more.
    const again = await host.refreshPrintSheets('annex1');
    expect(again).toEqual({ ok: true, value: { renamed: [] } });
    expect(double.workbookState.sheets.filter((s) => s.name.startsWith(SHEETS.opinion)).map((s) => s.name)).toEqual([SHEETS.opinion, `${SHEETS.opinion} (2)`]);
  });
});
