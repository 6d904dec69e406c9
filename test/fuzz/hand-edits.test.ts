/**
 * Hand edits, fuzzed: valid review workbooks get the edits a person makes
 * in Excel (any value typed anywhere, rows inserted and deleted, tabs renamed,
 * hidden or deleted, defined names removed or pointing elsewhere, validation
 * removed), are written to .xlsx bytes and read back with readReviewXlsx.
 *
 * What must hold, whatever was done to the file:
 * - reading never throws;
 * - every problem is located: a non-empty `where` ('Sheet'!A1 on a sheet the
 *   file has), or, when `where` is empty, its `name` is a defined name the
 *   file no longer resolves (so the message can tell the person which name
 *   to restore);
 * - a review, when one is returned, passes parseReview.
 *
 * On rows moving: ExcelJS is often said not to move defined names when rows
 * move. ExcelJS 4.4 (checked, worksheet.js spliceRows) does shift one-cell
 * names in `spliceRows`/`insertRow`, and drops a name whose row is deleted
 * (Excel turns it into #REF!; to the reader both are "missing"); it leaves
 * validations and conditional formats where they were, and never rewrites
 * names when a tab is renamed (Excel does, so a renamed tab here stands for a
 * file from a tool that does not). Whatever the tool, a name can end up
 * pointing at a cell other than the one the layout put it on — a label, a
 * formula, a blank — so the `repoint` edit models that directly ("the name
 * now points at another cell") and the reader must still report every bad
 * value by where it now is.
 *
 * Not fuzzed: renaming a tab to a name with an apostrophe. ExcelJS 4.4 then
 * writes the sheet's print area unescaped ('O'Brien'!$A1:$E50), a file its
 * own reader cannot load; Excel escapes it ('O''Brien'!…), and that file
 * reads fine. A harness limitation, not the reader's.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReview } from '../../src/review/evaluate.ts';
import type { Review } from '../../src/review/schema.ts';
import { DEFAULT_RUBRIC, itemsOf } from '../../src/rubric/registry.ts';
import { SHEETS } from '../../src/sheets/layout.ts';
import { readReview, type ReadResult } from '../../src/sheets/reader.ts';
import type { WorkbookDescription } from '../../src/sheets/types.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { toExcelJs } from '../../src/workbook/exceljs-writer.ts';
import { exceljsLookup, parseReference } from '../../src/workbook/exceljs-reader.ts';
import { loadWorkbook, readReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { reviewArb } from '../../packages/fixtures/arbitraries.ts';

const rubric = DEFAULT_RUBRIC;
type NameModel = { name: string; ranges: string[] }[];
const namesOf = (wb: ExcelJS.Workbook) => wb.definedNames as unknown as { model: NameModel };

// A handful of starting points: a blank workbook and random filled reviews.
const REVIEWS: (Review | undefined)[] = [undefined, ...fc.sample(reviewArb(rubric), { numRuns: 5, seed: 20240415 })];
const DESCRIPTIONS: WorkbookDescription[] = REVIEWS.map((r) => reviewWorkbook(rubric, r));
const LAYOUT = DESCRIPTIONS[0]!;
const NAMES = LAYOUT.names.map((n) => n.name);
const INPUT_NAMES = LAYOUT.names.filter((n) => ['basic', 'eligibility', 'scoring', 'meta'].includes(n.sheet)).map((n) => n.name);
const SHEET_NAMES: string[] = Object.values(SHEETS);
const LEVEL_LABELS = [...new Set(itemsOf(rubric).flatMap((i) => i.levels.map((l) => l.label)))];

// ------------------------------------------------------------------ values a person types

const ERRORS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!'] as const;
const errorValue = fc.constantFrom(...ERRORS).map((error) => ({ error }) as ExcelJS.CellErrorValue);

/** Text that means something to one reader or another, and text that means nothing. */
const trickyText = fc.constantFrom(
  '是', '否', 'Y', 'n', 'TRUE', '有', '無', '☑', '✓', 'V',
  ...LEVEL_LABELS, '不適用', '未達', 'N/A', '優秀', ' 優 ',
  '113', '１１３', '113年', '民國113年', '113/04/15', '民國113年4月15日', '2024/04/15', '2024-02-30', '２０２４／０４／１５',
  '1,234', '１，２３４', '12.5', '-1', '-0', '1e3', '0x10', '３．５', '½',
  '=HYPERLINK("http://evil","x")', '+1+1', '@SUM(A1)', "'=1+1",
  '#N/A', '   ', '\t', '\n', '', 'osh-unit-999', 'osh-unit-113',
);
const anyText = fc.oneof(trickyText, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }));
const fullWidthDigits = fc.nat({ max: 99999 }).map((n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))));
const anyNumber = fc.oneof(
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 0.5, 1.55, 2958466, 1e15, 113, 45397),
);
const anyDate = fc.date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
const formulaResult = fc.oneof(anyNumber, anyText, fc.boolean(), anyDate, errorValue);

