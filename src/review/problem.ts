/**
 * What goes wrong, as a code with its data, never words: in a workflow
 * (reading review files, 小組合議, 排序, 五星獎佐證, 附表二, 定稿) and in the
 * core that reads a cell, a JSON text, merges copies or ranks reviews. The
 * CLI and the task pane word a problem from their catalogs
 * (`PROBLEM_WORDS_ZH` here for zh-TW, the pane's for en-US), so one file gets
 * one verdict in either.
 *
 * A problem of a cell, a JSON field, a merge or a ranking carries the coded
 * `reason` it came from; its `detail` is that reason in zh-TW, kept for the
 * JSON output's readers. Only `refused`, `usage` and `file-read-failed` carry
 * a program's or host's own words (and a few codes quote an engine's own
 * English message: the JSON parser's, the schema library's, ExcelJS's).
 */

/** Whose value a cell problem is about, said before the reason: a field's form label, or an item's part. */
export type Subject =
  | { readonly label: string; /** No "：" after the label ("選拔年度是文字…"). */ readonly bare?: true }
  | { readonly item: string; readonly part: 'level' | 'points' | 'count' | 'self' };

/** What a cell shows, as a message quotes it: text (the user's own), a logical value, or a number or date as shown. */
export type Shown = { readonly text: string } | { readonly logical: boolean } | { readonly other: string };

/** The kind of value a cell takes (as sheets/fields.ts's FieldKind, repeated here as data). */
export type KindData =
  | { readonly type: 'text' | 'number' | 'integer' | 'date' | 'rocYear' | 'yesNo' }
  | { readonly type: 'code'; readonly digits?: number }
  | { readonly type: 'choice'; readonly values: readonly string[] };

/** One source's value in a comparison (blank: `value` absent). */
export interface SourceValue {
  readonly source: string;
  readonly value?: unknown;
}

/** The fields the copies of one candidate must agree on. */
export type IdentityField = 'rubric' | 'selectionYear' | 'candidate.name' | 'candidate.ubn';

/** The review schema's own rules (review/schema.ts), each said in the catalogs. */
export type SchemaRule = 'date-format' | 'date-real' | 'roc-int' | 'roc-min' | 'roc-max' | 'non-negative' | 'year-key';

/** The JSON types a schema expects, as a reviewer reads them (zod names them in English: "number"). */
const TYPE_ZH: { readonly [type: string]: string } = {
  number: '數字',
  int: '整數',
  string: '文字',
  boolean: '是非值（true 或 false）',
  array: '清單',
  object: '物件',
};
const typeZh = (type: string) => TYPE_ZH[type] ?? type;

const SCHEMA_RULES_ZH: { readonly [R in SchemaRule]: string } = {
  'date-format': '日期格式應為 YYYY-MM-DD（西元），例如 2024-04-15',
  'date-real': '不是存在的日期',
  'roc-int': '民國年應為整數',
  'roc-min': '民國年應大於 0',
  'roc-max': '民國年應小於 300',
  'non-negative': '不可為負數',
  'year-key': '年份鍵應為民國年，例如 "112"',
};

/** A schema rule's zh-TW words, the message the schema gives its validator (which reports it back as the issue's message). */
export function schemaRuleText(rule: SchemaRule): string {
  return SCHEMA_RULES_ZH[rule];
}

/** The rule a schema issue's message stands for, if it is one of ours. */
export function schemaRuleOf(message: string): SchemaRule | undefined {
  return (Object.keys(SCHEMA_RULES_ZH) as SchemaRule[]).find((r) => SCHEMA_RULES_ZH[r] === message);
}

/** An item of 附表一: its id and title (the form's own). */
export interface ItemRef {
  readonly item: string;
  readonly title: string;
}

/** The lists a workbook has a fixed number of rows for (sheets/capacity.ts). */
export type ListField = 'candidate.awards' | 'panel' | 'priorAwards.awards';

/** Where a rubric id came from, which its message names. */
export type RubricAt = 'workbook' | 'json' | 'merge';

import { describeBand, describeBands, formatPoints, type Band } from '../scoring/band.ts';

