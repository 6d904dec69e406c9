/**
 * Issue 14 item 5: `rank --json` and `merge --json` give the ranking and the
 * merged scores as data, one JSON object on stdout; a failure is the problems
 * as JSON (code, file, where, message) with exit 2, the same lines on stderr.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rankingJson } from '../../src/workflows/rank.ts';
import { linesOf, runMain, tempDir } from '../builders/cli.ts';
import { CORRUPT_ZIP, fullMarks, unitReview } from '../builders/review-files.ts';

const dir = tempDir();
const path = (name: string) => join(dir, name);

beforeAll(() => {
  writeFileSync(path('甲.json'), JSON.stringify(unitReview(fullMarks(), { name: '甲公司', ubn: '20000002' })));
  writeFileSync(path('乙.json'), JSON.stringify(unitReview({ ...fullMarks(), '2.3': { points: 2.0 } }, { name: '乙公司', ubn: '20000001' })));
  writeFileSync(path('壞.xlsx'), CORRUPT_ZIP);
  writeFileSync(path('他案.json'), JSON.stringify(unitReview(fullMarks(), { name: '△△工業股份有限公司', ubn: '12345675' })));
});

type ProblemOut = { code: string; file?: string; where?: string; message: string };

describe('rank --json', () => {
  it('prints the ranking as docs/ranking.schema.json says, progress on stderr, nothing written', async () => {
    const r = await runMain(['rank', path('乙.json'), path('壞.xlsx'), path('甲.json'), '--unit', '台北市', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = rankingJson.parse(JSON.parse(r.stdout));
    expect(out.unit).toBe('臺北市');
    expect(out.ranked.map((c) => [c.rank, c.name, c.rounded, c.recommended])).toEqual([
      [1, '甲公司', 99.5, true],
      [2, '乙公司', 98.5, true],
    ]);
    expect(out.leftOut).toEqual([{ file: '壞.xlsx', problems: [expect.objectContaining({ code: 'file-unreadable', file: '壞.xlsx' })] }]);
    expect(r.stderr).toContain('[2/3] 壞.xlsx 無法讀取');
  });

  it('an unknown 初審單位: exit 2, the problem as JSON on stdout and as a line on stderr', async () => {
    const r = await runMain(['rank', path('甲.json'), '--unit', '火星市', '--json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { problems: ProblemOut[] };
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatchObject({ code: 'unit-unknown', message: expect.stringContaining('「火星市」不在附表三') });
    expect(linesOf(r.stderr)).toEqual([out.problems[0]!.message]);
  });

  it('nothing readable: every file by name and the refusal', async () => {
    const r = await runMain(['rank', path('壞.xlsx'), '--unit', '臺北市', '--json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { problems: ProblemOut[] };
    expect(out.problems.map((p) => [p.code, p.file])).toEqual([
      ['file-unreadable', path('壞.xlsx')],
      ['rank-none-readable', undefined],
    ]);
  });
});

describe('merge --json', () => {
  it('copies of different candidates: the mismatches as JSON, each with its field', async () => {
    const r = await runMain(['merge', path('甲.json'), path('他案.json'), '--json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { problems: ProblemOut[] };
    expect(out.problems.every((p) => p.code === 'merge-mismatch')).toBe(true);
    expect(out.problems.map((p) => p.where)).toEqual(expect.arrayContaining(['candidate.ubn', 'candidate.name']));
    expect(linesOf(r.stderr)).toHaveLength(out.problems.length);
  });

  it('a file that is not a review: by file and cell or field', async () => {
    const r = await runMain(['merge', path('甲.json'), path('壞.xlsx'), '--json']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { problems: ProblemOut[] };
    expect(out.problems).toEqual([expect.objectContaining({ code: 'file-unreadable', file: path('壞.xlsx'), message: expect.stringContaining('.xlsx') })]);
  });
});
