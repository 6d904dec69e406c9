/**
 * `osh-review merge | rank | evidence | personnel`: the panel's and the
 * 初審單位's commands. Like the others, each returns its exit code: 0 for a
 * valid input whatever its verdict, 2 for invalid input or usage.
 *
 * Inputs are only ever read: an output path that names an input is refused.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { CHECK_ROWS } from '../fivestar/osh-fivestar-113.ts';
import { checkEvidence } from '../fivestar/evidence.ts';
import { mergeReviews, type PanelMerge } from '../panel/merge-reviews.ts';
import { checkPersonnel } from '../personnel/check.ts';
import { parsePersonnelReview, type PersonnelReview } from '../personnel/schema.ts';
import { findQuota, REVIEW_UNITS } from '../ranking/quota.ts';
import { rankCandidates, roundTotal, type RankEntry } from '../ranking/ranking.ts';
import { evaluateReview, type Evaluation } from '../review/evaluate.ts';
import { review as reviewSchema, type Review } from '../review/schema.ts';
import { DEFAULT_RUBRIC } from '../rubric/registry.ts';
import type { Rubric } from '../rubric/types.ts';
import { annex2Workbook, readPersonnelEntry } from '../sheets/annex2.ts';
import { CHECK_RESULTS, readAnnex4, withAnnex4, type Annex4Read } from '../sheets/annex4.ts';
import { memberLabels, panelWorkbook } from '../sheets/panel.ts';
import { readReview } from '../sheets/reader.ts';
import { rankingWorkbook, type UnreadableFile } from '../sheets/ranking.ts';
import { personnelCapacityProblems, reviewCapacityProblems } from '../sheets/capacity.ts';
import { reviewWorkbook } from '../sheets/workbook.ts';
import { invalidSummary, problemText, readReviewFile } from '../workbook/review-file.ts';
import { looksLikeXlsx, notXlsxMessage, otherSpreadsheetMessage, writeReviewXlsx } from '../workbook/xlsx-file.ts';
import { guardOutput, parseJson, readInput, refuseRepeatedFiles, UserError, writeOutput, type Streams } from './io.ts';
import { cellProblems, workbookLookup, type Problem } from './workbook-input.ts';

/** The usage lines of these commands, for main.ts's USAGE. */
export const PANEL_USAGE = `  osh-review merge A.xlsx B.xlsx … -o PANEL.xlsx [--json]  合併評鑑小組各委員之評分表（小組合議）
  osh-review rank FILES… --unit 臺北市 -o RANKING.xlsx       依附表三額度排序並劃推薦線
  osh-review evidence DIR [--review FILE.xlsx] [-o OUT.xlsx] [--json]  核對五星獎佐證資料檔名（附表四）
  osh-review personnel [--review FILE.json] -o OUT.xlsx      建立優良人員推薦表（附表二）
  osh-review personnel --export FILE.xlsx                    由附表二工作簿匯出 JSON
`;



function problemLine(file: string, p: Problem): string {
  return `${file}：${problemText(p)}`;
}

/** Labels for files: their names, or the paths as given where two names are the same. */
function sourceLabels(paths: readonly string[]): string[] {
  const names = paths.map((p) => basename(p));
  return paths.map((p, i) => (names.filter((n) => n === names[i]).length > 1 ? p : names[i]!));
}

type Loaded = { readonly ok: true; readonly review: Review; readonly rubric: Rubric } | { readonly ok: false; readonly problems: readonly Problem[] };

/** A loaded review, or its problems when its lists do not fit the workbook. */
function fitting<T extends { readonly ok: true }>(loaded: T, unfit: readonly Problem[]): T | { readonly ok: false; readonly problems: readonly Problem[] } {
  return unfit.length > 0 ? { ok: false, problems: unfit } : loaded;
}

/**
 * A unit review from .xlsx or .json (told apart by content, not by name).
 * @throws UserError for a missing, empty or unreadable file
 */
async function loadUnitReview(path: string): Promise<Loaded> {
  const read = await readReviewFile(await readInput(path), path);
  if (read.ok) return read;
  if (read.reason === 'unreadable') throw new UserError(`${path}：${read.message}`);
  return { ok: false, problems: read.problems };
}