/** The data each code carries. */
export interface ProblemParams {
  /** The file holds nothing. */
  'file-empty': Record<string, never>;
  /** The file could not be read at all (the host's reason). */
  'file-read-failed': { readonly detail: string };
  /** Not a workbook or JSON this tool reads (corrupt, another spreadsheet, bad JSON). */
  'file-unreadable': { readonly detail: string; readonly reason?: Problem };
  /** One cell or JSON field is wrong; `where` says which. */
  'entry-invalid': { readonly detail: string; readonly reason?: Problem };
  /** A list longer than the workbook has rows for; `detail` is it in zh-TW, for the JSON output's readers. */
  'too-many-rows': { readonly count: number; readonly rows: number; readonly list: ListField; readonly detail: string };
  /** Fewer than two copies to merge. */
  'merge-too-few': { readonly count: number };
  /** The copies are of different candidates, rubrics or years; `where` is the JSON path that differs. */
  'merge-mismatch': { readonly sources: readonly string[]; readonly detail: string; readonly reason?: Problem };
  /** The merged review's lists do not fit the workbook; `detail` is it in zh-TW, for the JSON output's readers. */
  'merge-too-many-rows': { readonly count: number; readonly rows: number; readonly list: ListField; readonly detail: string };
  /** The 初審單位 is not one of 附表三. */
  'unit-unknown': { readonly unit: string; readonly units: readonly string[] };
  /** No file given to rank. */
  'rank-no-files': Record<string, never>;
  /** None of the files holds a valid review. */
  'rank-none-readable': { readonly count: number };
  /** The reviews cannot be ranked together (mixed years, one unit twice). */
  'rank-refused': { readonly detail: string; readonly reason?: Problem };
  /** A file holds a review that is not valid, so it is left out of the ranking. */
  'rank-left-out': { readonly count: number; readonly first?: Problem };
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

