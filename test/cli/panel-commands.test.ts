/**
 * `osh-review merge | rank | evidence | personnel`, end to end on real files:
 * exit codes, one-line messages, what is written, and inputs left untouched.
 * The commands are run the way main.ts runs a command (a UserError or a
 * parseArgs error is one line on stderr and exit 2).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError, type Streams } from '../../src/cli/io.ts';
import { evidence, merge, personnel, rank } from '../../src/cli/panel-commands.ts';
import { requiredRows } from '../../src/fivestar/evidence.ts';
import { panelJson } from '../../src/workflows/merge.ts';
import { mergeReviews } from '../../src/panel/merge-reviews.ts';
import { parsePersonnelReview } from '../../src/personnel/schema.ts';
import { REVIEW_UNITS } from '../../src/ranking/quota.ts';
import { evaluateReview } from '../../src/review/evaluate.ts';
import type { Answer, Candidate, Review } from '../../src/review/schema.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { ANNEX2_SHEETS } from '../../src/sheets/annex2.ts';
import { ANNEX4_SHEET, withAnnex4 } from '../../src/sheets/annex4.ts';
import { PANEL_SHEET } from '../../src/sheets/panel.ts';
import { CUT_LABEL, RANKING_SHEET } from '../../src/sheets/ranking.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { readReviewXlsx, writeReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { linesOf, ROOT, tempDir } from '../builders/cli.ts';
import { ELIGIBLE_CANDIDATE as CANDIDATE, fullMarks } from '../builders/review.ts';

type Command = (args: string[], io: Streams) => Promise<number>;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command as main.ts does, with streams that collect what is written. */
async function run(command: Command, args: string[], opts: { tty?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (chunk: string) => (stdout += chunk), ...(opts.tty ? { isTTY: true } : {}) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
  };
  try {
    const code = await command(args, io);
    return { code, stdout, stderr };
  } catch (error) {
    if (error instanceof UserError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      return { code: 2, stdout, stderr: stderr + (error as Error).message + '\n' };
    }
    throw error;
  }
}


function review(items: Record<string, Answer>, candidate: Partial<Candidate> = {}, extra: Partial<Review> = {}): Review {
  return { rubric: 'osh-unit-113', selectionYear: 113, reviewDate: '2024-04-15', reviewUnit: '臺北市', candidate: { ...CANDIDATE, ...candidate }, items, ...extra };
}


async function xlsxOf(r: Review): Promise<Uint8Array> {
  return writeReviewXlsx(reviewWorkbook(oshUnit113, r));
}

async function sheetText(path: string, sheetName: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheetName);
  if (!ws) throw new Error(`No sheet ${sheetName}`);
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
  });
  return rows;
}

