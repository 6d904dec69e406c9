/**
 * No list is cut to fit the workbook. Regression test for issue 15 item 3:
 * `new --review` kept 8 award rows and 4 panel members and dropped the
 * rest, so 13 awards (years 100–112) that make the candidate 不符 became a
 * workbook that says 符合. A list longer than its rows is now refused,
 * naming the field and the limit, and nothing is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AWARD_ROWS, PANEL_ROWS } from '../../src/sheets/fields.ts';
import { readReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { linesOf, ROOT, runMain, tempDir } from '../builders/cli.ts';
import { fullMarks, unitReview } from '../builders/review-files.ts';

const dir = tempDir();
const member = (i: number) => ({ name: `委員${i}`, organisation: '○○縣政府', title: '技正' });
const awards = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ type: '優良獎' as const, year: from + i }));

function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe('new --review', () => {
  it('refuses 13 awards (years 100–112), naming candidate.awards and the limit of 8, and writes nothing', async () => {
    expect(AWARD_ROWS).toBe(8);
    const input = file('13-awards.json', unitReview(fullMarks(), { awards: awards(100, 112) }));
    // What is at stake: the JSON itself is 不符 (優良獎 in four consecutive years before).
    const score = await runMain(['score', input, '--json']);
    expect(JSON.parse(score.stdout).eligibility.status).toBe('ineligible');
    const out = join(dir, '13-awards.xlsx');
    const r = await runMain(['new', '--review', input, '-o', out]);
    expect(r.code).toBe(2);
    expect(linesOf(r.stderr)).toEqual([expect.stringMatching(/13-awards\.json：candidate\.awards：.*13 筆.*上限 8 筆/)]);
    expect(existsSync(out)).toBe(false);
  });

  it(`refuses ${PANEL_ROWS + 1} panel members, naming panel and the limit`, async () => {
    const input = file('5-members.json', unitReview(fullMarks(), {}, { panel: [1, 2, 3, 4, 5].map(member) }));
    const out = join(dir, '5-members.xlsx');
    const r = await runMain(['new', '--review', input, '-o', out]);
    expect(r.code).toBe(2);
    expect(linesOf(r.stderr)).toEqual([expect.stringMatching(/：panel：.*5 筆.*上限 4 筆/)]);
    expect(existsSync(out)).toBe(false);
  });

  it('keeps every row at the limit: 8 awards and 4 members read back unchanged', async () => {
    const review = unitReview(fullMarks(), { awards: awards(101, 108) }, { panel: [1, 2, 3, 4].map(member) });
    const out = join(dir, 'full.xlsx');
    const r = await runMain(['new', '--review', file('full.json', review), '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const read = await readReviewXlsx(readFileSync(out));
    expect(read.review?.candidate.awards).toEqual(review.candidate.awards);
    expect(read.review?.panel).toEqual(review.panel);
  });
});

describe('merge', () => {
  it('refuses when the members list more 現場評鑑人員 together than the workbook holds', async () => {
    const a = file('A.json', unitReview(fullMarks(), {}, { panel: [member(1), member(2)] }));
    const b = file('B.json', unitReview(fullMarks(), {}, { panel: [member(3), member(4)] }));
    const c = file('C.json', unitReview(fullMarks(), {}, { panel: [member(5)] }));
    const out = join(dir, 'panel.xlsx');
    const r = await runMain(['merge', a, b, c, '-o', out]);
    expect(r.code).toBe(2);
    expect(linesOf(r.stderr)).toEqual([expect.stringMatching(/panel：.*5 筆.*上限 4 筆/)]);
    expect(existsSync(out)).toBe(false);
  });
});

describe('personnel --review', () => {
  it('refuses 4 earlier awards (附表二 has 3 rows), naming priorAwards.awards', async () => {
    const example = JSON.parse(readFileSync(join(ROOT, 'examples/panel/personnel-113.json'), 'utf8'));
    const input = file('person.json', { ...example, priorAwards: { status: 'awarded', awards: [105, 106, 107, 108].map((year) => ({ type: '功績獎', year })) } });
    const out = join(dir, 'person.xlsx');
    const r = await runMain(['personnel', '--review', input, '-o', out]);
    expect(r.code).toBe(2);
    expect(linesOf(r.stderr)).toEqual([expect.stringMatching(/priorAwards\.awards：.*4 筆.*上限 3 筆/)]);
    expect(existsSync(out)).toBe(false);
  });
});