  // ---- a cell of a review workbook (sheets/fields.ts, sheets/reader.ts); `subject` names the field
  /** The cell shows an error value (#N/A, #REF!). */
  'cell-error-value': { readonly subject?: Subject; readonly error: string; readonly kind: KindData };
  /** A code cell holds a negative or fractional number. */
  'cell-code-number': { readonly subject?: Subject; readonly value: number };
  /** Text that looks like a number where the formulas count only numbers. */
  'cell-text-not-number': { readonly subject?: Subject; readonly text: string; readonly kind: 'number' | 'integer' | 'rocYear' };
  /** A number (or date, logical value) out of what the cell allows. */
  'cell-out-of-range': { readonly subject?: Subject; readonly kind: 'number' | 'integer' | 'rocYear' | 'date'; readonly shown: Shown };
  /** Text in a date cell. */
  'cell-date-text': { readonly subject?: Subject; readonly text: string };
  /** Not 是 or 否. */
  'cell-not-yes-no': { readonly subject?: Subject; readonly shown: Shown };
  /** Not one of the drop-down's values; `spaces`: it is one, but with spaces around it. */
  'cell-not-choice': { readonly subject?: Subject; readonly values: readonly string[]; readonly shown: Shown; readonly spaces: boolean };
  /** Only spaces, which the formulas do not take as blank. */
  'cell-spaces': { readonly subject?: Subject; readonly values: readonly string[] };
  /** A formula typed into an input cell. */
  'cell-formula': { readonly subject?: Subject; readonly formula: string };
  /** An input cell merged into another. */
  'cell-merged': { readonly subject?: Subject; readonly into: string };
  /** A rubric id no edition has. */
  'rubric-unknown': { readonly value: string; readonly rubrics: readonly string[]; readonly at: RubricAt };
  /** None of the names a review workbook has. */
  'no-review-names': Record<string, never>;
  /** An input's defined name was deleted. */
  'input-name-missing': { readonly name: string };
  /** An item's level cell's defined name was deleted. */
  'level-name-missing': { readonly item: string; readonly name: string };
  /** A problem at a defined name the workbook no longer has. */
  'name-missing': { readonly name: string; readonly reason: Problem };
  /** 選拔年度 left blank. */
  'year-required': Record<string, never>;
  /** 評鑑日期 left blank. */
  'date-required': Record<string, never>;
  /** One of a year's FR and SR without the other. */
  'rates-pair': { readonly year: string; readonly basis: 'own' | 'withContractors' };
  /** An award row with its type or its year blank; `label` is the blank one's. */
  'award-pair': { readonly label: string };
  /** 無獲獎紀錄 ticked while awards are listed. */
  'awards-none-conflict': { readonly label: string; readonly count: number };
  /** A panel member's 在職單位 (附表二: 任職單位) or 職稱 without the name; `organisation` is the form's word for the first. */
  'panel-name-missing': { readonly label: string; readonly organisation: string };
  /** None of the names a 附表二 workbook has. */
  'no-person-names': Record<string, never>;
  /** 推薦單位 or 同意 filled without choosing the 推薦方式 (`routes`). */
  'person-route-missing': { readonly routes: readonly string[] };
  /** 曾獲獎項 filled without choosing the 曾獲獎情形 (`statuses`). */
  'prior-status-missing': { readonly statuses: readonly string[] };
  /** A 附表四 check row's cell; `part` which. */
  'annex4-cell': { readonly row: string; readonly part: 'result' | 'date' | 'checker'; readonly reason: Problem };
  /** The record formulas differ from the layout the workbook was made with (`tabs`: the sheets; `name`: the digest's name). */
  'formulas-changed': { readonly tabs: readonly string[]; readonly name: string };
  /** One record formula changed (`held`) or deleted (no `held`); `at` is its cell. */
  'formula-changed': { readonly at: string; readonly held?: string; readonly formula: string };
  /** A sheet's formulas are of another layout (`cells`). */
  'formulas-sheet-changed': { readonly tab: string; readonly cells: readonly string[] };
  /** 未達 chosen with points other than 0. */
  'not-met-points': { readonly item: string };
  // ---- one item's answer (scoring/answer.ts): `item` and its 附表一 `title` name it
  /** An item id the rubric does not have (`last`: its last item). */
  'answer-unknown-item': { readonly item: string; readonly rubric: string; readonly last: string };
  /** N/A with points or a count. */
  'answer-na-conflict': ItemRef;
  /** A level the item does not have. */
  'answer-unknown-level': ItemRef & { readonly level: string; readonly levels: readonly string[] };
  /** Points off a count item's steps. */
  'answer-points-step': ItemRef & { readonly points: number; readonly per: number; readonly step: number; readonly max: number };
  /** 0 points with a level chosen. */
  'answer-zero-with-level': ItemRef & { readonly level: string; readonly band: Band };
  /** Points outside the chosen level's band. */
  'answer-out-of-band': ItemRef & { readonly points: number; readonly level: string; readonly band: Band };
  /** Points in no level's band. */
  'answer-points-not-allowed': ItemRef & { readonly points: number; readonly bands: readonly Band[] };
  /** A count on an item not scored by counting. */
  'answer-count-not-allowed': ItemRef & { readonly bands: readonly Band[] };
  /** A count that is not a whole number 0 or more; `unit` is what the item counts. */
  'answer-count-invalid': ItemRef & { readonly count: number; readonly unit: string };
  /** A count and points both given. */
  'answer-count-and-points': ItemRef;
  /** A count whose points do not match the chosen level. */
  'answer-count-level': ItemRef & { readonly count: number; readonly earned: number; readonly level: string; readonly per: number; readonly unit: string; readonly step: number; readonly max: number };

  /** Put back on a field's cell: what the review's schema refuses there. */
  'field-refused': { readonly label: string; readonly reason: Problem };

  // ---- a file that is not an .xlsx this tool reads (workbook/xlsx-file.ts)
  /** An encrypted workbook (a password to open). */
  'xlsx-encrypted': Record<string, never>;
  /** An Excel 97–2003 .xls or another OLE file. */
  'xlsx-legacy': Record<string, never>;
  /** An OpenDocument spreadsheet with another name. */
  'xlsx-ods': Record<string, never>;
  /** Not a zip at all. */
  'xlsx-not-zip': Record<string, never>;
  /** Unpacks past `limit` MB: `stated` MB as its directory says, or more than it says. */
  'xlsx-too-large': { readonly limit: number; readonly stated?: number };
  /** A broken zip or workbook: `why`, with the compression method or the reader's own message (English). */
  'xlsx-broken': { readonly why: 'no-local-header' | 'truncated' | 'corrupt' | 'method' | 'reader'; readonly method?: number; readonly reader?: string };

