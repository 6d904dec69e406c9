/**
 * 附表二: the entry sheet's names, the print form's verbatim texts and live
 * formulas (HyperFormula), the reader's round trip through .xlsx, and the
 * form printed by LibreOffice on A4 portrait.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ANNEX2_NOTE, CRITERIA, PRIOR_AWARD_OPTIONS, RESULT_OPTIONS, SEAL_LABEL } from '../../src/personnel/osh-person-113.ts';
import { parsePersonnelReview, type PersonnelReview } from '../../src/personnel/schema.ts';
import { parseCell } from '../../src/sheets/address.ts';
import {
  ACHIEVEMENT_FIELDS,
  ANNEX2_SHEETS,
  annex2Workbook,
  NOMINATION_FIELDS,
  PERSON_HEADER_FIELDS,
  PERSON_PANEL_FIELDS,
  PERSON_REVIEW_FIELDS,
  PRIOR_AWARD_FIELDS,
  PRIOR_OTHER_FIELD,
  PRIOR_STATUS_FIELD,
  readPersonnelEntry,
  RESULT_FIELDS,
} from '../../src/sheets/annex2.ts';
import type { WorkbookDescription } from '../../src/sheets/types.ts';
import { exceljsLookup, parseReference } from '../../src/workbook/exceljs-reader.ts';
import { loadWorkbook, writeReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { evaluate } from '../support/hyperformula.ts';
import { LIBREOFFICE, MUST_RUN, printPdf } from '../support/libreoffice.ts';
import { printOnly } from '../support/print-only.ts';

import { SEED } from '../support/seed.ts';
const squash = (s: string) => s.replace(/\s+/g, '');
const seed = squash(readFileSync(SEED, 'utf8'));

function personnel(json: unknown): PersonnelReview {
  const parsed = parsePersonnelReview(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.review;
}

const FULL = personnel({
  form: 'osh-person-113',
  selectionYear: 113,
  reviewDate: '2024-04-18',
  reviewId: 'HC-113-P01',
  reviewUnit: '新竹市政府',
  person: { unit: '○○科技股份有限公司新竹廠', location: '新竹市東區○○路100號', name: '陳○○', title: '職業安全衛生管理師', phone: '03-5551234', gender: '女', age: 46, address: '新竹市北區○○街20號' },
  nomination: { route: '推薦', nominator: '新竹市工業會' },
  achievements: {
    '1': { text: '建置全廠職業安全衛生管理系統並通過 TOSHMS 驗證；近三年缺失改善率由 72% 提升至 98%。', comment: '推動成效具體，數據完整。' },
    '5': { text: '推動健康促進計畫，員工參與率 85%。\n設置哺集乳室。', comment: '具體可行。' },
  },
  priorAwards: { status: 'awarded', awards: [{ type: '功績獎', year: 108 }, { type: '功績獎', year: 110 }] },
  result: { decision: 'pass', award: '技術獎' },
  panel: [
    { name: '林○○', organisation: '新竹市政府勞工處', title: '技正' },
    { name: '張○○', organisation: '勞動部職業安全衛生署北區職業安全衛生中心', title: '檢查員' },
  ],
});

const SELF = personnel({
  form: 'osh-person-113',
  selectionYear: 113,
  person: { name: '王○○' },
  nomination: { route: '自薦', employerConsent: true },
  achievements: { '7': { text: '發明防夾裝置。' } },
  priorAwards: { status: 'other', otherText: '縣市優良人員' },
  result: { decision: 'other', otherText: '補件後再議' },
});

function printSheet(wb: WorkbookDescription) {
  return wb.sheets.find((s) => s.key === ANNEX2_SHEETS.print.key)!;
}

/** Every value the print form shows, after HyperFormula computes it. */
function printedTexts(wb: WorkbookDescription): string[] {
  const hf = evaluate(wb);
  const sheet = printSheet(wb);
  const id = hf.hf.getSheetId(sheet.name)!;
  return sheet.cells.map((c) => {
    const { row, column } = parseCell(c.address);
    const v = hf.hf.getCellValue({ sheet: id, row: row - 1, col: column - 1 });
    if (typeof v === 'object' && v !== null) throw new Error(`${c.address}: ${JSON.stringify(v)} from ${c.formula}`);
    return String(v ?? '');
  });
}

/** Names a formula refers to: identifiers outside string literals that are not calls. */
function namesIn(formula: string): string[] {
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...bare.matchAll(/[A-Za-z_][A-Za-z0-9_.]*(?![A-Za-z0-9_.(])/g)].map((m) => m[0]);
}

