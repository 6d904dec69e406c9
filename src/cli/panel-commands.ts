/**
 * `osh-review merge | rank | evidence | personnel`: the panel's and the
 * 初審單位's commands, rendering what src/workflows returns. Like the others,
 * each returns its exit code: 0 for a valid input whatever its verdict, 2 for
 * invalid input or usage.
 *
 * Inputs are only ever read: an output path that names an input is refused.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { REVIEW_UNITS } from '../ranking/quota.ts';
import { roundTotal } from '../ranking/ranking.ts';
import { writeReviewXlsx } from '../workbook/xlsx-file.ts';
import { checkEvidenceFiles, readEvidenceReview } from '../workflows/evidence.ts';
import { mergeFiles, panelJsonOf } from '../workflows/merge.ts';
import { annex2Form } from '../workflows/personnel.ts';
import { rankFiles, rankingJsonOf } from '../workflows/rank.ts';
import { readPersonnelFile } from '../workflows/review-file.ts';
import { guardOutput, readInput, refuseRepeatedFiles, UserError, writeOutput, type Streams } from './io.ts';
import { reportProblems, sourceFiles } from './problems.ts';

// ---------------------------------------------------------------- merge

/**
 * `osh-review merge A.xlsx B.xlsx … -o PANEL.xlsx [--json]`: the panel
 * members' copies of one candidate into one panel workbook; with --json, the
 * merged scores as one JSON object on stdout.
 */
export async function merge(args: string[], io: Streams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { out: { type: 'string', short: 'o' }, json: { type: 'boolean', default: false }, force: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length < 2) throw new UserError('merge 需要至少兩份評分表：osh-review merge A.xlsx B.xlsx … -o PANEL.xlsx');
  if (!values.out && !values.json) throw new UserError('merge 需要輸出檔：osh-review merge A.xlsx B.xlsx … -o PANEL.xlsx');
  await refuseRepeatedFiles(positionals);
  if (values.out) await guardOutput(values.out, positionals, values.force);

  const { files, pathOf } = sourceFiles(positionals);
  const result = await mergeFiles(files);
  if (!result.ok) return reportProblems(io, result.problems, { json: values.json, pathOf });
  const merged = result.merge;
  if (values.out) await writeOutput(values.out, await writeReviewXlsx(result.description), values.force);
  // The workbook lists them too; a script reading stderr must see them without opening it.
  for (const c of merged.factConflicts) io.stderr.write(`注意：${c.message}\n`);
  if (values.json) {
    io.stdout.write(JSON.stringify(panelJsonOf(merged, result.evaluation), null, 2) + '\n');
    return 0;
  }
  const name = merged.review.candidate.name?.trim() || '（未填單位名稱）';
  const lines = [
    `已建立 ${values.out}：${name}，委員 ${merged.sources.length} 份（${merged.sources.join('、')}）`,
    `小組總分：${roundTotal(result.evaluation.score.total).toFixed(2)}${result.evaluation.score.complete ? '' : '（評分未完成）'}`,
    `待討論項目 ${merged.discuss.length} 項${merged.discuss.length > 0 ? `：${merged.discuss.join('、')}` : ''}`,
    `資料不一致 ${merged.factConflicts.length} 項${merged.factConflicts.length > 0 ? `：${merged.factConflicts.map((c) => c.path).join('、')}` : ''}`,
  ];
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
}

// ---------------------------------------------------------------- rank

const BAR_WIDTH = 24;

function progressBar(done: number, total: number): string {
  const filled = Math.round((done / total) * BAR_WIDTH);
  return `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${done}/${total}`;
}

const STATUS_NOTE = { eligible: '', ineligible: '（不符參選資格）', 'not-recommended': '（建議不予推薦）' } as const;

/**
 * `osh-review rank FILES… --unit 臺北市 -o RANKING.xlsx [--json]`: one 初審單位's
 * candidates in order, with the 附表三 cut line. A file that cannot be read
 * is reported and left out; the rest are ranked (exit 0, a warning on
 * stderr); exit 2 when none can be read. With --json, the ranking as one
 * JSON object on stdout (progress lines go to stderr).
 */
