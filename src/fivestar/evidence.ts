/**
 * The 五星獎 evidence files against 附表四: which numbered rows have no file,
 * and which files name no row (填表說明 2 and 3(2)B: each file is named by its
 * 佐證資料檔名編號, "大項-類別-項目").
 */
import { normalizeDigits } from '../facts/digits.ts';
import { CHECK_ROWS, type CheckRow } from './osh-fivestar-113.ts';

export interface MatchedRow {
  readonly number: string;
  readonly files: readonly string[];
}

export interface MissingRow {
  readonly number: string;
  readonly criterion: string;
  /**
   * Rows sharing this row's printed 檢核資料 cell that do have a file: one
   * document may serve both, so the reviewer may accept it.
   */
  readonly sharedCellCoveredBy: readonly string[];
}

export interface UnmatchedFile {
  readonly fileName: string;
  /** The number read from the name, or null when it does not start with one. */
  readonly number: string | null;
  readonly message: string;
}

export interface EvidenceCheck {
  /** Rows with at least one file, in table order. */
  readonly matched: readonly MatchedRow[];
  /** Rows with no file, in table order. */
  readonly missing: readonly MissingRow[];
  /** Files that match no row, in the order given. */
  readonly unmatched: readonly UnmatchedFile[];
}

/**
 * The evidence number a file name starts with, "4-3-1", or null. Digits may
 * be full-width and the dashes "－" (typed with a Chinese IME) or other
 * dashes; the number must be followed by a non-digit or end the name, so
 * "4-3-10" is not 4-3-1. Leading zeros are read as numbers ("04-03-01" is
 * 4-3-1). Folders in the name are ignored.
 */
export function evidenceNumber(fileName: string): string | null {
  const base = fileName.split(/[/\\]/).at(-1) ?? '';
  const text = normalizeDigits(base).replace(/[\u2010-\u2015\uFE63]/g, '-');
  const m = /^(\d+)-(\d+)-(\d+)(?!\d)/.exec(text);
  if (!m) return null;
  return `${Number(m[1])}-${Number(m[2])}-${Number(m[3])}`;
}

/** The numbers of the rows printed in the same 檢核資料 cell as `row`. */
function cellMates(row: CheckRow): string[] {
  const head = row.evidenceSharedWith ?? row.number;
  return CHECK_ROWS.filter((r) => r.number !== row.number && (r.number === head || r.evidenceSharedWith === head)).map((r) => r.number);
}

/**
 * Matches evidence file names to the rows of 附表四.
 * @example checkEvidence(['4-3-1 檢討會議紀錄.pdf', '自評表.docx'])
 */
export function checkEvidence(fileNames: readonly string[]): EvidenceCheck {
  const byNumber = new Map<string, string[]>();
  const unmatched: UnmatchedFile[] = [];
  for (const fileName of fileNames) {
    const number = evidenceNumber(fileName);
    if (number === null) {
      unmatched.push({
        fileName,
        number: null,
        message: `「${fileName}」：檔名開頭不是佐證資料編號；應以「大項編號-類別編號-項目編號」開頭，如「4-3-1 檢討會議紀錄.pdf」。`,
      });
    } else if (!CHECK_ROWS.some((r) => r.number === number)) {
      unmatched.push({
        fileName,
        number,
        message: `「${fileName}」：附表四沒有編號 ${number} 之項目；大項為 1 至 9，類別為 1（規劃）、2（執行）、3（檢討與改進），項目依各類別之評核標準序號。`,
      });
    } else {
      byNumber.set(number, [...(byNumber.get(number) ?? []), fileName]);
    }
  }
  const matched = CHECK_ROWS.filter((r) => byNumber.has(r.number)).map((r) => ({ number: r.number, files: byNumber.get(r.number)! }));
  const missing = CHECK_ROWS.filter((r) => !byNumber.has(r.number)).map((r) => ({
    number: r.number,
    criterion: r.criterion,
    sharedCellCoveredBy: cellMates(r).filter((n) => byNumber.has(n)),
  }));
  return { matched, missing, unmatched };
}

/** 附表四's 檢核結果 choices, as printed. */
const RESULTS = ['已辦理', '未辦理', '不適用'] as const;

/** What a review workbook's 附表四 says, as far as `requiredRows` needs it; undefined when no workbook was given. */
export interface Annex4Results {
  /** Whether the workbook holds 附表四's inputs at all. */
  readonly present: boolean;
  readonly values: Readonly<Record<string, { readonly result?: string }>>;
}

/**
 * Which rows need an evidence file: those marked 已辦理 on 附表四 (and 8-2-2
 * marked 不適用, whose 檢核資料 asks for evidence of non-applicability), or
 * every row when no 檢核結果 is known; `basis` says which, in zh-TW.
 */
export function requiredRows(annex4: Annex4Results | undefined): { readonly numbers: readonly string[]; readonly basis: string } {
  const all = CHECK_ROWS.map((r) => r.number);
  const results = Object.entries(annex4?.values ?? {}).filter(([, v]) => v.result !== undefined);
  if (!annex4?.present || results.length === 0) {
    const why = annex4 === undefined ? '未以 --review 提供工作簿' : annex4.present ? '工作簿之附表四尚未填檢核結果' : '--review 工作簿沒有附表四';
    return { numbers: all, basis: `附表四全部 ${all.length} 項（${why}）` };
  }
  const resultOf = (n: string) => annex4.values[n]?.result;
  const askedWhenNa = new Set(CHECK_ROWS.filter((r) => r.evidence.some((e) => e.includes('不適用之佐證資料'))).map((r) => r.number));
  const numbers = all.filter((n) => resultOf(n) === '已辦理' || (resultOf(n) === '不適用' && askedWhenNa.has(n)));
  const count = (r: string | undefined) => all.filter((n) => resultOf(n) === r).length;
  const parts = RESULTS.map((r) => `${r} ${count(r)} 項`).concat(`未填 ${count(undefined)} 項`);
  return { numbers, basis: `附表四檢核結果（${parts.join('、')}）：「已辦理」者需佐證資料${[...askedWhenNa].some((n) => resultOf(n) === '不適用') ? `；${[...askedWhenNa].join('、')} 不適用者亦需檢附不適用之佐證資料` : ''}` };
}