describe('merge', () => {
  const dir = tempDir();
  const A = review({ ...fullMarks(), '1.1': { level: '可' }, '2.3': { level: '良', points: 1.8 } }, {}, { opinion: { strengths: '● 高階主管積極支持', suggestions: '緊急沖淋設施標示' } });
  const B = review({ ...fullMarks(), '1.1': { level: '優' }, '2.3': { level: '優', points: 2.4 } }, { name: '○○實業股份有限公司 ' }, { opinion: { strengths: '高階主管積極支持\n健康促進完善' } });
  const a = join(dir, '委員A.xlsx');
  const b = join(dir, '委員B.xlsx');
  const c = join(dir, '委員C.json');
  const other = join(dir, '他案.json');
  beforeAll(async () => {
    writeFileSync(a, await xlsxOf(A));
    writeFileSync(b, await xlsxOf(B));
    writeFileSync(c, JSON.stringify(review({ ...fullMarks(), '1.1': { level: '良' } })));
    writeFileSync(other, JSON.stringify(review(fullMarks(), { ubn: '12345675', name: '△△工業股份有限公司' })));
  });

  it('writes a panel workbook that reads back as the merged review, and never touches its inputs', async () => {
    const before = [a, b, c].map((p) => ({ bytes: readFileSync(p), mtime: statSync(p).mtimeMs }));
    const out = join(dir, 'panel.xlsx');
    const r = await run(merge, [a, b, c, '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已建立 ${out}`);
    expect(r.stdout).toContain('委員 3 份（委員A.xlsx、委員B.xlsx、委員C.json）');
    expect(r.stdout).toMatch(/待討論項目 \d+ 項：1\.1、2\.3/);

    const read = await readReviewXlsx(readFileSync(out));
    expect(read.problems).toEqual([]);
    const inputs = [
      { source: '委員A.xlsx', review: (await readReviewXlsx(before[0]!.bytes)).review! },
      { source: '委員B.xlsx', review: (await readReviewXlsx(before[1]!.bytes)).review! },
      { source: '委員C.json', review: JSON.parse(before[2]!.bytes.toString('utf8')) as Review },
    ];
    const expected = mergeReviews(inputs);
    if (!expected.ok) throw new Error('merge failed');
    // What the reader gives back for the merged review, written as its own review workbook.
    const plain = await readReviewXlsx(await xlsxOf(expected.merge.review));
    expect(read.review).toEqual(plain.review);
    const total = evaluateReview(read.review);
    if (!total.ok) throw new Error('invalid');
    expect(r.stdout).toContain(`小組總分：${(Math.round(total.evaluation.score.total * 100) / 100).toFixed(2)}`);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.name).toBe(PANEL_SHEET.name);

    [a, b, c].forEach((p, i) => {
      expect(readFileSync(p).equals(before[i]!.bytes), p).toBe(true);
      expect(statSync(p).mtimeMs).toBe(before[i]!.mtime);
    });
  });

  it('refuses copies of different candidates, naming what differs and the files (exit 2, nothing written)', async () => {
    const out = join(dir, 'refused.xlsx');
    const r = await run(merge, [a, other, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('單位名稱不一致');
    expect(r.stderr).toContain('統一編號不一致');
    expect(r.stderr).toContain('委員A.xlsx');
    expect(r.stderr).toContain('他案.json');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses copies of different years', async () => {
    const y = join(dir, 'y112.json');
    writeFileSync(y, JSON.stringify(review(fullMarks(), {}, { selectionYear: 112, reviewDate: '2023-04-15' })));
    const r = await run(merge, [c, y, '-o', join(dir, 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/選拔年度不一致.*委員C\.json 113.*y112\.json 112/);
  });

  it('refuses to write over an input', async () => {
    const r = await run(merge, [a, c, '-o', c]);
    expect(r.code).toBe(2);
    expect(linesOf(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('與輸入檔相同');
  });

  it('needs two inputs and an output', async () => {
    expect((await run(merge, [a, '-o', join(dir, 'one.xlsx')])).stderr).toContain('至少兩份');
    expect((await run(merge, [a, b])).stderr).toContain('需要輸出檔');
  });

  it('reports a file that is not a workbook in one line (exit 2)', async () => {
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'not a zip');
    const r = await run(merge, [a, bad, '-o', join(dir, 'bad-out.xlsx')]);
    expect(r.code).toBe(2);
    expect(linesOf(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('bad.xlsx：不是 .xlsx 活頁簿');
  });

  it('--json prints the panel as docs/panel.schema.json describes it', async () => {
    const r = await run(merge, [a, b, '--json']);
    expect(r.code).toBe(0);
    const out = panelJson.parse(JSON.parse(r.stdout));
    expect(out.sources).toEqual(['委員A.xlsx', '委員B.xlsx']);
    const item = out.items.find((i) => i.id === '1.1')!;
    expect([item.mean, item.points, item.level]).toEqual([2.5, 2.5, '良']);
    expect(out.discuss).toContain('1.1');
    expect(out.strengths).toEqual(['● 高階主管積極支持', '健康促進完善']);
  });
});

describe('rank', () => {
  const dir = tempDir();
  const files: string[] = [];
  const corrupt = join(dir, 'c13-corrupt.xlsx');
  /**
   * 30 candidates of 臺北市 (quota 5). Totals from 附表一's weights: in 大項二
   * (可評總點數 20, weight 0.20) each point below full costs 1.0, and item
   * 2.3 takes any points in (0, 3.0]; so 2.3 at 3.0 − d gives 99.5 − d.
   * c05 and c06 tie at 99.10 across the cut; c01 has 45 workers; c20 had a
   * 重大災害; c13 is corrupt.
   */
  const deduction = (i: number): number => (i === 6 ? 0.4 : (i - 1) / 10);
  beforeAll(async () => {
    for (let i = 1; i <= 30; i++) {
      const name = `c${String(i).padStart(2, '0')}`;
      if (i === 13) {
        writeFileSync(corrupt, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0x02]));
        files.push(corrupt);
        continue;
      }
      const items = { ...fullMarks(), '2.3': { points: Math.round((3 - deduction(i)) * 10) / 10 } };
      const candidate: Partial<Candidate> = { name: `${name} 公司`, ubn: String(20000000 + i), ...(i === 1 && { workers: { own: 45 } }), ...(i === 20 && { majorDisaster: true }) };
      const r = review(items, candidate);
      const path = join(dir, i % 3 === 0 ? `${name}.xlsx` : `${name}.json`);
      writeFileSync(path, i % 3 === 0 ? await xlsxOf(r) : JSON.stringify(r));
      files.push(path);
    }
  });

  it('ranks the 29 readable files, reports the corrupt one on stderr, and exits 0', async () => {
    const out = join(dir, 'ranking.xlsx');
    const before = files.map((p) => ({ bytes: readFileSync(p), mtime: statSync(p).mtimeMs }));
    const r = await run(rank, [...files, '--unit', '台北市', '-o', out]);
    // Ranking never changes its inputs, the corrupt one included.
    files.forEach((p, i) => {
      expect(readFileSync(p).equals(before[i]!.bytes), p).toBe(true);
      expect(statSync(p).mtimeMs, p).toBe(before[i]!.mtime);
    });
    expect(r.code).toBe(0);
    const progress = linesOf(r.stdout).filter((l) => l.startsWith('['));
    expect(progress).toHaveLength(30);
    expect(progress[0]).toBe('[1/30] c01.json 99.50');
    expect(progress[2]).toBe('[3/30] c03.xlsx 99.30');
    expect(progress[12]).toBe('[13/30] c13-corrupt.xlsx 無法讀取');
    expect(progress[19]).toBe('[20/30] c20.json 97.60（不符參選資格）');
    expect(r.stderr).toMatch(/c13-corrupt\.xlsx：無法讀取 \.xlsx 活頁簿/);
    expect(r.stderr).toContain('注意：1 個檔案無法讀取，未列入排序：c13-corrupt.xlsx');
    expect(r.stdout).toContain('排序 28 家，推薦 5 家；不符參選資格 1 家');
    expect(r.stdout).toContain('⚠ 同分跨越推薦線');

    const rows = await sheetText(out, RANKING_SHEET.name);
    const names = rows.filter((row) => /^c\d\d 公司$/.test(row[1] ?? '') && row[0] !== '—').map((row) => row[1]);
    expect(names.slice(0, 7)).toEqual(['c01 公司', 'c02 公司', 'c03 公司', 'c04 公司', 'c05 公司', 'c06 公司', 'c07 公司']);
    const cut = rows.findIndex((row) => (row[0] ?? '').includes(CUT_LABEL));
    expect(rows[cut - 1]![1]).toBe('c05 公司');
    expect(rows[cut + 1]![1]).toBe('c06 公司');
    expect(rows[cut - 1]![0]).toBe('5');
    expect(rows[cut + 1]![0]).toBe('5');
    expect(rows[cut - 1]![5]).toContain('同分跨越推薦線');
    expect(rows[cut]![0]).toContain('推薦優良單位額度 5 家');
    expect(rows.flat().join('\n')).toContain('c13-corrupt.xlsx');
    expect(rows.some((row) => row[1] === 'c20 公司' && row[0] === '—' && (row[5] ?? '').includes('要點 三(一)'))).toBe(true);
    expect(rows.find((row) => row[1] === 'c01 公司')![5]).toContain('未滿 100 人');
    expect(files.filter((f) => f !== corrupt).every((f) => existsSync(f))).toBe(true);
  });

  it('draws a progress bar with \\r on a terminal', async () => {
    const r = await run(rank, [files[0]!, files[1]!, '--unit', '臺北市', '-o', join(dir, 'tty.xlsx')], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\r[');
    expect(r.stdout).toContain('2/2');
    expect(r.stdout).toContain('█');
    expect(r.stdout).not.toContain('[1/2] ');
  });

  it('lists the valid 初審單位 for an unknown one (exit 2, one line)', async () => {
    const r = await run(rank, [files[0]!, '--unit', '台北', '-o', join(dir, 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(linesOf(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('初審單位「台北」不在附表三');
    for (const unit of REVIEW_UNITS) expect(r.stderr).toContain(unit);
  });

  it('exits 2 when no file can be read', async () => {
    const r = await run(rank, [corrupt, '--unit', '臺北市', '-o', join(dir, 'none.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('沒有可排序的評分表');
    expect(existsSync(join(dir, 'none.xlsx'))).toBe(false);
  });

  it('needs --unit and -o', async () => {
    expect((await run(rank, [files[0]!, '-o', join(dir, 'y.xlsx')])).stderr).toContain('rank 需要 --unit');
    expect((await run(rank, [files[0]!, '--unit', '臺北市'])).stderr).toContain('rank 需要輸出檔');
  });
});

describe('evidence', () => {
  const dir = tempDir();
  const evidenceDir = join(dir, '佐證資料');
  beforeAll(async () => {
    mkdirSync(join(evidenceDir, 'sub'), { recursive: true });
    for (const f of ['1-1-1 安全衛生政策.pdf', '1-1-2 組織.pdf', '3-1-1 變更管理程序.pdf', 'sub/４－３－１ 檢討會議紀錄.pdf', '4-3-9 多出來的.pdf', '自評表.docx', '.DS_Store', '~$自評表.docx']) {
      writeFileSync(join(evidenceDir, f), 'x');
    }
    const base = review(fullMarks());
    writeFileSync(join(dir, 'no-annex4.xlsx'), await xlsxOf(base));
    writeFileSync(
      join(dir, 'annex4.xlsx'),
      await writeReviewXlsx(
        withAnnex4(reviewWorkbook(oshUnit113, base), {
          '1-1-1': { result: '已辦理' },
          '1-1-2': { result: '已辦理' },
          '1-2-1': { result: '已辦理', date: '2024-04-15', checker: '王大明' },
          '1-2-2': { result: '未辦理' },
          '8-2-2': { result: '不適用' },
        }),
      ),
    );
  });

  it('lists the numbers with no file and the files that match no row', async () => {
    const r = await run(evidence, [evidenceDir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('（6 個檔案）');
    expect(r.stdout).toContain('附表四全部 42 項');
    expect(r.stdout).toMatch(/^ {2}1-2-1 {2}安全衛生政策公開宣達。$/m);
    expect(r.stdout).not.toMatch(/^ {2}4-3-1 /m);
    expect(r.stdout).toMatch(/3-1-2 .*與 3-1-1 共用檢核資料欄/);
    expect(r.stdout).toContain('「自評表.docx」：檔名開頭不是佐證資料編號');
    expect(r.stdout).toContain('「4-3-9 多出來的.pdf」：附表四沒有編號 4-3-9');
    expect(r.stdout).not.toContain('DS_Store');
  });

  it('with a workbook whose 附表四 has 檢核結果, asks only for the rows marked 已辦理 (and 8-2-2 不適用, as its 檢核資料 says)', async () => {
    const r = await run(evidence, [evidenceDir, '--review', join(dir, 'annex4.xlsx'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { required: string[]; missing: { number: string }[]; basis: string };
    expect(out.required).toEqual(['1-1-1', '1-1-2', '1-2-1', '8-2-2']);
    expect(out.missing.map((m) => m.number)).toEqual(['1-2-1', '8-2-2']);
    expect(out.basis).toContain('已辦理 3 項、未辦理 1 項、不適用 1 項');
  });

  it('says so when the workbook has no 附表四, and checks every row', async () => {
    const r = await run(evidence, [evidenceDir, '--review', join(dir, 'no-annex4.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--review 工作簿沒有附表四');
    expect(r.stdout).toContain('應附佐證資料：42 項');
  });

  it('-o writes the review workbook with 附表四, carrying the 檢核結果 over', async () => {
    const out = join(dir, 'with-annex4.xlsx');
    const r = await run(evidence, ['--review', join(dir, 'annex4.xlsx'), '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已建立 ${out}（含附表四）`);
    const read = await readReviewXlsx(readFileSync(out));
    expect(read.problems).toEqual([]);
    const again = await run(evidence, [evidenceDir, '--review', out, '--json']);
    expect((JSON.parse(again.stdout) as { required: string[] }).required).toEqual(['1-1-1', '1-1-2', '1-2-1', '8-2-2']);
    const rows = await sheetText(out, ANNEX4_SHEET.name);
    expect(rows.find((row) => row[2] === '1-2-1')!.slice(7)).toEqual(['已辦理', expect.stringContaining('2024'), '王大明']);
  });

  it('a missing folder is one line, exit 2', async () => {
    const r = await run(evidence, [join(dir, 'nowhere')]);
    expect(r.code).toBe(2);
    expect(linesOf(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('找不到資料夾');
  });

  it('needs a folder or an output', async () => {
    expect((await run(evidence, [])).code).toBe(2);
  });

  it('requiredRows: every row without 檢核結果', () => {
    expect(requiredRows(undefined).numbers).toHaveLength(42);
    expect(requiredRows({ present: true, values: {} }).basis).toContain('尚未填檢核結果');
  });
});

describe('personnel', () => {
  const dir = tempDir();
  const json = {
    form: 'osh-person-113',
    selectionYear: 113,
    reviewUnit: '新竹市政府',
    person: { unit: '○○科技股份有限公司', name: '陳○○', title: '職業安全衛生管理師', age: 46 },
    nomination: { route: '推薦', nominator: '新竹市工業會' },
    achievements: { '1': { text: '建置全廠職業安全衛生管理系統。', comment: '成效具體。' } },
    priorAwards: { status: 'never' },
    result: { decision: 'pass', award: '功績獎' },
    panel: [{ name: '林○○', organisation: '新竹市政府勞工處', title: '技正' }],
  };
  const file = join(dir, 'person.json');
  beforeAll(() => writeFileSync(file, JSON.stringify(json)));

  it('builds 附表二 from a personnel review, lists what to check, and exports it back unchanged', async () => {
    const out = join(dir, 'person.xlsx');
    const r = await run(personnel, ['--review', file, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已建立 ${out}`);
    expect(r.stdout).toContain('△ 所在地：未填寫');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([ANNEX2_SHEETS.entry.name, ANNEX2_SHEETS.print.name]);
    const back = await run(personnel, ['--export', out]);
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toEqual(parsePersonnelReview(json).ok ? json : undefined);
  });

  it('builds a blank form without --review', async () => {
    const out = join(dir, 'blank.xlsx');
    expect((await run(personnel, ['-o', out])).code).toBe(0);
    const back = await run(personnel, ['--export', out]);
    expect(back.code).toBe(2);
    expect(back.stderr).toContain('選拔年度（民國）必填');
  });

  it('refuses an invalid review with every problem (exit 2)', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...json, achievements: { '8': { text: 'x' } }, person: { ...json.person, nickname: 'x' } }));
    const r = await run(personnel, ['--review', bad, '-o', join(dir, 'bad.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不認得的條件編號：8');
    expect(r.stderr).toContain('不認得的欄位：nickname');
    expect(existsSync(join(dir, 'bad.xlsx'))).toBe(false);
  });

  it('--json: the findings as data, and an invalid review as coded problems (exit 2)', async () => {
    const out = join(dir, 'person-json.xlsx');
    const r = await run(personnel, ['--review', file, '-o', out, '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as { out: string; findings: { path: string; message: string }[] };
    expect(data.out).toBe(out);
    expect(data.findings).toContainEqual(expect.objectContaining({ message: expect.stringContaining('所在地：未填寫') }));
    const bad = join(dir, 'bad-json.json');
    writeFileSync(bad, JSON.stringify({ ...json, person: { ...json.person, nickname: 'x' } }));
    const refused = await run(personnel, ['--review', bad, '-o', join(dir, 'bad-json.xlsx'), '--json']);
    expect(refused.code).toBe(2);
    const problems = (JSON.parse(refused.stdout) as { problems: { code: string; message: string }[] }).problems;
    expect(problems.some((p) => p.code === 'entry-invalid' && p.message.includes('不認得的欄位：nickname'))).toBe(true);
  });

  it('needs an output', async () => {
    expect((await run(personnel, ['--review', file])).stderr).toContain('personnel 需要輸出檔');
  });
});

describe('docs/*.schema.json', () => {
  it('are what scripts/write-schemas.ts generates from the zod schemas', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/write-schemas.ts', '--check'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr.replace(/npm warn.*\n/g, '')).toBe('');
    expect(r.status).toBe(0);
  });

  it('describe the examples: a member review and a personnel review validate', () => {
    const personnelJson = JSON.parse(readFileSync(join(ROOT, 'examples/panel/personnel-113.json'), 'utf8'));
    expect(parsePersonnelReview(personnelJson).ok).toBe(true);
    for (const m of ['委員A', '委員B', '委員C']) {
      expect(evaluateReview(JSON.parse(readFileSync(join(ROOT, `examples/panel/${m}.json`), 'utf8'))).ok, m).toBe(true);
    }
  });
});