export async function rank(args: string[], io: Streams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { unit: { type: 'string' }, out: { type: 'string', short: 'o' }, json: { type: 'boolean', default: false }, force: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (values.unit === undefined) throw new UserError(`rank 需要 --unit 初審單位；可用：${REVIEW_UNITS.join('、')}`);
  if (positionals.length === 0) throw new UserError('rank 需要評分表檔案：osh-review rank FILES… --unit 臺北市 -o RANKING.xlsx');
  if (!values.out && !values.json) throw new UserError('rank 需要輸出檔：osh-review rank FILES… --unit 臺北市 -o RANKING.xlsx');
  await refuseRepeatedFiles(positionals);
  if (values.out) await guardOutput(values.out, positionals, values.force);

  const progress = values.json ? io.stderr : io.stdout;
  const tty = (progress as { isTTY?: boolean }).isTTY === true;
  const { files, pathOf } = sourceFiles(positionals);
  const result = await rankFiles(files, values.unit, ({ done, total, name, read }) => {
    const shown = read.ok ? `${roundTotal(read.total).toFixed(2)}${STATUS_NOTE[read.status]}` : '無法讀取';
    if (tty) progress.write(`\r${progressBar(done, total)} ${name}\x1b[K${done === total ? '\n' : ''}`);
    else progress.write(`[${done}/${total}] ${name} ${shown}\n`);
  });
  if (!result.ok) return reportProblems(io, result.problems, { json: values.json, pathOf });
  for (const l of result.leftOut) reportProblems(io, l.problems, { pathOf });
  const ranking = result.ranking;
  if (values.out) await writeOutput(values.out, await writeReviewXlsx(result.description), values.force);

  if (values.json) io.stdout.write(JSON.stringify(rankingJsonOf(result), null, 2) + '\n');
  else {
    const out: string[] = [
      `已建立 ${values.out}：${ranking.unit}（附表三${ranking.level}）推薦優良單位額度 ${ranking.unitQuota}；排序 ${ranking.ranked.length} 家，推薦 ${ranking.cut.recommendedCount} 家；不符參選資格 ${ranking.ineligible.length} 家，建議不予推薦 ${ranking.notRecommended.length} 家`,
    ];
    for (const c of ranking.ranked.filter((r) => r.recommended || r.tiedAcrossCut)) {
      out.push(`  ${String(c.rank).padStart(2)}. ${c.name}\u3000${c.rounded.toFixed(2)}${c.recommended ? '' : '（推薦線外）'}${c.tiedAcrossCut ? '\u3000⚠ 同分跨越推薦線' : ''}`);
    }
    if (ranking.cut.tie) out.push(`注意：總分 ${ranking.cut.tie.rounded.toFixed(2)} 分同分者跨越推薦線，請依${ranking.cut.tie.guidanceSource}擇定。`);
    const incomplete = ranking.warnings.filter((w) => w.code === 'incomplete-review').length;
    if (incomplete > 0) out.push(`注意：${incomplete} 份評分表評分未完成（見排序表「注意事項」）。`);
    io.stdout.write(out.join('\n') + '\n');
  }
  // Every warning of the 排序 sheet's 注意事項, also where a script sees it.
  for (const w of ranking.warnings) io.stderr.write(`注意：${w.message}\n`);
  if (result.leftOut.length > 0) io.stderr.write(`注意：${result.leftOut.length} 個檔案無法讀取，未列入排序：${result.leftOut.map((u) => u.file).join('、')}。\n`);
  return 0;
}

// ---------------------------------------------------------------- evidence

/** Files under `dir`, as paths relative to it; hidden files and Office lock files (~$…) are skipped. */
async function listFiles(dir: string): Promise<string[]> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new UserError(`${dir}：找不到資料夾`);
  }
  if (!info.isDirectory()) throw new UserError(`${dir}：不是資料夾`);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.startsWith('~$') && e.name !== 'Thumbs.db' && e.name !== 'desktop.ini')
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/**
 * `osh-review evidence DIR [--review FILE.xlsx] [-o OUT.xlsx] [--json]`:
 * 五星獎 evidence files against 附表四's numbers. With -o, also writes the
 * review workbook (from --review, or blank) with 附表四 added.
 */