  // ---- a JSON field (review/schema.ts, review/evaluate.ts, personnel/schema.ts); `where` is its path
  /** A required field left out; `expected` is the JSON type. */
  'json-missing': { readonly expected: string };
  /** A field of the wrong JSON type. */
  'json-type': { readonly expected: string };
  /** Fields the schema does not have. */
  'json-unknown-keys': { readonly keys: readonly string[] };
  /** 附表二's 優良事蹟 numbered other than "1" to "7". */
  'json-unknown-conditions': { readonly keys: readonly string[] };
  /** A value not in the list; `values` as JSON texts. */
  'json-not-allowed': { readonly values: readonly string[] };
  /** One of the schema's own rules. */
  'json-rule': { readonly rule: SchemaRule };
  /** The schema library's own message (English). */
  'json-other': { readonly message: string };
  /** reviewDate outside its selection year. */
  'date-outside-year': { readonly date: string; readonly year: number };
  /** Text longer than an Excel cell holds. */
  'text-too-long': { readonly length: number };
  /** A 自評 tick of an item the rubric does not have. */
  'self-unknown-item': { readonly item: string };
  /** A 自評 tick of a level the item does not have. */
  'self-unknown-level': { readonly item: string; readonly level: string; readonly levels: readonly string[] };

  // ---- a JSON text (review/json-text.ts)
  /** Not JSON at all; `parser` is the JSON parser's own message (English). */
  'json-syntax': { readonly parser: string };
  /** Keys JSON readers disagree on: `__proto__`, or a key twice in one object. The first `path`; `more` others. */
  'json-keys': { readonly path: string; readonly key: string; readonly duplicate: boolean; readonly more: number; readonly atLeast: boolean };
  /** Arrays and objects nested deeper than `limit`; `path` is where, its first levels only. */
  'json-depth': { readonly path: string; readonly limit: number };

  // ---- the panel's copies (panel/merge-reviews.ts)
  /** The copies differ on a field that names the candidate, rubric or year. */
  'merge-differs': { readonly field: IdentityField; readonly values: readonly SourceValue[] };
  /** A copy scores an item its rubric does not have. */
  'merge-unknown-item': { readonly source: string; readonly rubric: string; readonly item: string };

  // ---- ranking (ranking/ranking.ts)
  /** Reviews of different selection years, or one 統一編號 twice. */
  'rank-mixed': { readonly years: readonly { readonly year: number; readonly sources: readonly string[] }[]; readonly ubns: readonly { readonly ubn: string; readonly sources: readonly string[] }[] };
}

export type ProblemCode = keyof ProblemParams;

/**
 * One problem: its code and data, which file (its label), and where in it
 * (a cell "'評分'!F7（item_1_1_level）" or a JSON path "candidate.ubn").
 */
export type Problem = {
  readonly [C in ProblemCode]: { readonly code: C; readonly file?: string; readonly where?: string; readonly params: ProblemParams[C] };
}[ProblemCode];

/** The JSON path of the whole value, as a problem's `where` holds it. */
export const ROOT_PATH = '(根)';

