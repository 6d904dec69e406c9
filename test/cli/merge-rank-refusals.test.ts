/**
 * `merge` and `rank` refuse what would miscount, in one line, and say every
 * warning on stderr. Regression tests for issue 15 item 6: `merge X.json
 * X.json` crashed with a PanelMergeError stack trace, `merge X.json
 * ./X.json` counted one member twice, two unmerged copies of one company
 * took two places in `rank`, a 112 review was ranked with 113 ones, and the
 * ranking's warnings lived only inside the workbook.
 */
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { linesOf, ROOT, runMain, tempDir, type Run } from '../builders/cli.ts';
import { fullMarks, unitReview } from '../builders/review-files.ts';

const STACK_LINE = /^ {4}at /m;

function expectOneLine(r: Run, words: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  const lines = linesOf(r.stderr);
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(words);
  expect(r.stderr + r.stdout).not.toMatch(STACK_LINE);
}

const dir = tempDir();
const x = join(dir, 'X.json');
const y = join(dir, 'Y.json');
const out = join(dir, 'out.xlsx');

beforeAll(() => {
  writeFileSync(x, JSON.stringify(unitReview(fullMarks(), { address: '臺北市大安區○○路 9 號' })));
  writeFileSync(y, JSON.stringify(unitReview(fullMarks(), { address: '臺北市中正區○○路 1 號' })));
  symlinkSync(x, join(dir, 'link-to-X.json'));
});

describe('merge: a file given twice is refused in one line, nothing written', () => {
  it.each([
    ['the same path twice', () => [x, x]],
    ['X.json and ./X.json', () => [x, join(dir, '.', 'X.json')]],
    ['a relative and an absolute path', () => [relative(ROOT, x), x]],
    ['a file and a link to it', () => [x, join(dir, 'link-to-X.json')]],
    ['among other files', () => [x, y, join(dir, 'link-to-X.json')]],
  ])('%s', async (_, files) => {
    expectOneLine(await runMain(['merge', ...files(), '-o', out]), /同一個檔案/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('rank: a file given twice is refused', () => {
  it('X.json and ./X.json', async () => {
    expectOneLine(await runMain(['rank', x, join(dir, '.', 'X.json'), '--unit', '臺北市', '-o', out]), /同一個檔案/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('rank refuses what cannot be ranked together (exit 2, one line, nothing written)', () => {
  it('two copies of one unit (the same 統一編號) not yet merged', async () => {
    const a = join(dir, '委員A.json');
    const b = join(dir, '委員B.json');
    const other = join(dir, '乙.json');
    writeFileSync(a, JSON.stringify(unitReview(fullMarks())));
    writeFileSync(b, JSON.stringify(unitReview({ ...fullMarks(), '2.3': { points: 2.5 } })));
    writeFileSync(other, JSON.stringify(unitReview(fullMarks(), { name: '乙公司', ubn: '12345675' })));
    const r = await runMain(['rank', a, b, other, '--unit', '新竹縣', '-o', out]);
    expectOneLine(r, /統一編號 \d{8} 出現 2 次（委員A\.json、委員B\.json）.*先合併/);
    expect(existsSync(out)).toBe(false);
  });

  it('reviews of different selection years', async () => {
    const old = join(dir, 'y112.json');
    writeFileSync(old, JSON.stringify(unitReview(fullMarks(), { name: '乙公司', ubn: '12345675' }, { selectionYear: 112, reviewDate: '2023-04-15' })));
    const r = await runMain(['rank', x, old, '--unit', '臺北市', '-o', out]);
    expectOneLine(r, /選拔年度不一致（112年：y112\.json；113年：X\.json）/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('warnings are on stderr too, not only in the workbook', () => {
  it('rank: a review from another 初審單位 and an incomplete one', async () => {
    const elsewhere = join(dir, 'elsewhere.json');
    const partial = join(dir, 'partial.json');
    const { '1.1': _, ...unfinished } = fullMarks();
    writeFileSync(elsewhere, JSON.stringify(unitReview(fullMarks(), { name: '乙公司', ubn: '12345675' }, { reviewUnit: '新北市' })));
    writeFileSync(partial, JSON.stringify(unitReview(unfinished, { name: '丙公司', ubn: '10000004' })));
    const target = join(tempDir(), 'ranking.xlsx');
    const r = await runMain(['rank', x, elsewhere, partial, '--unit', '臺北市', '-o', target]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('注意：乙公司（elsewhere.json）之初審單位填為「新北市」，與本排序之初審單位「臺北市」不同。');
    expect(r.stderr).toMatch(/注意：丙公司（partial\.json）評分未完成.*1\.1（未評）/);
    expect(r.stderr).toMatch(/注意：符合參選資格者 3 家，少於臺北市之推薦優良單位額度 5 家/);
  });

  it('merge: a fact the copies disagree on', async () => {
    const target = join(tempDir(), 'panel.xlsx');
    const r = await runMain(['merge', x, y, '-o', target]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^注意：.*臺北市中正區○○路 1 號/m);
  });
});