const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  { weight: 4, arbitrary: anyText },
  { weight: 3, arbitrary: anyNumber },
  { weight: 1, arbitrary: fullWidthDigits },
  { weight: 1, arbitrary: errorValue },
  { weight: 1, arbitrary: anyDate },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: formulaResult.map((result) => ({ formula: 'A1+1', result }) as ExcelJS.CellFormulaValue) },
  { weight: 1, arbitrary: fc.constant({ formula: 'A1+1' } as ExcelJS.CellFormulaValue) },
  { weight: 1, arbitrary: anyText.map((text) => ({ richText: [{ text }, { text: '!' }] }) as ExcelJS.CellRichTextValue) },
  { weight: 1, arbitrary: anyText.map((text) => ({ text, hyperlink: 'http://example.invalid/' }) as ExcelJS.CellHyperlinkValue) },
);

// ------------------------------------------------------------------ edits

type Target = { readonly name: string } | { readonly sheet: string; readonly address: string };

type Edit =
  | { readonly op: 'set'; readonly target: Target; readonly value: ExcelJS.CellValue }
  | { readonly op: 'insertRows'; readonly sheet: string; readonly row: number; readonly count: number }
  | { readonly op: 'deleteRows'; readonly sheet: string; readonly row: number; readonly count: number }
  | { readonly op: 'renameSheet'; readonly sheet: string; readonly to: string }
  | { readonly op: 'hideSheet'; readonly sheet: string; readonly state: 'hidden' | 'veryHidden' | 'visible' }
  | { readonly op: 'deleteSheet'; readonly sheet: string }
  | { readonly op: 'removeName'; readonly name: string }
  | { readonly op: 'repoint'; readonly name: string; readonly sheet: string; readonly address: string }
  | { readonly op: 'removeValidation'; readonly sheet: string };

const sheetArb = fc.constantFrom(...SHEET_NAMES);
const addressArb = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 120 })).map(([c, r]) => `${String.fromCharCode(64 + c)}${r}`);
const targetArb: fc.Arbitrary<Target> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...INPUT_NAMES).map((name) => ({ name })) },
  { weight: 1, arbitrary: fc.constantFrom(...NAMES).map((name) => ({ name })) },
  { weight: 1, arbitrary: fc.record({ sheet: sheetArb, address: addressArb }) },
);

const valueEdit: fc.Arbitrary<Edit> = fc.record({ op: fc.constant('set' as const), target: targetArb, value: cellValue });

const structuralEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('insertRows' as const), sheet: sheetArb, row: fc.integer({ min: 1, max: 80 }), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('deleteRows' as const), sheet: sheetArb, row: fc.integer({ min: 1, max: 80 }), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('renameSheet' as const), sheet: sheetArb, to: fc.constantFrom('工作表1', 'Sheet2', '評分 (2)', '評分') }),
  fc.record({ op: fc.constant('hideSheet' as const), sheet: sheetArb, state: fc.constantFrom('hidden' as const, 'veryHidden' as const, 'visible' as const) }),
  fc.record({ op: fc.constant('deleteSheet' as const), sheet: sheetArb }),
  fc.record({ op: fc.constant('removeName' as const), name: fc.constantFrom(...NAMES) }),
  fc.record({ op: fc.constant('repoint' as const), name: fc.constantFrom(...INPUT_NAMES), sheet: sheetArb, address: addressArb }),
  fc.record({ op: fc.constant('removeValidation' as const), sheet: sheetArb }),
);

const anyEdit = fc.oneof({ weight: 3, arbitrary: valueEdit }, { weight: 2, arbitrary: structuralEdit });

function resolveTarget(wb: ExcelJS.Workbook, target: Target): { ws: ExcelJS.Worksheet; address: string } | undefined {
  if ('name' in target) {
    const entry = namesOf(wb).model.find((n) => n.name === target.name);
    const ref = entry?.ranges.length === 1 ? parseReference(entry.ranges[0]!) : undefined;
    const ws = ref && wb.getWorksheet(ref.sheet);
    return ws && ref ? { ws, address: ref.address } : undefined;
  }
  const ws = wb.getWorksheet(target.sheet);
  return ws ? { ws, address: target.address } : undefined;
}

