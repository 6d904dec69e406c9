/**
 * The task pane's 合併 and 排序 on real .xlsx bytes: what is built, what is
 * reported per file, and when the tools refuse, as the CLI decides.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { PANEL_SHEET } from '../../../src/sheets/panel.ts';
import { RANKING_SHEET } from '../../../src/sheets/ranking.ts';
import type { SheetDescription } from '../../../src/sheets/types.ts';
import { wordProblems } from '../../../src/taskpane/tools/file-problems.ts';
import { fileLabels, mergeFiles, rankFiles, type SourceFile } from '../../../src/taskpane/tools/review-files.ts';
import { PROBLEM_WORDS_ZH, type Problem } from '../../../src/review/problem.ts';
import { readReviewXlsx, writeReviewXlsx } from '../../../src/workbook/xlsx-file.ts';
import { CORRUPT_ZIP, fileOf, fullMarks, unitReview, xlsxOf, xlsxWithCell } from '../../builders/review-files.ts';

/** Every text value of a described sheet, in address order. */
const textsOf = (sheet: SheetDescription) => sheet.cells.map((c) => c.value).filter((v): v is string => typeof v === 'string');

/** Problems as the zh-TW pane words them: each file's lines, and the refusals of no one file. */
const worded = (problems: readonly Problem[]) => {
  const w = wordProblems(problems, PROBLEM_WORDS_ZH);
  return { files: w.files, refusals: w.general };
};

