/**
 * Issue 14 items 1 and 5: the same files give the same sheets whichever tool
 * reads them. The same bytes go through the CLI (files on disk, the workbook
 * it writes caught where it is described) and through the task pane's tools
 * (files picked in the browser), and the sheet descriptions must be
 * identical as JSON: 小組合議, 排序, 附表四 and 附表二.
 *
 * Before src/workflows the CLI labelled two files of the same name by their
 * paths and the pane as "名 (2)", so 排序 and 小組合議 differed between them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SheetDescription, WorkbookDescription } from '../../src/sheets/types.ts';
import { ANNEX4_SHEET, withAnnex4 } from '../../src/sheets/annex4.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { writeReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { annex2Sheets, annex2SheetsFrom, annex4Sheets, annex4SheetsFrom } from '../../src/taskpane/tools/forms.ts';
import { mergeFiles, rankFiles } from '../../src/taskpane/tools/review-files.ts';
import { ROOT, runMain, tempDir } from '../builders/cli.ts';
import { CORRUPT_ZIP, fileOf, fullMarks, unitReview, xlsxOf } from '../builders/review-files.ts';

// Every description the CLI hands to the .xlsx writer, in order.
const written = vi.hoisted(() => [] as WorkbookDescription[]);
vi.mock('../../src/workbook/xlsx-file.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/workbook/xlsx-file.ts')>();
  return {
    ...original,
    writeReviewXlsx: (description: WorkbookDescription) => {
      written.push(description);
      return original.writeReviewXlsx(description);
    },
  };
});

/** Runs a CLI command and returns the one workbook description it wrote. */
async function cliWrote(argv: string[]): Promise<WorkbookDescription> {
  written.length = 0;
  const r = await runMain(argv);
  expect(r.code, r.stderr).toBe(0);
  expect(written).toHaveLength(1);
  return written[0]!;
}

const json = (value: unknown) => JSON.stringify(value);

/** Where two JSON texts first differ, with some context; undefined when they are identical (byte for byte). */
function firstDifference(cli: string, pane: string): string | undefined {
  if (cli === pane) return undefined;
  let i = 0;
  while (i < cli.length && cli[i] === pane[i]) i++;
  return `at ${i}: CLI …${cli.slice(Math.max(0, i - 80), i + 80)}… / pane …${pane.slice(Math.max(0, i - 80), i + 80)}…`;
}
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** The sheet of `key` and the names on it, as one description. */
function sheetOf(description: WorkbookDescription, key: string): { sheet: SheetDescription | undefined; names: unknown[] } {
  return { sheet: description.sheets.find((s) => s.key === key), names: description.names.filter((n) => n.sheet === key) };
}

const dir = tempDir();
/** Input files: name on disk → bytes. Two 甲.json in different folders, and one that cannot be read. */
const inputs: { path: string; name: string; bytes: Uint8Array }[] = [];
const add = (sub: string, name: string, bytes: Uint8Array) => {
  mkdirSync(join(dir, sub), { recursive: true });
  const path = join(dir, sub, name);
  writeFileSync(path, bytes);
  inputs.push({ path, name, bytes });
  return inputs.at(-1)!;
};

let memberA: (typeof inputs)[number];
let memberB: (typeof inputs)[number];
let memberSameName: (typeof inputs)[number];
const ranked: (typeof inputs)[number][] = [];

beforeAll(async () => {
  memberA = add('a', '委員.xlsx', await xlsxOf(unitReview(fullMarks(), {}, { opinion: { strengths: '高階主管積極支持' } })));
  memberB = add('b', '委員B.json', bytesOf(unitReview({ ...fullMarks(), '2.3': { level: '良', points: 1.8 } })));
  // Same name as member A, in another folder, without 現場評鑑人員: labelled by its file name.
  memberSameName = add('c', '委員.xlsx', await xlsxOf(unitReview({ ...fullMarks(), '1.1': { level: '良' } })));
  ranked.push(
    add('north', '甲.json', bytesOf(unitReview(fullMarks(), { name: '甲公司', ubn: '20000002' }))),
    add('south', '甲.json', bytesOf(unitReview({ ...fullMarks(), '2.3': { points: 2.0 } }, { name: '乙公司', ubn: '20000001' }))),
    add('x', '壞.xlsx', CORRUPT_ZIP),
    add('y', '丙.xlsx', await xlsxOf(unitReview({ ...fullMarks(), '2.3': { points: 2.0 } }, { name: '丙公司', ubn: '12345675' }))),
  );
});