describe('附表二 entry sheet', () => {
  const wb = annex2Workbook(FULL);

  it('names every input once, on the entry sheet', () => {
    const fields = [
      ...PERSON_REVIEW_FIELDS,
      ...PERSON_HEADER_FIELDS,
      ...NOMINATION_FIELDS,
      ...ACHIEVEMENT_FIELDS.flatMap((a) => [a.text, a.comment]),
      PRIOR_STATUS_FIELD,
      ...PRIOR_AWARD_FIELDS.flatMap((p) => [p.type, p.year]),
      PRIOR_OTHER_FIELD,
      ...RESULT_FIELDS,
      ...PERSON_PANEL_FIELDS.flatMap((p) => [p.name, p.organisation, p.title]),
    ].map((f) => f.name);
    const names = wb.names.map((n) => n.name);
    expect(names.sort()).toEqual([...fields].sort());
    expect(new Set(names).size).toBe(names.length);
    for (const n of wb.names) expect(n.sheet).toBe(ANNEX2_SHEETS.entry.key);
  });

  it('offers the printed options as drop-downs', () => {
    const entry = wb.sheets.find((s) => s.key === ANNEX2_SHEETS.entry.key)!;
    const lists = entry.validations.filter((v) => v.type === 'list').map((v) => (v.type === 'list' ? v.values : []));
    expect(lists).toContainEqual(['推薦', '自薦']);
    expect(lists).toContainEqual([RESULT_OPTIONS.pass, RESULT_OPTIONS.fail, '其他']);
    expect(lists).toContainEqual(['曾獲本部(含前勞委會)優良人員', PRIOR_AWARD_OPTIONS.never, '其他']);
    expect(lists).toContainEqual(['功績獎', '技術獎']);
    // Excel splits a list's values at ASCII commas: none may hold one.
    for (const values of lists) for (const v of values) expect(v).not.toContain(',');
  });
});

describe('附表二 print form', () => {
  it('prints the 要點 五 conditions, the 備註 and 初審結果 options and the 註 verbatim', () => {
    const sheet = printSheet(annex2Workbook());
    const literals = sheet.cells.flatMap((c) => (c.formula ? [...c.formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!) : [String(c.value ?? '')])).join('\n');
    for (const c of CRITERIA) {
      expect(literals).toContain(c.text);
      // 附表二 prints the seventh without its final "。" (see its sourceNote).
      expect(seed).toContain(squash(c.id === '7' ? c.text.replace(/。$/, '') : c.text));
    }
    for (const t of [ANNEX2_NOTE, SEAL_LABEL, PRIOR_AWARD_OPTIONS.awarded, PRIOR_AWARD_OPTIONS.never, RESULT_OPTIONS.pass, RESULT_OPTIONS.fail, '初審結果', '優良事蹟', '初審評語']) {
      expect(literals).toContain(t);
      expect(seed).toContain(squash(t));
    }
    for (const h of ['單位', '所在地', '姓名', '職稱', '電話', '性別', '年齡', '地址', '任職單位', '簽名']) expect(literals).toContain(h);
  });

  it('refers only to names the entry sheet defines', () => {
    const wb = annex2Workbook();
    const defined = new Set(wb.names.map((n) => n.name));
    const used = printSheet(wb).cells.flatMap((c) => (c.formula ? namesIn(c.formula) : []));
    const functions = new Set(['TRUE', 'FALSE']);
    for (const name of used) if (!functions.has(name)) expect(defined, name).toContain(name);
  });

  it('fills the form from the entry sheet, ticks and all (HyperFormula)', () => {
    const texts = printedTexts(annex2Workbook(FULL));
    expect(texts).toContain('113 年推行職業安全衛生優良人員推薦表');
    for (const t of ['○○科技股份有限公司新竹廠', '陳○○', '職業安全衛生管理師', '03-5551234', '女', '46', '新竹市北區○○街20號', '推動成效具體，數據完整。', '初審單位：新竹市政府', '勞動部職業安全衛生署北區職業安全衛生中心']) {
      expect(texts).toContain(t);
    }
    expect(texts).toContain('☑ 曾獲本部(含前勞委會)優良人員：');
    expect(texts).toContain('1. ☑ 功績獎(打勾者填寫獲獎 108、110 年度)');
    expect(texts).toContain('2. ☐ 技術獎(打勾者填寫獲獎 \u3000\u3000 年度)');
    expect(texts).toContain('☐ 未曾獲本部(含前勞委會)優良人員');
    expect(texts).toContain('☑ 初審通過，建議參加下列決審');
    expect(texts).toContain('1. ☐ 功績獎\u3000\u3000\u3000 2. ☑ 技術獎');
    expect(texts).toContain('☐ 初審不通過，建議不納入決審');
  });

  it('titles a self-nomination 自薦表 and ticks 其他 with its text', () => {
    const texts = printedTexts(annex2Workbook(SELF));
    expect(texts).toContain('113 年推行職業安全衛生優良人員自薦表');
    expect(texts).toContain('☑ 其他：縣市優良人員');
    expect(texts).toContain('☑ 其他：補件後再議');
    expect(texts).toContain('☐ 初審通過，建議參加下列決審');
  });

  it('prints a blank form with the title\'s year left open', () => {
    expect(printedTexts(annex2Workbook())).toContain('○○○ 年推行職業安全衛生優良人員自薦(推薦)表');
  });

  it('is set up for A4 portrait, and frames the 初審 parts in medium lines', () => {
    const sheet = printSheet(annex2Workbook(FULL));
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
    expect(sheet.cells.some((c) => c.style?.border?.left === 'medium')).toBe(true);
    expect(sheet.protect).toBe(true);
  });

  it('sizes the deeds rows to what was typed', () => {
    const long = personnel({ ...FULL, achievements: { '1': { text: '推動'.repeat(400) } } });
    const sheet = printSheet(annex2Workbook(long));
    const short = printSheet(annex2Workbook(FULL));
    const total = (s: typeof sheet) => s.rows.reduce((h, r) => h + r.height, 0);
    expect(total(sheet)).toBeGreaterThan(total(short) + 400);
    // Each row within Excel's 409 pt: the text runs on over several rows.
    expect(Math.max(...sheet.rows.map((r) => r.height))).toBeLessThanOrEqual(409);
    // Too long for one page: it runs on at full size instead of shrinking, broken between blocks.
    expect(sheet.pageSetup?.fitToHeight).toBe(0);
    expect(sheet.rowBreaks?.length).toBeGreaterThan(0);
    const blank = printSheet(annex2Workbook());
    expect(blank.pageSetup?.fitToHeight).toBe(1);
  });
});