/** How a catalog words each code, the whole JSON value (ROOT_PATH) as a where, and what goes between a where and the words. */
export type ProblemWords = { readonly [C in ProblemCode]: (params: ProblemParams[C]) => string } & { readonly rootPath: string; readonly separator: string };

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
  rootPath: ROOT_PATH,
  separator: '：',
  'file-empty': () => '檔案是空的',
  'file-read-failed': (p) => `無法讀取檔案（${p.detail}）`,
  'file-unreadable': (p) => p.detail,
  'entry-invalid': (p) => p.detail,
  'too-many-rows': (p) => zhTooMany(p),
  'merge-too-few': () => '合併需要至少兩份委員評分表。',
  'merge-mismatch': (p) => p.detail,
  'merge-too-many-rows': (p) => `合併後之${p.list}：${zhTooMany(p)}`,
  'unit-unknown': (p) =>
    `初審單位${p.unit.trim() === '' ? '（空白）' : `「${p.unit.trim()}」`}不在附表三（優良單位及優良人員獎額分配表）之列；初審單位應為：${p.units.join('、')}。`,
  'rank-no-files': () => '請選擇至少一份評分表。',
  'rank-none-readable': (p) => `沒有可排序的評分表：${p.count} 個檔案皆無法讀取。`,
  'rank-refused': (p) => p.detail,
  'rank-left-out': (p) => `不是有效的評分表（${p.count} 個問題${p.first ? `，例如 ${problemText(p.first)}` : ''}）`,
  'annex4-absent': () => '檔案中沒有附表四（職業安全衛生優良單位五星獎自評表）；請選擇已加入附表四的活頁簿（.xlsx）。',
  'not-a-review-workbook': (p) => `這不是 osh-review 的評審工作簿（找不到定義名稱 ${p.name}）。`,
  'finalise-invalid': (p) => `工作表中有 ${p.count} 處無法讀取，未定稿；請先更正再定稿。`,
  refused: (p) => p.detail,
  usage: (p) => p.detail,
  'finalise-already': (p) => (p.state === 'intact' ? `此評審已於 ${p.at} 定稿；如需重新定稿，請先取消定稿。` : `此評審已於 ${p.at} 定稿，且定稿後已被修改；如需重新定稿，請先取消定稿。`),

  'cell-error-value': (p) => `${zhSubject(p.subject)}儲存格顯示錯誤值 ${p.error}，請改填${zhKind(p.kind)}`,
  'cell-code-number': (p) => `${zhSubject(p.subject)}應為數字代碼，不是 ${p.value}`,
  'cell-text-not-number': (p) =>
    `${zhSubject(p.subject)}是文字${zhQuoted(p.text)}，公式不會把文字當成數字計算；請清除後直接輸入${zhKind({ type: p.kind })}，例如 ${{ number: '5.61', integer: '1000', rocYear: '113' }[p.kind]}（半形、不含逗號與空白）`,
  'cell-out-of-range': (p) =>
    `${zhSubject(p.subject)}${
      {
        number: '應為 0 以上的數字，不是',
        integer: '應為 0 以上的整數，不是',
        rocYear: '應為民國年（1 至 299 的整數），例如 113，不是',
        date: '應為 1912/1/1 至 2099/12/31 之間的日期（不含時間），例如 2024/4/15，不是',
      }[p.kind]
    }${zhShown(p.shown)}`,
  'cell-date-text': (p) => `${zhSubject(p.subject)}是文字${zhQuoted(p.text)}，公式不會把文字當成日期；請清除後以西元輸入日期，例如 2024/4/15（Excel 會存成日期）`,
  'cell-not-yes-no': (p) => `${zhSubject(p.subject)}應從下拉選單選「是」或「否」，不是${zhShown(p.shown)}`,
  'cell-not-choice': (p) =>
    `${zhSubject(p.subject)}應從下拉選單選 ${p.values.map((v) => `「${v}」`).join('、')} 之一，不是${zhShown(p.shown)}${p.spaces ? '（前後有空白，公式不會採計）' : ''}`,
  'cell-spaces': (p) => `${zhSubject(p.subject)}只有空白字元，公式不會當成空白；請清除此欄，或從下拉選單選 ${p.values.join('、')}`,
  'cell-formula': (p) => `${zhSubject(p.subject)}輸入欄含公式 =${p.formula}，工作簿只採計直接輸入的值；請刪除公式，改填值。`,
  'cell-merged': (p) => `${zhSubject(p.subject)}輸入欄被合併到 ${p.into}，Excel 不保留此欄的值；請取消合併儲存格後重新填寫。`,
  'rubric-unknown': (p) =>
    p.at === 'workbook'
      ? `不認得的評分表版本「${p.value}」，可用：${p.rubrics.join('、')}`
      : `不認得的評分表「${p.value}」，可用：${p.rubrics.join('、')}${p.at === 'merge' ? '。' : ''}`,
  'no-review-names': () => '這不是 osh-review 的評審工作簿（找不到選拔年度、評鑑日期與各項目的定義名稱）。',
  'input-name-missing': (p) => `輸入欄的定義名稱 ${p.name} 不見了（工作表的公式因此顯示 #NAME?）；請還原此名稱，或以 osh-review new 重建活頁簿。`,
  'level-name-missing': (p) => `項目 ${p.item} 的等第欄不見了（定義名稱被刪除）；請還原 ${p.name}。`,
  'name-missing': (p) => `缺少定義名稱 ${p.name}：${problemText(p.reason)}`,
  'year-required': () => '選拔年度（民國）必填，例如 113',
  'date-required': () => '評鑑日期必填，例如 2024/04/15',
  'rates-pair': (p) => `${p.year}年${p.basis === 'own' ? '原事業單位' : '加計承攬人'}之失能傷害頻率與嚴重率須同時填寫。`,
  'award-pair': (p) => `${p.label}未填：獎項與年度須同時填寫。`,
  'awards-none-conflict': (p) => `${p.label}：已填 ${p.count} 筆獲獎紀錄，此欄應留空或選「否」。`,
  'panel-name-missing': (p) => `${p.label}未填，但已填${p.organisation}或職稱。`,
  'no-person-names': () => '這不是附表二工作簿（找不到選拔年度與姓名之定義名稱）。',
  'person-route-missing': (p) => `已填推薦單位或事業單位同意，請選擇推薦方式（${p.routes.join('或')}）。`,
  'prior-status-missing': (p) => `已填曾獲獎項或其他說明，請選擇曾獲獎情形（${p.statuses.join('、')}）。`,
  'annex4-cell': (p) => `附表四 ${p.row} ${{ result: '檢核結果', date: '檢核日期', checker: '檢核人員' }[p.part]}${problemText(p.reason)}`,
  'formulas-changed': (p) => `${p.tabs.join('、')} 的公式與建立此活頁簿時不同（與公式摘要 ${p.name} 不符）；請復原修改，或以 osh-review new 重建活頁簿後重新填寫。`,
  'formula-changed': (p) =>
    `${p.at} 的${p.held === undefined ? '公式已被刪除或改成數值' : `公式已被改動（現為 =${p.held}）`}（應為 =${p.formula}）；請復原此儲存格的公式，它的結果會印在表上。`,
  'formulas-sheet-changed': (p) => `'${p.tab}' 的公式已被改動（${p.cells.join('、')} 與建立時的版面不同）；請復原修改，或以 osh-review new 重建活頁簿後重新填寫。`,
  'answer-unknown-item': (p) => `項目 ${p.item}：${p.rubric} 沒有這個項目；項目編號為 1.1 至 ${p.last}，如 "2.3"。`,
  'not-met-points': (p) => `項目 ${p.item} 已選「未達」，得分應留空或為 0。`,
  'field-refused': (p) => `${p.label}：${problemMessage(p.reason)}`,
  'answer-na-conflict': (p) => `${zhItem(p)}已標示不適用（N/A），不可同時填寫得分或數量。`,
  'answer-unknown-level': (p) => `${zhItem(p)}本項沒有「${p.level}」等第，可選：${p.levels.join('、')}、不適用（N/A）。`,
  'answer-points-step': (p) =>
    `${zhItem(p)}得分 ${formatPoints(p.points)} 不符本項計分方式（每 ${p.per} 家/項 ${formatPoints(p.step)} 分，最高 ${formatPoints(p.max)} 分）；請填寫數量，或填 0 至 ${formatPoints(p.max)} 之間 ${formatPoints(p.step)} 的倍數。`,
  'answer-zero-with-level': (p) => `${zhItem(p)}得分 0 表示未達任何等第，不可同時選「${p.level}」；「${p.level}」為 ${describeBand(p.band)} 分。`,
  'answer-out-of-band': (p) => `${zhItem(p)}得分 ${formatPoints(p.points)} 不在「${p.level}」的範圍內（${describeBand(p.band)} 分）。`,
  'answer-points-not-allowed': (p) => `${zhItem(p)}得分 ${formatPoints(p.points)} 不在任何等第的範圍內；可填：${describeBands(p.bands)}。`,
  'answer-count-not-allowed': (p) => `${zhItem(p)}本項不以數量計分，請選等第或填得分；可填：${describeBands(p.bands)}。`,
  'answer-count-invalid': (p) => `${zhItem(p)}數量 ${p.count} 不是 0 以上的整數（${p.unit}數）。`,
  'answer-count-and-points': (p) => `${zhItem(p)}已填數量，得分由數量計算，不可另填得分。`,
  'answer-count-level': (p) =>
    `${zhItem(p)}數量 ${p.count} 得 ${formatPoints(p.earned)} 分，與所選「${p.level}」不符；本項以數量計分，每 ${p.per} ${p.unit} ${formatPoints(p.step)} 分，最高 ${formatPoints(p.max)} 分。`,
  'xlsx-encrypted': () => '這是設有開啟密碼（加密）的活頁簿，無法讀取；請在 Excel 以「檔案 > 資訊 > 保護活頁簿 > 以密碼加密」清除密碼後另存為 .xlsx',
  'xlsx-legacy': () => '這是舊版 Excel 97-2003 活頁簿（.xls）或其他 OLE 格式檔案，不是 .xlsx；請在 Excel 另存為「Excel 活頁簿（.xlsx）」',
  'xlsx-ods': () => '這是 OpenDocument 試算表（.ods），不是 .xlsx（副檔名與內容不符）；請以 LibreOffice 或 Excel 開啟後另存為「Excel 活頁簿（.xlsx）」',
  'xlsx-not-zip': () => '不是 .xlsx 活頁簿（檔案開頭不是 ZIP 格式）',
  'xlsx-too-large': (p) => `活頁簿解壓後${p.stated === undefined ? '超過其目錄所記載的大小' : `達 ${p.stated} MB`}，超過上限 ${p.limit} MB，不予讀取`,
  'xlsx-broken': (p) =>
    `無法讀取 .xlsx 活頁簿（${
      {
        'no-local-header': '壓縮檔目錄指向的位置沒有檔案',
        truncated: '壓縮檔的資料不完整',
        corrupt: '壓縮資料損毀',
        method: `不支援的壓縮方式 ${p.method}`,
        reader: p.reader,
      }[p.why]
    }）`,
  'json-missing': (p) => `缺少必填欄位（應為${typeZh(p.expected)}）`,
  'json-type': (p) => `型別不符：應為${typeZh(p.expected)}`,
  'json-unknown-keys': (p) => `不認得的欄位：${p.keys.join('、')}`,
  'json-unknown-conditions': (p) => `不認得的條件編號：${p.keys.join('、')}；優良事蹟依要點 五編為 "1" 至 "7"。`,
  'json-not-allowed': (p) => `值不在允許範圍內，可用：${p.values.join('、')}`,
  'json-rule': (p) => SCHEMA_RULES_ZH[p.rule],
  'json-other': (p) => p.message,
  'date-outside-year': (p) => `評鑑日期 ${p.date} 不在 ${p.year} 年度（${p.year + 1911}-01-01 至 ${p.year + 1911}-12-31）內；請確認 selectionYear 與 reviewDate`,
  'text-too-long': (p) => `文字有 ${p.length.toLocaleString('en-US')} 字元，超過 Excel 儲存格上限 32,767 字元；請縮短`,
  'self-unknown-item': (p) => `沒有項目 ${p.item}`,
  'self-unknown-level': (p) => `項目 ${p.item} 沒有「${p.level}」等第，可選：${p.levels.join('、')}`,
  'json-syntax': (p) => `不是有效的 JSON（${p.parser}）`,
  'json-keys': (p) =>
    `JSON 有不接受的鍵：${p.path}：${p.duplicate ? `鍵 "${p.key}" 重複出現；JSON 的鍵不可重複（後出現者會蓋過前者），請只留一個` : '不接受名為 "__proto__" 的鍵'}${
      p.more > 0 ? `（另有 ${p.more}${p.atLeast ? ' 處以上' : ' 處'}）` : ''
    }`,
  'json-depth': (p) => `JSON 的陣列與物件巢狀超過 ${p.limit} 層（${p.path}）；審查資料只有數層`,
  'merge-differs': (p) =>
    `${{ rubric: '評分表版本（rubric）', selectionYear: '選拔年度', 'candidate.name': '單位名稱', 'candidate.ubn': '統一編號' }[p.field]}不一致，無法合併為同一參選單位之評分：${p.values
      .map((v) => `${v.source} ${v.value === undefined ? '（未填）' : typeof v.value === 'string' ? `「${v.value}」` : JSON.stringify(v.value)}`)
      .join('、')}。`,
  'merge-unknown-item': (p) => `${p.source}：${p.rubric} 沒有項目 ${p.item}。`,
  'rank-mixed': (p) =>
    `無法排序：${
      p.years.length > 0 ? `評分表之選拔年度不一致（${p.years.map((y) => `${y.year}年：${y.sources.join('、')}`).join('；')}），不同年度之參選單位不能一併排序，請分年度排序。` : ''
    }${p.ubns.map((u) => `統一編號 ${u.ubn} 出現 ${u.sources.length} 次（${u.sources.join('、')}）；同一參選單位之多份評分表應先合併（評鑑小組合併）再排序。`).join('')}`,
};