// ---------------------------------------------------------------- merge

const memberJson = z.object({
  source: z.string(),
  state: z.enum(['unscored', 'na', 'pending', 'scored']),
  level: z.enum(['可', '良', '優']).nullable(),
  points: z.number().nullable(),
});

/** What `osh-review merge --json` prints (docs/panel.schema.json). */
export const panelJson = z
  .object({
    /** The input files, in the order given; each member's label. */
    sources: z.array(z.string()),
    /** The merged review's weighted total, full precision. */
    total: z.number(),
    /** Whether every item of the merged review is scored or N/A. */
    complete: z.boolean(),
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        state: z.enum(['scored', 'na', 'unscored']),
        members: z.array(memberJson),
        mean: z.number().nullable(),
        points: z.number().nullable(),
        level: z.enum(['可', '良', '優']).nullable(),
        spread: z.number().nullable(),
        flags: z.array(z.object({ code: z.enum(['level-disagreement', 'na-disagreement', 'member-missing', 'snapped']), message: z.string() })),
      }),
    ),
    /** Ids of the items the panel should discuss. */
    discuss: z.array(z.string()),
    factConflicts: z.array(
      z.object({
        path: z.string(),
        /** Each input's value; `value` is absent where that input left it blank. */
        values: z.array(z.object({ source: z.string(), value: z.unknown().optional() })),
        resolution: z.enum(['omitted', 'union', 'latest']),
        message: z.string(),
      }),
    ),
    strengths: z.array(z.string()),
    suggestions: z.array(z.string()),
    /** The merged review, as docs/review.schema.json. */
    review: reviewSchema,
  })
  .strict();

export type PanelJson = z.infer<typeof panelJson>;

function panelJsonOf(merge: PanelMerge, evaluation: Evaluation): PanelJson {
  return {
    sources: [...merge.sources],
    total: evaluation.score.total,
    complete: evaluation.score.complete,
    items: merge.items.map((m) => ({
      id: m.id,
      title: m.title,
      state: m.state,
      members: m.members.map((x) => ({ source: x.source, state: x.state, level: x.level, points: x.points })),
      mean: m.mean,
      points: m.points,
      level: m.level,
      spread: m.spread,
      flags: m.flags.map((f) => ({ code: f.code, message: f.message })),
    })),
    discuss: [...merge.discuss],
    factConflicts: merge.factConflicts.map((c) => ({
      path: c.path,
      values: c.values.map((v) => (v.value === undefined ? { source: v.source } : { source: v.source, value: v.value })),
      resolution: c.resolution,
      message: c.message,
    })),
    strengths: [...merge.strengths],
    suggestions: [...merge.suggestions],
    review: merge.review,
  };
}

/**
 * `osh-review merge A.xlsx B.xlsx … -o PANEL.xlsx [--json]`: the panel
 * members' copies of one candidate into one panel workbook.
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

  const labels = sourceLabels(positionals);
  const inputs: { source: string; review: Review }[] = [];
  let failed = false;
  for (const [i, path] of positionals.entries()) {
    const loaded = await loadUnitReview(path);
    if (!loaded.ok) {
      for (const p of loaded.problems) io.stderr.write(problemLine(path, p) + '\n');
      failed = true;
    } else inputs.push({ source: labels[i]!, review: loaded.review });
  }
  if (failed) return 2;

  const result = mergeReviews(inputs);
  if (!result.ok) {
    for (const p of result.problems) io.stderr.write(`無法合併：${p.message}\n`);
    return 2;
  }
  const merged = result.merge;
  // The members' 現場評鑑人員 together may be more than the workbook's rows.
  const unfit = reviewCapacityProblems(merged.review);
  if (unfit.length > 0) {
    for (const p of unfit) io.stderr.write(`無法合併：合併後之${p.path}：${p.message}\n`);
    return 2;
  }
  const evaluation = evaluateReview(merged.review);
  // A merge of valid reviews is valid; anything else is a bug, not the user's input.
  if (!evaluation.ok) throw new Error(`The merged review is invalid: ${evaluation.problems.map((p) => p.message).join('; ')}`);

  if (values.out) await writeOutput(values.out, await writeReviewXlsx(panelWorkbook(merged, memberLabels(inputs))), values.force);
  // The workbook lists them too; a script reading stderr must see them without opening it.
  for (const c of merged.factConflicts) io.stderr.write(`注意：${c.message}\n`);
  if (values.json) {
    io.stdout.write(JSON.stringify(panelJsonOf(merged, evaluation.evaluation), null, 2) + '\n');
    return 0;
  }
  const name = merged.review.candidate.name?.trim() || '（未填單位名稱）';
  const lines = [
    `已建立 ${values.out}：${name}，委員 ${merged.sources.length} 份（${merged.sources.join('、')}）`,
    `小組總分：${roundTotal(evaluation.evaluation.score.total).toFixed(2)}${evaluation.evaluation.score.complete ? '' : '（評分未完成）'}`,
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
 * `osh-review rank FILES… --unit 臺北市 -o RANKING.xlsx`: one 初審單位's
 * candidates in order, with the 附表三 cut line. A file that cannot be read
 * is reported and left out; the rest are ranked (exit 0, a warning on
 * stderr); exit 2 when none can be read.
 */