describe('附表二 reader', () => {
  async function roundTrip(review: PersonnelReview | undefined) {
    return readPersonnelEntry(exceljsLookup(await loadWorkbook(await writeReviewXlsx(annex2Workbook(review)))));
  }

  it.each([
    ['a full 推薦', FULL],
    ['a 自薦 with 其他', SELF],
  ])('gives back %s unchanged', async (_, review) => {
    const read = await roundTrip(review);
    expect(read.problems).toEqual([]);
    expect(read.review).toEqual(review);
  });

  it('asks for the year of a blank form', async () => {
    const read = await roundTrip(undefined);
    expect(read.review).toBeUndefined();
    expect(read.problems.map((p) => p.message).join('\n')).toMatch(/'附表二\(填寫\)'!B\d+（person_year）：選拔年度（民國）必填/);
  });

  it('reports hand-edited cells by sheet, address and name', async () => {
    const wb = await loadWorkbook(await writeReviewXlsx(annex2Workbook(FULL)));
    const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    const set = (name: string, value: ExcelJS.CellValue) => {
      const ref = parseReference(model.find((n) => n.name === name)!.ranges[0]!)!;
      wb.getWorksheet(ref.sheet)!.getCell(ref.address).value = value;
    };
    set('person_age', '四十六');
    set('person_result_decision', '通過');
    set('person_prior_year_2', null);
    const read = readPersonnelEntry(exceljsLookup(wb));
    const messages = read.problems.map((p) => p.message).join('\n');
    expect(read.review).toBeUndefined();
    expect(messages).toMatch(/'附表二\(填寫\)'!B\d+（person_age）：年齡：是文字「四十六」.*請清除後直接輸入/);
    expect(messages).toMatch(/person_result_decision.*應從下拉選單選 「初審通過，建議參加下列決審」.*不是文字「通過」/);
    expect(messages).toMatch(/person_prior_year_2.*獎項與年度須同時填寫/);
  });

  it('says a workbook without the entry names is not 附表二', () => {
    const read = readPersonnelEntry(() => undefined);
    expect(read.problems[0]!.message).toContain('這不是附表二工作簿');
  });
});

describe.skipIf(!LIBREOFFICE && !MUST_RUN)('附表二 printed by LibreOffice', () => {
  it('prints the filled form on A4 portrait pages with its title, at a readable size (two pages: one would need 7.7 pt type)', async () => {
    const rendered = printPdf(await writeReviewXlsx(printOnly(annex2Workbook(FULL), ANNEX2_SHEETS.print.key)), 'annex2');
    expect(rendered.pages).toHaveLength(2);
    const [page] = rendered.pages;
    expect(page!.a4).toBe(true);
    expect(page!.width).toBeCloseTo(595.3, 0);
    expect(page!.height).toBeCloseTo(841.9, 0);
    expect(page!.firstLine).toBe('附表二');
    const lines = rendered.pageLines(1).map(squash);
    expect(lines[1]).toBe('113年推行職業安全衛生優良人員推薦表');
    const all = [...lines, ...rendered.pageLines(2).map(squash)].join('');
    for (const t of ['初審結果', '現場評鑑', '初審單位：新竹市政府', squash(ANNEX2_NOTE)]) expect(all).toContain(t);
  });

  it('runs a long text on to a second A4 page rather than shrinking it', async () => {
    const long = personnel({ ...FULL, achievements: { '1': { text: '推動全廠安全衛生管理，'.repeat(60) } } });
    const rendered = printPdf(await writeReviewXlsx(printOnly(annex2Workbook(long), ANNEX2_SHEETS.print.key)), 'annex2-long');
    expect(rendered.pages.length).toBeGreaterThan(1);
    for (const page of rendered.pages) expect(page.a4).toBe(true);
    expect(rendered.pages[0]!.firstLine).toBe('附表二');
  });
});