export async function evidence(args: string[], io: Streams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { review: { type: 'string' }, out: { type: 'string', short: 'o' }, json: { type: 'boolean', default: false }, force: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new UserError('evidence 只接受一個資料夾：osh-review evidence DIR [--review FILE.xlsx]');
  const dir = positionals[0];
  if (dir === undefined && !values.out) throw new UserError('evidence 需要佐證資料夾或輸出檔：osh-review evidence DIR [--review FILE.xlsx] [-o OUT.xlsx]');
  if (values.out) await guardOutput(values.out, values.review ? [values.review] : [], values.force);

  const file = values.review ? { name: values.review, bytes: await readInput(values.review) } : undefined;
  if (file?.bytes.length === 0) throw new UserError(`${file.name}：檔案是空的`);
  const read = await readEvidenceReview(file, values.out !== undefined);
  if (!read.ok) return reportProblems(io, read.problems, { json: values.json, ...(values.review && { file: values.review }) });

  if (dir !== undefined) {
    const report = checkEvidenceFiles(await listFiles(dir), read.value.annex4);
    if (values.json) {
      const { files, basis, required, matched, missing, unmatched } = report;
      io.stdout.write(JSON.stringify({ directory: dir, files, basis, required, matched, missing, unmatched }, null, 2) + '\n');
    } else {
      const lines = [`佐證資料夾：${dir}（${report.files} 個檔案）`, `應附佐證資料：${report.required.length} 項，依據${report.basis}`];
      lines.push(`已有檔案：${report.matched.length - report.extra.length} 項`);
      if (report.missing.length === 0) lines.push('缺少佐證資料：無');
      else {
        lines.push(`缺少佐證資料（${report.missing.length} 項）：`);
        for (const m of report.missing) {
          const covered = m.sharedCellCoveredBy.length > 0 ? `（與 ${m.sharedCellCoveredBy.join('、')} 共用檢核資料欄，該項已有檔案，或可涵蓋）` : '';
          lines.push(`  ${m.number}  ${m.criterion}${covered}`);
        }
      }
      if (report.unmatched.length === 0) lines.push('無法對應附表四之檔案：無');
      else {
        lines.push(`無法對應附表四之檔案（${report.unmatched.length} 個）：`);
        for (const u of report.unmatched) lines.push(`  ${u.message}`);
      }
      if (report.extra.length > 0) lines.push(`另有檔案對應未列為應附之項目：${report.extra.join('、')}`);
      io.stdout.write(lines.join('\n') + '\n');
    }
  }

  if (values.out) {
    await writeOutput(values.out, await writeReviewXlsx(read.value.workbook), values.force);
    (values.json ? io.stderr : io.stdout).write(`已建立 ${values.out}（含附表四）\n`);
  }
  return 0;
}

// ---------------------------------------------------------------- personnel

/**
 * `osh-review personnel [--review FILE.json|FILE.xlsx] -o OUT.xlsx` builds 附表二
 * (entry sheet and print form); `osh-review personnel --export FILE.xlsx`
 * prints the entry sheet back as JSON.
 */
export async function personnel(args: string[], io: Streams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      review: { type: 'string' },
      out: { type: 'string', short: 'o' },
      export: { type: 'string' },
      json: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UserError(`personnel 不接受「${positionals[0]}」：osh-review personnel [--review FILE.json] -o OUT.xlsx`);
  if (values.export) {
    if (values.out || values.review) throw new UserError('personnel --export 只需一個工作簿：osh-review personnel --export FILE.xlsx');
    const loaded = await readPersonnelFile(await readInput(values.export), values.export);
    if (!loaded.ok) return reportProblems(io, loaded.problems, { json: values.json, file: values.export });
    io.stdout.write(JSON.stringify(loaded.review, null, 2) + '\n');
    return 0;
  }
  if (!values.out) throw new UserError('personnel 需要輸出檔：osh-review personnel [--review FILE.json] -o OUT.xlsx');
  await guardOutput(values.out, values.review ? [values.review] : [], values.force);
  const form = await annex2Form(values.review ? { name: values.review, bytes: await readInput(values.review) } : undefined);
  if (!form.ok) return reportProblems(io, form.problems, { json: values.json, ...(values.review && { file: values.review }) });
  await writeOutput(values.out, await writeReviewXlsx(form.description), values.force);
  if (values.json) {
    // The check's findings as data: what the coordinating office needs to see before it forwards the form.
    io.stdout.write(JSON.stringify({ out: values.out, findings: form.findings }, null, 2) + '\n');
    return 0;
  }
  const lines = [`已建立 ${values.out}（附表二：填寫頁與列印頁）`];
  for (const f of form.findings) lines.push(`  ${f.severity === 'error' ? '✗' : '△'} ${f.message}`);
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
}