export async function rank(args: string[], io: Streams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { unit: { type: 'string' }, out: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (!values.unit) throw new UserError(`rank 需要 --unit 初審單位；可用：${REVIEW_UNITS.join('、')}`);
  const quota = findQuota(values.unit);
  if (!quota.ok) throw new UserError(quota.message);
  if (positionals.length === 0) throw new UserError('rank 需要評分表檔案：osh-review rank FILES… --unit 臺北市 -o RANKING.xlsx');
  if (!values.out) throw new UserError('rank 需要輸出檔：osh-review rank FILES… --unit 臺北市 -o RANKING.xlsx');
  await refuseRepeatedFiles(positionals);
  await guardOutput(values.out, positionals, values.force);

  const tty = (io.stdout as { isTTY?: boolean }).isTTY === true;
  const labels = sourceLabels(positionals);
  const entries: RankEntry[] = [];
  const unreadable: UnreadableFile[] = [];
  const total = positionals.length;
  for (const [i, path] of positionals.entries()) {
    const label = labels[i]!;
    let shown: string;
    try {
      const loaded = await loadUnitReview(path);
      const evaluated = loaded.ok ? evaluateReview(loaded.review) : undefined;
      if (!loaded.ok || !evaluated?.ok) {
        const problems = loaded.ok ? (evaluated && !evaluated.ok ? evaluated.problems : []) : loaded.problems;
        const message = invalidSummary(problems);
        unreadable.push({ file: label, message });
        for (const p of problems) io.stderr.write(problemLine(path, p) + '\n');
        shown = '無法讀取';
      } else {
        entries.push({ source: label, evaluation: evaluated.evaluation });
        shown = `${roundTotal(evaluated.evaluation.score.total).toFixed(2)}${STATUS_NOTE[evaluated.evaluation.eligibility.status]}`;
      }
    } catch (error) {
      // One bad file must not stop the batch: report it and go on.
      const message = error instanceof UserError ? error.message.replace(`${path}：`, '') : `無法讀取（${(error as Error).message.split('\n')[0]}）`;
      unreadable.push({ file: label, message });
      io.stderr.write(`${path}：${message}\n`);
      shown = '無法讀取';
    }
    if (tty) io.stdout.write(`\r${progressBar(i + 1, total)} ${label}\x1b[K`);
    else io.stdout.write(`[${i + 1}/${total}] ${label} ${shown}\n`);
  }
  if (tty) io.stdout.write('\n');

  if (entries.length === 0) {
    io.stderr.write(`沒有可排序的評分表：${total} 個檔案皆無法讀取。\n`);
    return 2;
  }
  const result = rankCandidates(entries, quota.unit);
  if (!result.ok) throw new UserError(result.message);
  const ranking = result.ranking;
  const years = [...new Set(entries.map((e) => e.evaluation.review.selectionYear))];
  await writeOutput(values.out, await writeReviewXlsx(rankingWorkbook(ranking, { ...(years.length === 1 && { selectionYear: years[0]! }), unreadable })), values.force);

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
  // Every warning of the 排序 sheet's 注意事項, also where a script sees it.
  for (const w of ranking.warnings) io.stderr.write(`注意：${w.message}\n`);
  if (unreadable.length > 0) io.stderr.write(`注意：${unreadable.length} 個檔案無法讀取，未列入排序：${unreadable.map((u) => u.file).join('、')}。\n`);
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

/** Which rows need a file, given the 附表四 檢核結果 of the --review workbook. */
export function requiredRows(annex4: Annex4Read | undefined): { readonly numbers: readonly string[]; readonly basis: string } {
  const all = CHECK_ROWS.map((r) => r.number);
  const results = Object.entries(annex4?.values ?? {}).filter(([, v]) => v.result !== undefined);
  if (!annex4?.present || results.length === 0) {
    const why = annex4 === undefined ? '未以 --review 提供工作簿' : annex4.present ? '工作簿之附表四尚未填檢核結果' : '--review 工作簿沒有附表四';
    return { numbers: all, basis: `附表四全部 ${all.length} 項（${why}）` };
  }
  const resultOf = (n: string) => annex4.values[n]?.result;
  // 8-2-2's 檢核資料 asks for evidence of non-applicability when it does not apply.
  const askedWhenNa = new Set(CHECK_ROWS.filter((r) => r.evidence.some((e) => e.includes('不適用之佐證資料'))).map((r) => r.number));
  const numbers = all.filter((n) => resultOf(n) === '已辦理' || (resultOf(n) === '不適用' && askedWhenNa.has(n)));
  const count = (r: string | undefined) => all.filter((n) => resultOf(n) === r).length;
  const parts = CHECK_RESULTS.map((r) => `${r} ${count(r)} 項`).concat(`未填 ${count(undefined)} 項`);
  return { numbers, basis: `附表四檢核結果（${parts.join('、')}）：「已辦理」者需佐證資料${[...askedWhenNa].some((n) => resultOf(n) === '不適用') ? `；${[...askedWhenNa].join('、')} 不適用者亦需檢附不適用之佐證資料` : ''}` };
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

  let annex4: Annex4Read | undefined;
  let review: Loaded | undefined;
  if (values.review) {
    const bytes = await readInput(values.review);
    if (looksLikeXlsx(bytes)) {
      const lookup = await workbookLookup(values.review, bytes);
      annex4 = readAnnex4(lookup);
      if (annex4.problems.length > 0) {
        for (const p of annex4.problems) io.stderr.write(`${values.review}：${p.message}\n`);
        return 2;
      }
      if (values.out) {
        const read = readReview(lookup);
        review =
          read.problems.length > 0 || !read.review
            ? { ok: false, problems: cellProblems(read.problems) }
            : { ok: true, review: read.review, rubric: read.rubric };
      }
    } else if (values.out) {
      review = await loadUnitReview(values.review);
    }
    if (review?.ok) review = fitting(review, reviewCapacityProblems(review.review));
    if (review && !review.ok) {
      for (const p of review.problems) io.stderr.write(problemLine(values.review, p) + '\n');
      return 2;
    }
  }

  if (dir !== undefined) {
    const files = await listFiles(dir);
    const required = requiredRows(annex4);
    const check = checkEvidence(files);
    const needed = new Set(required.numbers);
    const missing = check.missing.filter((m) => needed.has(m.number));
    if (values.json) {
      io.stdout.write(JSON.stringify({ directory: dir, files: files.length, basis: required.basis, required: required.numbers, matched: check.matched, missing, unmatched: check.unmatched }, null, 2) + '\n');
    } else {
      const lines = [`佐證資料夾：${dir}（${files.length} 個檔案）`, `應附佐證資料：${required.numbers.length} 項，依據${required.basis}`];
      lines.push(`已有檔案：${check.matched.filter((m) => needed.has(m.number)).length} 項`);
      if (missing.length === 0) lines.push('缺少佐證資料：無');
      else {
        lines.push(`缺少佐證資料（${missing.length} 項）：`);
        for (const m of missing) {
          const covered = m.sharedCellCoveredBy.length > 0 ? `（與 ${m.sharedCellCoveredBy.join('、')} 共用檢核資料欄，該項已有檔案，或可涵蓋）` : '';
          lines.push(`  ${m.number}  ${m.criterion}${covered}`);
        }
      }
      if (check.unmatched.length === 0) lines.push('無法對應附表四之檔案：無');
      else {
        lines.push(`無法對應附表四之檔案（${check.unmatched.length} 個）：`);
        for (const u of check.unmatched) lines.push(`  ${u.message}`);
      }
      const extra = check.matched.filter((m) => !needed.has(m.number));
      if (extra.length > 0) lines.push(`另有檔案對應未列為應附之項目：${extra.map((m) => m.number).join('、')}`);
      io.stdout.write(lines.join('\n') + '\n');
    }
  }

  if (values.out) {
    const description = review?.ok ? reviewWorkbook(review.rubric, review.review) : reviewWorkbook(DEFAULT_RUBRIC);
    await writeOutput(values.out, await writeReviewXlsx(withAnnex4(description, annex4?.values ?? {})), values.force);
    (values.json ? io.stderr : io.stdout).write(`已建立 ${values.out}（含附表四）\n`);
  }
  return 0;
}

// ---------------------------------------------------------------- personnel

async function loadPersonnel(path: string): Promise<{ ok: true; review: PersonnelReview } | { ok: false; problems: readonly Problem[] }> {
  const bytes = await readInput(path);
  if (bytes.length === 0) throw new UserError(`${path}：檔案是空的`);
  if (looksLikeXlsx(bytes)) {
    const lookup = await workbookLookup(path, bytes);
    const read = readPersonnelEntry(lookup);
    if (read.problems.length > 0 || !read.review) return { ok: false, problems: cellProblems(read.problems) };
    return { ok: true, review: read.review };
  }
  if (/\.xlsx?$/i.test(path) || otherSpreadsheetMessage(bytes)) throw new UserError(`${path}：${notXlsxMessage(bytes)}`);
  const parsed = parsePersonnelReview(parseJson(path, bytes));
  return parsed.ok ? fitting({ ok: true, review: parsed.review } as const, personnelCapacityProblems(parsed.review)) : { ok: false, problems: parsed.problems };
}

/**
 * `osh-review personnel [--review FILE.json|FILE.xlsx] -o OUT.xlsx` builds 附表二
 * (entry sheet and print form); `osh-review personnel --export FILE.xlsx`
 * prints the entry sheet back as JSON.
 */
export async function personnel(args: string[], io: Streams): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { review: { type: 'string' }, out: { type: 'string', short: 'o' }, export: { type: 'string' }, force: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UserError(`personnel 不接受「${positionals[0]}」：osh-review personnel [--review FILE.json] -o OUT.xlsx`);
  if (values.export) {
    if (values.out || values.review) throw new UserError('personnel --export 只需一個工作簿：osh-review personnel --export FILE.xlsx');
    const loaded = await loadPersonnel(values.export);
    if (!loaded.ok) {
      for (const p of loaded.problems) io.stderr.write(problemLine(values.export, p) + '\n');
      return 2;
    }
    io.stdout.write(JSON.stringify(loaded.review, null, 2) + '\n');
    return 0;
  }
  if (!values.out) throw new UserError('personnel 需要輸出檔：osh-review personnel [--review FILE.json] -o OUT.xlsx');
  await guardOutput(values.out, values.review ? [values.review] : [], values.force);
  let review: PersonnelReview | undefined;
  if (values.review) {
    const loaded = await loadPersonnel(values.review);
    if (!loaded.ok) {
      for (const p of loaded.problems) io.stderr.write(problemLine(values.review, p) + '\n');
      return 2;
    }
    review = loaded.review;
  }
  await writeOutput(values.out, await writeReviewXlsx(annex2Workbook(review)), values.force);
  const lines = [`已建立 ${values.out}（附表二：填寫頁與列印頁）`];
  for (const f of review ? checkPersonnel(review) : []) lines.push(`  ${f.severity === 'error' ? '✗' : '△'} ${f.message}`);
  io.stdout.write(lines.join('\n') + '\n');
  return 0;
}

/** The commands of this module by name, for main.ts's COMMANDS. */
export const PANEL_COMMANDS: Record<string, (args: string[], io: Streams) => Promise<number>> = { merge, rank, evidence, personnel };