const picked = (files: readonly (typeof inputs)[number][]) => files.map((f) => fileOf(f.name, f.bytes));

describe('the CLI and the pane build the same sheets from the same files', () => {
  it('小組合議 (merge), members of the same file name included', async () => {
    const files = [memberA, memberB, memberSameName];
    const cli = await cliWrote(['merge', ...files.map((f) => f.path), '-o', join(dir, 'panel.xlsx')]);
    const pane = await mergeFiles(picked(files));
    if (!pane.ok) throw new Error(json(pane.problems));
    expect(firstDifference(json(cli), json(pane.description))).toBeUndefined();
    // Both name the second 委員.xlsx alike, so its column is told apart.
    expect(json(pane.description)).toContain('委員.xlsx (2)');
  });

  it('排序 (rank), with two files of one name and one that cannot be read', async () => {
    const cli = await cliWrote(['rank', ...ranked.map((f) => f.path), '--unit', '台北市', '-o', join(dir, 'ranking.xlsx')]);
    const pane = await rankFiles(picked(ranked), '台北市');
    if (!pane.ok) throw new Error(json(pane.problems));
    expect(firstDifference(json(cli), json(pane.description))).toBeUndefined();
    expect(json(pane.description)).toContain('甲.json (2)');
  });

  it('附表四 from a review workbook with 檢核結果, and blank', async () => {
    const workbook = add('r', 'annex4.xlsx', new Uint8Array(0));
    workbook.bytes = await writeReviewXlsx(
      withAnnex4(reviewWorkbook(oshUnit113, unitReview(fullMarks())), { '1-1-1': { result: '已辦理' }, '1-2-1': { result: '已辦理', date: '2024-04-15', checker: '王大明' } }),
    );
    writeFileSync(workbook.path, workbook.bytes);
    const cli = await cliWrote(['evidence', '--review', workbook.path, '-o', join(dir, 'with-annex4.xlsx')]);
    const pane = await annex4SheetsFrom(fileOf(workbook.name, workbook.bytes));
    if (!pane.ok) throw new Error(json(pane.problems));
    expect(firstDifference(json(sheetOf(cli, ANNEX4_SHEET.key)), json(sheetOf(pane.description, ANNEX4_SHEET.key)))).toBeUndefined();
    expect(json(sheetOf(cli, ANNEX4_SHEET.key))).toContain('王大明');

    const blankCli = await cliWrote(['evidence', '-o', join(dir, 'blank-annex4.xlsx')]);
    expect(firstDifference(json(sheetOf(blankCli, ANNEX4_SHEET.key)), json(sheetOf(annex4Sheets().description, ANNEX4_SHEET.key)))).toBeUndefined();
  });

  it('附表二 from a personnel file, and blank', async () => {
    const bytes = new Uint8Array(readFileSync(join(ROOT, 'examples/panel/personnel-113.json')));
    const file = add('p', 'personnel-113.json', bytes);
    const cli = await cliWrote(['personnel', '--review', file.path, '-o', join(dir, 'annex2.xlsx')]);
    const pane = await annex2SheetsFrom(fileOf(file.name, bytes));
    if (!pane.ok) throw new Error(json(pane.problems));
    expect(firstDifference(json(cli), json(pane.description))).toBeUndefined();

    const blankCli = await cliWrote(['personnel', '-o', join(dir, 'blank-annex2.xlsx')]);
    expect(firstDifference(json(blankCli), json(annex2Sheets().description))).toBeUndefined();
  });
});
