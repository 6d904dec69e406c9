/**
 * What goes wrong in a workflow (reading review files, 小組合議, 排序,
 * 五星獎佐證, 附表二, 定稿): a code with its data, never words. The CLI and
 * the task pane word a problem from their catalogs (`PROBLEM_WORDS_ZH` here
 * for zh-TW, the pane's for en-US), so one file gets one verdict in either.
 *
 * `detail` carries a message the core or the file reader already words
 * (a cell's "應為「可」「良」「優」…", a JSON parser's position): those are
 * zh-TW only, and shown as they are.
 */

/** The data each code carries. */
export interface ProblemParams {
  /** The file holds nothing. */
  'file-empty': Record<string, never>;
  /** The file could not be read at all (the host's reason). */
  'file-read-failed': { readonly detail: string };
  /** Not a workbook or JSON this tool reads (corrupt, another spreadsheet, bad JSON). */
  'file-unreadable': { readonly detail: string };
  /** One cell or JSON field is wrong; `where` says which. */
  'entry-invalid': { readonly detail: string };
  /** A list longer than the workbook has rows for. */
  'too-many-rows': { readonly count: number; readonly rows: number; readonly detail: string };
  /** Fewer than two copies to merge. */
  'merge-too-few': { readonly count: number };
  /** The copies are of different candidates, rubrics or years; `where` is the JSON path that differs. */
  'merge-mismatch': { readonly sources: readonly string[]; readonly detail: string };
  /** The merged review's lists do not fit the workbook. */
  'merge-too-many-rows': { readonly count: number; readonly rows: number; readonly detail: string };
  /** The 初審單位 is not one of 附表三. */
  'unit-unknown': { readonly unit: string; readonly units: readonly string[] };
  /** No file given to rank. */
  'rank-no-files': Record<string, never>;
  /** None of the files holds a valid review. */
  'rank-none-readable': { readonly count: number };
  /** The reviews cannot be ranked together (mixed years, one unit twice). */
  'rank-refused': { readonly detail: string };
  /** A file holds a review that is not valid, so it is left out of the ranking. */
  'rank-left-out': { readonly count: number; readonly first: string };
  /** A file picked to prefill 附表四 holds none (not a workbook, or one without 附表四's cells). */
  'annex4-absent': Record<string, never>;
  /** The workbook has no review (no osh-review meta sheet). */
  'not-a-review-workbook': { readonly name: string };
  /** 定稿 refused: cells that cannot be read. */
  'finalise-invalid': { readonly count: number };
  /** 定稿 refused: already finalised (`at`, and whether edited since). */
  'finalise-already': { readonly at: string; readonly state: 'intact' | 'edited' };
  /** A program's own refusal, worded by the program (the CLI: a missing file, an output that exists, LibreOffice missing). */
  'refused': { readonly detail: string };
  /** A command line that breaks its usage. */
  'usage': { readonly detail: string };
}

export type ProblemCode = keyof ProblemParams;

/**
 * One problem: its code and data, which file (its label), and where in it
 * (a cell "'評分'!F7（item_1_1_level）" or a JSON path "candidate.ubn").
 */
export type Problem = {
  readonly [C in ProblemCode]: { readonly code: C; readonly file?: string; readonly where?: string; readonly params: ProblemParams[C] };
}[ProblemCode];

/** How a catalog words each code. */
export type ProblemWords = { readonly [C in ProblemCode]: (params: ProblemParams[C]) => string };

/** A problem of `code`, typed by its data. */
export function problem<C extends ProblemCode>(code: C, params: ProblemParams[C], at: { readonly file?: string; readonly where?: string } = {}): Problem {
  return { code, params, ...(at.file !== undefined && { file: at.file }), ...(at.where ? { where: at.where } : {}) } as Problem;
}

/** The same problems, said to be of `file`. */
export function ofFile(problems: readonly Problem[], file: string): Problem[] {
  return problems.map((p) => ({ ...p, file }));
}

/** zh-TW, for the CLI and the zh-TW pane. */
export const PROBLEM_WORDS_ZH: ProblemWords = {
  'file-empty': () => '檔案是空的',
  'file-read-failed': (p) => `無法讀取檔案（${p.detail}）`,
  'file-unreadable': (p) => p.detail,
  'entry-invalid': (p) => p.detail,
  'too-many-rows': (p) => p.detail,
  'merge-too-few': () => '合併需要至少兩份委員評分表。',
  'merge-mismatch': (p) => p.detail,
  'merge-too-many-rows': (p) => `合併後之${p.detail}`,
  'unit-unknown': (p) =>
    `初審單位${p.unit.trim() === '' ? '（空白）' : `「${p.unit.trim()}」`}不在附表三（優良單位及優良人員獎額分配表）之列；初審單位應為：${p.units.join('、')}。`,
  'rank-no-files': () => '請選擇至少一份評分表。',
  'rank-none-readable': (p) => `沒有可排序的評分表：${p.count} 個檔案皆無法讀取。`,
  'rank-refused': (p) => p.detail,
  'rank-left-out': (p) => `不是有效的評分表（${p.count} 個問題${p.first ? `，例如 ${p.first}` : ''}）`,
  'annex4-absent': () => '檔案中沒有附表四（職業安全衛生優良單位五星獎自評表）；請選擇已加入附表四的活頁簿（.xlsx）。',
  'not-a-review-workbook': (p) => `這不是 osh-review 的評審工作簿（找不到定義名稱 ${p.name}）。`,
  'finalise-invalid': (p) => `工作表中有 ${p.count} 處無法讀取，未定稿；請先更正再定稿。`,
  refused: (p) => p.detail,
  usage: (p) => p.detail,
  'finalise-already': (p) => (p.state === 'intact' ? `此評審已於 ${p.at} 定稿；如需重新定稿，請先取消定稿。` : `此評審已於 ${p.at} 定稿，且定稿後已被修改；如需重新定稿，請先取消定稿。`),
};

/** What a problem says, without its file: "'評分'!F7（item_1_1_level）：…" or the message alone. */
export function problemMessage(p: Problem, words: ProblemWords = PROBLEM_WORDS_ZH): string {
  const text = (words[p.code] as (params: Problem['params']) => string)(p.params);
  return p.where && !text.startsWith(p.where) ? `${p.where}：${text}` : text;
}

/** A problem as JSON for `--json` output: code, file, where (cell or JSON field), message and data. */
export function problemJson(p: Problem, words: ProblemWords = PROBLEM_WORDS_ZH): { code: ProblemCode; file?: string; where?: string; message: string; params: Problem['params'] } {
  return { code: p.code, ...(p.file !== undefined && { file: p.file }), ...(p.where !== undefined && { where: p.where }), message: problemMessage(p, words), params: p.params };
}