/** A list too long for its rows, in zh-TW. */
function zhTooMany(p: { readonly count: number; readonly rows: number; readonly list: ListField }): string {
  const what = { 'candidate.awards': '獲獎紀錄（awards）', panel: '現場評鑑人員（panel）', 'priorAwards.awards': '歷年優良人員獲獎紀錄（priorAwards.awards）' }[p.list];
  return `${what}有 ${p.count} 筆，工作簿只有 ${p.rows} 列可填（上限 ${p.rows} 筆）；未寫入任何檔案，請刪減至 ${p.rows} 筆以內`;
}

/** An item named in zh-TW, before its answer's problem: "項目 1.1「…」：". */
function zhItem(p: ItemRef): string {
  return `項目 ${p.item}「${p.title}」：`;
}

/** A subject in zh-TW, before its reason: "選拔年度", "統一編號：", "項目 1.1 初審等第". */
function zhSubject(subject: Subject | undefined): string {
  if (!subject) return '';
  if ('label' in subject) return subject.bare ? subject.label : `${subject.label}：`;
  return `項目 ${subject.item} ${{ level: '初審等第', points: '得分', count: '數量', self: '自評' }[subject.part]}`;
}

/** A text cell's content quoted for a message, whitespace made visible. */
function zhQuoted(s: string): string {
  return `「${s.replace(/\u3000/g, '　').replace(/\t/g, '\\t').replace(/\n/g, '\\n')}」`;
}

