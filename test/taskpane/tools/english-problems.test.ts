/**
 * Issue 14 ("words in one place"): the English pane shows no Chinese of its
 * own. Real files a reviewer might pick (a hand-edited cell, a broken JSON,
 * two members' copies of different candidates or years, reviews that cannot
 * be ranked together) go through the pane's 合併 and 排序 and are worded by
 * the pane's own function (`wordProblems` with the en-US catalog). What
 * Chinese is left must be the user's own text or the official forms' words
 * (sheet names, drop-down values, 附表一 item titles, 附表 names).
 */
import { describe, expect, test } from 'vitest';
import { REVIEW_UNITS } from '../../../src/ranking/quota.ts';
import type { Problem } from '../../../src/review/problem.ts';
import { itemsOf } from '../../../src/rubric/registry.ts';
import { oshUnit113 } from '../../../src/rubric/osh-unit-113.ts';
import { SHEETS } from '../../../src/sheets/layout.ts';
import { itemNames, NOT_APPLICABLE, NOT_MET } from '../../../src/sheets/scoring.ts';
import { enUS } from '../../../src/taskpane/i18n/strings-en.ts';
import { wordProblems } from '../../../src/taskpane/tools/file-problems.ts';
import { mergeFiles, rankFiles, type SourceFile } from '../../../src/taskpane/tools/review-files.ts';
import { fileOf, fullMarks, unitReview, xlsxOf, xlsxWithCell } from '../../builders/review-files.ts';

/** Text shown as the official forms print it, in either language. */
const OFFICIAL = [
  ...Object.values(SHEETS),
  ...itemsOf(oshUnit113).map((i) => i.title),
  '可',
  '良',
  '優',
  NOT_APPLICABLE,
  NOT_MET,
  '附表一',
  '附表二',
  '附表三',
  '附表四',
  ...REVIEW_UNITS,
];

/** The lines the English pane shows for these problems. */
function english(problems: readonly Problem[]): string[] {
  const w = wordProblems(problems, enUS.problemWords);
  return [...w.general, ...w.files.flatMap((f) => [f.file, ...f.lines])];
}

/** A line with the user's own text and the official words taken out; what is left must hold no Chinese. */
function ownChinese(line: string, userText: readonly string[]): string[] {
  let rest = line;
  for (const t of [...userText, ...OFFICIAL].sort((a, b) => b.length - a.length)) rest = rest.split(t).join(' ');
  return rest.match(/[\p{Script=Han}]+/gu) ?? [];
}

async function refusedMerge(files: SourceFile[]): Promise<readonly Problem[]> {
  const outcome = await mergeFiles(files);
  if (outcome.ok) throw new Error('the merge was expected to be refused');
  return outcome.problems;
}

const review = () => unitReview(fullMarks());

describe('the English pane words the problems of real files in English', () => {
  test('a level cell holding text that is not a level, and a count cell holding text and a negative number', async () => {
    const count = itemNames('7.2').count;
    const problems = await refusedMerge([
      fileOf('member-a.xlsx', await xlsxWithCell(review(), itemNames('1.1').level, '特優')),
      fileOf('member-b.xlsx', await xlsxWithCell(review(), count, '3家')),
      fileOf('member-c.xlsx', await xlsxWithCell(review(), count, -2)),
    ]);
    const lines = english(problems);
    expect(lines.join('\n')).toMatch(/Item 1\.1 level: choose one of .*“特優”/);
    expect(lines.join('\n')).toMatch(/Item 7\.2 count: this is the text “3家”/);
    expect(lines.join('\n')).toMatch(/Item 7\.2 count: a whole number, 0 or more, is expected, not -2/);
    for (const line of lines) expect(ownChinese(line, ['特優', '3家']), line).toEqual([]);
  });

  test('a JSON file with a syntax error, and one with a field the schema does not have', async () => {
    const problems = await refusedMerge([fileOf('a.json', '{"rubric": "osh-unit-113",'), fileOf('b.json', JSON.stringify({ ...review(), 暱稱: '小明' }))]);
    const lines = english(problems);
    expect(lines.join('\n')).toMatch(/Not valid JSON \(/);
    expect(lines.join('\n')).toMatch(/Unknown field: 暱稱/);
    for (const line of lines) expect(ownChinese(line, ['暱稱']), line).toEqual([]);
  });

  test('two copies of different candidates (統一編號) and of different years are not merged', async () => {
    const ubn = await refusedMerge([
      fileOf('a.xlsx', await xlsxOf(review())),
      fileOf('b.xlsx', await xlsxOf(unitReview(fullMarks(), { ubn: '22099131' }))),
    ]);
    const year = await refusedMerge([
      fileOf('a.json', JSON.stringify(review())),
      fileOf('b.json', JSON.stringify(unitReview(fullMarks(), {}, { selectionYear: 112, reviewDate: '2023-04-15' }))),
    ]);
    const lines = [...english(ubn), ...english(year)];
    expect(lines.join('\n')).toMatch(/unified business number differs.*04595257.*22099131/);
    expect(lines.join('\n')).toMatch(/selection year differs.*113.*112/);
    for (const line of lines) expect(ownChinese(line, []), line).toEqual([]);
  });

  test('reviews that cannot be ranked together (two years, one 統一編號 twice), and a 初審單位 not in 附表三', async () => {
    const mixed = await rankFiles(
      [
        fileOf('a.json', JSON.stringify(review())),
        fileOf('b.json', JSON.stringify(review())),
        fileOf('c.json', JSON.stringify(unitReview(fullMarks(), { ubn: '22099131' }, { selectionYear: 112, reviewDate: '2023-04-15' }))),
      ],
      '臺北市',
    );
    const unknown = await rankFiles([fileOf('a.json', JSON.stringify(review()))], '火星市');
    if (mixed.ok || unknown.ok) throw new Error('the ranking was expected to be refused');
    const lines = [...english(mixed.problems), ...english(unknown.problems)];
    expect(lines.join('\n')).toMatch(/cannot be ranked together: the selection years differ/);
    expect(lines.join('\n')).toMatch(/04595257 appears 2 times/);
    for (const line of lines) expect(ownChinese(line, ['火星市']), line).toEqual([]);
  });
});