/** Applies one edit as Excel would leave the file; edits on sheets or names already gone do nothing. */
function apply(wb: ExcelJS.Workbook, edit: Edit): void {
  switch (edit.op) {
    case 'set': {
      const at = resolveTarget(wb, edit.target);
      if (at) at.ws.getCell(at.address).value = edit.value;
      return;
    }
    case 'insertRows':
      wb.getWorksheet(edit.sheet)?.spliceRows(edit.row, 0, ...Array.from({ length: edit.count }, () => []));
      return;
    case 'deleteRows':
      wb.getWorksheet(edit.sheet)?.spliceRows(edit.row, edit.count);
      return;
    case 'renameSheet': {
      const ws = wb.getWorksheet(edit.sheet);
      if (ws && !wb.getWorksheet(edit.to)) ws.name = edit.to;
      return;
    }
    case 'hideSheet': {
      const ws = wb.getWorksheet(edit.sheet);
      if (ws) ws.state = edit.state;
      return;
    }
    case 'deleteSheet': {
      const ws = wb.getWorksheet(edit.sheet);
      if (ws) wb.removeWorksheet(ws.id);
      return;
    }
    case 'removeName': {
      const names = namesOf(wb);
      names.model = names.model.filter((n) => n.name !== edit.name);
      return;
    }
    case 'repoint': {
      const names = namesOf(wb);
      const range = `'${edit.sheet.replace(/'/g, "''")}'!$${edit.address.replace(/(\d+)$/, '$$$1')}`;
      names.model = [...names.model.filter((n) => n.name !== edit.name), { name: edit.name, ranges: [range] }];
      return;
    }
    case 'removeValidation': {
      const ws = wb.getWorksheet(edit.sheet) as (ExcelJS.Worksheet & { dataValidations: { model: Record<string, unknown> } }) | undefined;
      if (ws) ws.dataValidations.model = {};
      return;
    }
  }
}

// ------------------------------------------------------------------ what must hold

const WHERE = /^'((?:[^']|'')+)'!([A-Z]+)(\d+)$/;

/**
 * Known reader bugs, each pinned by an `it.fails` test at the end of this
 * file: in these cases the reader hands parseReview's JSON path on as the
 * problem, with no `where`, and returns no review. Tolerated in the fuzz
 * (these exact paths only) so that it keeps looking for other kinds; remove
 * an entry when its `it.fails` starts failing.
 */
const KNOWN_UNLOCATED: ReadonlySet<string> = new Set([
  // review_date's name is gone (deleted row, name removed, tab deleted).
  'reviewDate',
  // 同行業平均 失能傷害頻率 given without 嚴重率, or the other way round.
  'candidate.rates.industryAverage.fr',
  'candidate.rates.industryAverage.sr',
  // 企業形象 具體事蹟 typed while its 是/否 cell is blank.
  'candidate.image.experienceSharing.checked',
  'candidate.image.publicWelfare.checked',
  'candidate.image.other.checked',
]);

function checkResult(result: ReadResult, wb: ExcelJS.Workbook, tolerated: ReadonlySet<string> = KNOWN_UNLOCATED): void {
  const lookup = exceljsLookup(wb);
  for (const p of result.problems) {
    expect(p.message, JSON.stringify(p)).not.toBe('');
    if (p.where !== '') {
      const m = WHERE.exec(p.where);
      expect(m, `where must be 'Sheet'!A1: ${JSON.stringify(p)}`).not.toBeNull();
      const sheet = m![1]!.replace(/''/g, "'");
      expect(wb.getWorksheet(sheet), `where names a sheet the file has: ${JSON.stringify(p)}`).toBeDefined();
    } else if (!tolerated.has(p.name)) {
      expect(NAMES, `a problem without where must name a defined name: ${JSON.stringify(p)}`).toContain(p.name);
      expect(lookup(p.name), `…one the file no longer resolves: ${JSON.stringify(p)}`).toBeUndefined();
      expect(p.message).toContain(p.name);
    }
  }
  if (result.review !== undefined) {
    const parsed = parseReview(result.review);
    expect(parsed.ok, JSON.stringify(parsed.ok ? [] : parsed.problems)).toBe(true);
  }
}

/** The workbook's bytes, stored rather than deflated: the cells are under test, and deflating was a third of each run. */
async function written(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions)) as ArrayBuffer);
}