function zhShown(shown: Shown): string {
  if ('logical' in shown) return `邏輯值 ${shown.logical ? 'TRUE' : 'FALSE'}`;
  if ('text' in shown) return `文字${zhQuoted(shown.text)}`;
  return shown.other;
}

/** What a kind allows, in zh-TW words. */
export function zhKind(kind: KindData): string {
  switch (kind.type) {
    case 'text':
      return '文字';
    case 'code':
      return kind.digits ? `${kind.digits} 位數字` : '代碼';
    case 'number':
      return '0 以上的數字';
    case 'integer':
      return '0 以上的整數';
    case 'rocYear':
      return '民國年';
    case 'date':
      return '日期';
    case 'yesNo':
      return '「是」或「否」';
    case 'choice':
      return kind.values.join('、');
  }
}

/** What a problem says, without its file or where. */
export function problemText(p: Problem, words: ProblemWords = PROBLEM_WORDS_ZH): string {
  return (words[p.code] as (params: Problem['params']) => string)(p.params);
}

/** What a problem says, without its file: "'評分'!F7（item_1_1_level）：…" or the message alone. */
export function problemMessage(p: Problem, words: ProblemWords = PROBLEM_WORDS_ZH): string {
  const text = problemText(p, words);
  const where = p.where === ROOT_PATH ? words.rootPath : p.where;
  return where && !text.startsWith(where) ? `${where}${words.separator}${text}` : text;
}

/**
 * A cell's, field's, merge's or ranking's problem, as a workflow reports it:
 * under `code`, with the reason and its zh-TW words as `detail`.
 */
export function wrapped<C extends 'entry-invalid' | 'file-unreadable' | 'rank-refused'>(code: C, reason: Problem, at: { readonly file?: string; readonly where?: string } = {}): Problem {
  return problem(code, { detail: problemMessage(reason), reason } as ProblemParams[C], at);
}

/** A problem as JSON for `--json` output: code, file, where (cell or JSON field), message and data. */
export function problemJson(p: Problem, words: ProblemWords = PROBLEM_WORDS_ZH): { code: ProblemCode; file?: string; where?: string; message: string; params: Problem['params'] } {
  return { code: p.code, ...(p.file !== undefined && { file: p.file }), ...(p.where !== undefined && { where: p.where }), message: problemMessage(p, words), params: p.params };
}