describe('mergeFiles', () => {
  let a: SourceFile;
  let b: SourceFile;
  beforeAll(async () => {
    a = fileOf('委員A.xlsx', await xlsxOf(unitReview(fullMarks(), {}, { opinion: { strengths: '高階主管積極支持' } })));
    b = fileOf('委員B.xlsx', await xlsxOf(unitReview({ ...fullMarks(), '2.3': { level: '良', points: 1.8 } }, { name: '○○實業股份有限公司 ' })));
  });

  test('two members of one candidate: 小組合議 in front of the merged review, progress after each file', async () => {
    const progress: string[] = [];
    const outcome = await mergeFiles([a, b], (p) => progress.push(`${p.done}/${p.total} ${p.name}`));
    expect(progress).toEqual(['1/2 委員A.xlsx', '2/2 委員B.xlsx']);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    expect(outcome.show).toBe(PANEL_SHEET.key);
    expect(outcome.description.sheets[0]!.name).toBe(PANEL_SHEET.name);
    expect(outcome.summary.members).toEqual(['委員A.xlsx', '委員B.xlsx']);
    expect(outcome.summary.candidate).toBe('○○實業股份有限公司');
    // 2.3 (best 3.0) averages (3.0 + 1.8) / 2 = 2.4 of section 二 (20 points, weight 20): 99.5 − 0.6 = 98.9.
    expect(outcome.summary.total).toBeCloseTo(98.9, 9);
    expect(outcome.summary.discuss).toContain('2.3');
    // The workbook written from the description is itself the merged review.
    const read = await readReviewXlsx(await writeReviewXlsx(outcome.description));
    expect(read.problems).toEqual([]);
    expect(read.review?.items['2.3']?.points).toBe(2.4);
  });

  test('an unreadable file and an invalid one are both reported, and nothing is merged', async () => {
    const bad = fileOf('壞檔.xlsx', 'not a zip');
    const invalid = fileOf('委員C.xlsx', await xlsxWithCell(unitReview(fullMarks()), 'item_1_1_level', '特優'));
    const outcome = await mergeFiles([a, bad, invalid]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const { files, refusals } = worded(outcome.problems);
    expect(files.map((f) => f.file)).toEqual(['壞檔.xlsx', '委員C.xlsx']);
    expect(files[0]!.lines).toEqual(['不是 .xlsx 活頁簿（檔案開頭不是 ZIP 格式）']);
    expect(files[1]!.lines.join('\n')).toMatch(/評分'!\$?[A-Z]+\d+.*item_1_1_level/);
    expect(refusals).toEqual([]);
  });

  test('copies of different candidates are refused, naming what differs', async () => {
    const other = fileOf('他案.xlsx', await xlsxOf(unitReview(fullMarks(), { name: '△△工業股份有限公司', ubn: '12345675' })));
    const outcome = await mergeFiles([a, other]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const { files, refusals } = worded(outcome.problems);
    expect(files).toEqual([]);
    expect(refusals.join('\n')).toContain('12345675');
  });

  test('one file is not a panel', async () => {
    const outcome = await mergeFiles([a]);
    expect(!outcome.ok && worded(outcome.problems).refusals).toEqual(['合併需要至少兩份委員評分表。']);
  });
});

describe('rankFiles', () => {
  test('ranks the readable files and lists the unreadable one, on the sheet too', async () => {
    const files = [
      fileOf('乙.xlsx', await xlsxOf(unitReview({ ...fullMarks(), '2.3': { points: 2.0 } }, { name: '乙公司', ubn: '20000001' }))),
      fileOf('壞.xlsx', CORRUPT_ZIP),
      fileOf('甲.xlsx', await xlsxOf(unitReview(fullMarks(), { name: '甲公司', ubn: '20000002' }))),
    ];
    const progress: number[] = [];
    const outcome = await rankFiles(files, '台北市', (p) => progress.push(p.done));
    expect(progress).toEqual([1, 2, 3]);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    expect(outcome.show).toBe(RANKING_SHEET.key);
    expect(outcome.summary).toMatchObject({ unit: '臺北市', level: '第一級', unitQuota: 5, ranked: 2, recommended: 2 });
    // 甲 99.50 first; 乙 loses 1 of 2.3's 3 points of section 二 (weight 20 of 20 points): 98.50.
    expect(outcome.summary.top.map((c) => [c.rank, c.name, c.rounded.toFixed(2), c.recommended])).toEqual([
      [1, '甲公司', '99.50', true],
      [2, '乙公司', '98.50', true],
    ]);
    const leftOut = worded(outcome.leftOut.flatMap((l) => l.problems)).files;
    expect(leftOut.map((f) => f.file)).toEqual(['壞.xlsx']);
    expect(leftOut[0]!.lines[0]).toMatch(/無法讀取 \.xlsx 活頁簿/);
    const sheet = outcome.description.sheets[0]!;
    expect(sheet.name).toBe(RANKING_SHEET.name);
    const texts = textsOf(sheet);
    expect(texts.indexOf('甲公司')).toBeLessThan(texts.indexOf('乙公司'));
    expect(texts.join('\n')).toContain('壞.xlsx');
    // And the sheet is written as a real workbook.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeReviewXlsx(outcome.description)) as unknown as ArrayBuffer);
    expect(wb.getWorksheet(RANKING_SHEET.name)).toBeDefined();
  });

  test('an unknown 初審單位 is refused before any file is read', async () => {
    let reads = 0;
    const outcome = await rankFiles([{ name: 'x.xlsx', read: async () => (reads++, CORRUPT_ZIP) }], '火星市');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && worded(outcome.problems).refusals[0]).toContain('臺北市');
    expect(reads).toBe(0);
  });

  test('no readable file: refused, every file reported', async () => {
    const outcome = await rankFiles([fileOf('a.xlsx', CORRUPT_ZIP), fileOf('b.json', '{')], '新竹市');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const { files, refusals } = worded(outcome.problems);
    expect(files.map((f) => f.file)).toEqual(['a.xlsx', 'b.json']);
    expect(files[1]!.lines[0]).toMatch(/^不是有效的 JSON/);
    expect(refusals).toEqual(['沒有可排序的評分表：2 個檔案皆無法讀取。']);
  });

  test('a file that cannot be read from disk is one line, not a crash', async () => {
    const failing: SourceFile = { name: '雲端.xlsx', read: () => Promise.reject(new Error('NotReadableError')) };
    const outcome = await rankFiles([failing, fileOf('甲.xlsx', await xlsxOf(unitReview(fullMarks())))], '臺中市');
    expect(outcome.ok && worded(outcome.leftOut.flatMap((l) => l.problems)).files).toEqual([{ file: '雲端.xlsx', lines: ['無法讀取檔案（NotReadableError）'] }]);
  });
});

test.each([
  [['a.xlsx', 'b.xlsx'], ['a.xlsx', 'b.xlsx']],
  [['a.xlsx', 'a.xlsx', 'a.xlsx'], ['a.xlsx', 'a.xlsx (2)', 'a.xlsx (3)']],
])('fileLabels(%j) → %j', (names, labels) => {
  expect(fileLabels(names)).toEqual(labels);
});