/** FUZZ_SEED=<n> explores other inputs; by default the seeds are fixed so CI is repeatable. */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const baseIndex = fc.integer({ min: 0, max: DESCRIPTIONS.length - 1 });

describe('hand-edited workbooks, written to bytes and read back', () => {
  it('never throw, locate every problem, and return only valid reviews', async () => {
    let edits = 0;
    await fc.assert(
      fc.asyncProperty(baseIndex, fc.array(anyEdit, { minLength: 1, maxLength: 14 }), async (i, list) => {
        const wb = toExcelJs(ExcelJS, DESCRIPTIONS[i]!);
        for (const edit of list) apply(wb, edit);
        edits += list.length;
        const bytes = await written(wb);
        // readReviewXlsx(bytes) is readReview(exceljsLookup(loadWorkbook(bytes))): one load serves the check too.
        const read = await loadWorkbook(bytes);
        checkResult(readReview(exceljsLookup(read)), read);
      }),
      { numRuns: 80, seed: SEED ?? 7 },
    );
    expect(edits).toBeGreaterThan(400);
  });
});

describe('hand-typed values, in memory (many more runs)', () => {
  it('never throw, locate every problem, and return only valid reviews', () => {
    // One workbook per starting point, edited and then restored after each run.
    const books = DESCRIPTIONS.map((d) => toExcelJs(ExcelJS, d));
    let edits = 0;
    fc.assert(
      fc.property(baseIndex, fc.array(valueEdit, { minLength: 1, maxLength: 12 }), (i, list) => {
        const wb = books[i]!;
        const undo: (() => void)[] = [];
        try {
          for (const edit of list) {
            if (edit.op !== 'set') continue;
            const at = resolveTarget(wb, edit.target);
            if (!at) continue;
            const cell = at.ws.getCell(at.address);
            const before = cell.value;
            undo.push(() => {
              cell.value = before;
            });
            cell.value = edit.value;
            edits++;
          }
          checkResult(readReview(exceljsLookup(wb)), wb);
        } finally {
          for (const u of undo.reverse()) u();
        }
      }),
      { numRuns: 1500, seed: SEED ?? 11 },
    );
    expect(edits).toBeGreaterThan(5000);
  });
});

/** A base review with `values` typed into named cells, written and read back. */
async function typedInto(values: Readonly<Record<string, ExcelJS.CellValue>>, edits: readonly Edit[] = []): Promise<{ result: ReadResult; wb: ExcelJS.Workbook }> {
  const wb = toExcelJs(ExcelJS, DESCRIPTIONS[1]!);
  for (const [name, value] of Object.entries(values)) apply(wb, { op: 'set', target: { name }, value });
  for (const edit of edits) apply(wb, edit);
  const bytes = await written(wb);
  return { result: await readReviewXlsx(bytes), wb: await loadWorkbook(bytes) };
}

const NONE: ReadonlySet<string> = new Set();

describe('known reader bugs: each fails until src is fixed, then make it a plain `it`', () => {
  it('a deleted review_date name is reported by that name, not as the JSON path "reviewDate"', async () => {
    const { result, wb } = await typedInto({}, [{ op: 'removeName', name: 'review_date' }]);
    checkResult(result, wb, NONE);
  });

  it('同行業平均 失能傷害頻率 without 嚴重率 is reported at elig_avg_sr, like the yearly pairs', async () => {
    const { result, wb } = await typedInto({ elig_avg_fr: 1.2, elig_avg_sr: null });
    checkResult(result, wb, NONE);
  });

  it('具體事蹟 typed with its 是/否 left blank is reported at cand_image_sharing (or read as ticked), and the review is kept', async () => {
    const { result, wb } = await typedInto({ cand_image_sharing: null, cand_image_sharing_text: '辦理工安觀摩會' });
    checkResult(result, wb, NONE);
    expect(result.review).toBeDefined();
  });
});

describe('the located cases around those bugs already work', () => {
  it('a yearly FR without its SR is reported at the blank cell', async () => {
    const { result, wb } = await typedInto({ elig_own_fr_1: 1.2, elig_own_sr_1: null });
    checkResult(result, wb, NONE);
    expect(result.problems.map((p) => p.name)).toContain('elig_own_sr_1');
  });

  it('a missing review_year name is reported by name', async () => {
    const { result, wb } = await typedInto({}, [{ op: 'removeName', name: 'review_year' }]);
    checkResult(result, wb, NONE);
    expect(result.problems.map((p) => p.name)).toContain('review_year');
  });
});
