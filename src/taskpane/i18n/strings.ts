/**
 * Every string the pane shows, in Traditional Chinese (Taiwan) first and in
 * English. The rubric's own words (section and item titles, criteria, source
 * notes) and the rules' findings are the 要點's and stay in Chinese in both.
 */
import type { RuleCode } from '../../eligibility/eligibility.ts';
import type { CountRule, LevelLabel } from '../../rubric/types.ts';
import { describeBand, formatPoints, type Band } from '../../scoring/band.ts';
import type { FieldIssue } from '../state/field-value.ts';
import type { ItemInputIssue } from '../state/item-edit.ts';
import type { PaneAction } from '../state/review-store.ts';
import { PROBLEM_WORDS_ZH, type ProblemWords } from '../../review/problem.ts';
import { SHELL_STRINGS, type ShellStrings } from './shell.ts';

export { LANG_TAG, LOCALES, resolveLocale, type Locale } from './shell.ts';

export type StatusKey = 'eligible' | 'not-recommended' | 'ineligible';

/** Every string of the pane; the shell's (shell.ts) are in the first chunk. */
export interface Strings extends ShellStrings {
  readonly previewBadge: string;
  readonly previewBadgeLong: string;
  readonly creating: string;
  readonly retry: string;
  readonly dismiss: string;
  readonly checkAgain: string;
  readonly errorTitle: Readonly<Record<PaneAction, string>>;
  readonly nothingLost: string;
  readonly keptForCreate: string;
  readonly sheetProblemsTitle: (n: number) => string;
  readonly sheetProblemsIntro: string;
  readonly showInSheet: string;
  readonly showInSheetFor: (name: string) => string;
  readonly showDetails: string;
  readonly hideDetails: string;

  readonly startHeading: string;
  readonly startIntro: string;
  readonly candidateName: string;
  readonly reviewUnit: string;
  readonly selectionYear: string;
  readonly reviewDate: string;
  readonly yearHint: (roc: number) => string;
  readonly dateHint: string;
  readonly create: string;
  readonly required: string;
  readonly cannotBuildTitle: string;
  readonly cannotBuild: string;
  readonly renamed: (names: readonly string[]) => string;

  readonly stepsLabel: string;
  readonly stepBasic: string;
  readonly stepEligibility: string;
  readonly stepSection: (numeral: string, id: string) => string;
  readonly stepOpen: (title: string, open: number) => string;
  readonly stepOpinion: string;
  readonly stepPrint: string;
  readonly previous: (step: string) => string;
  readonly next: (step: string) => string;

  readonly yes: string;
  readonly no: string;
  readonly unset: string;
  readonly none: string;
  readonly fieldIssue: (issue: FieldIssue) => string;
  readonly dateEcho: (iso: string) => string;
  readonly sheetValue: (message: string) => string;
  readonly notSaved: string;

  readonly groupCandidate: string;
  readonly groupReview: string;
  readonly groupConstruction: string;
  readonly groupConstructionHint: string;
  readonly groupImage: string;

  readonly groupEligibility: string;
  readonly groupRates: string;
  readonly ratesHint: string;
  readonly groupAverage: string;
  readonly rateYear: (roc: number) => string;
  readonly rateYearUnknown: (n: number) => string;
  readonly rateLabel: (basis: 'own' | 'con', measure: 'fr' | 'sr', year: string) => string;
  readonly rateBasis: (basis: 'own' | 'con') => string;
  readonly rateYearColumn: string;
  readonly groupAwards: string;
  readonly awardsHint: string;
  readonly awardTypeLabel: (row: number) => string;
  readonly awardYearLabel: (row: number) => string;
  readonly awardTypeName: (type: string) => string;
  readonly removeAward: (row: number) => string;
  readonly groupOshms: string;
  readonly groupSafetyWeek: string;
  readonly groupLabor: string;
  readonly groupLaborHint: string;

  readonly eligibilityHeading: string;
  readonly status: Readonly<Record<StatusKey, string>>;
  readonly needYearDate: string;
  readonly unconfirmed: (n: number) => string;
  readonly showConditions: string;
  readonly hideConditions: string;
  readonly fiveStar: string;
  readonly openEligibility: string;
  readonly ruleTitle: Readonly<Record<RuleCode, string>>;
  readonly severity: Readonly<Record<'ineligible' | 'not-recommended' | 'unconfirmed', string>>;

  readonly sectionHeading: (numeral: string, title: string) => string;
  readonly weight: (weight: number) => string;
  readonly sectionSubtotal: (earned: number, applicable: number, weight: number, weighted: number) => string;
  readonly headerPoints: (points: number) => string;
  readonly criteria: string;
  readonly levelName: (label: LevelLabel) => string;
  readonly bandText: (band: Band) => string;
  readonly levelPoints: (band: Band) => string;
  readonly countRule: (rule: CountRule) => string;
  readonly selfAssessment: (id: string) => string;
  readonly reviewerLevel: (id: string) => string;
  readonly notApplicable: string;
  readonly notMet: string;
  readonly selfMark: string;
  readonly chosenMark: string;
  readonly differs: (self: string) => string;
  readonly points: (id: string) => string;
  readonly pointsRange: (band: Band) => string;
  readonly count: (id: string, unit: string) => string;
  readonly countEarned: (points: number) => string;
  readonly itemIssue: (issue: ItemInputIssue, levelLabel?: string) => string;
  readonly pending: string;
  readonly pendingCount: string;
  readonly earned: (points: number, max: number) => string;
  readonly unscored: string;
  readonly naNote: string;
  readonly sourceNote: string;
  readonly sheetItemProblem: string;
  readonly clearItem: (id: string) => string;
  readonly clear: string;
  readonly countUp: (rule: CountRule) => string;
  readonly countDown: (rule: CountRule) => string;
  /** Typed points fell in another level's band, which is now picked. */
  readonly levelMoved: (id: string, points: string, level: string) => string;

  readonly scoreHeading: string;
  readonly total: string;
  readonly remaining: (n: number) => string;
  readonly complete: string;
  readonly listRemaining: (n: number) => string;
  readonly hideRemaining: string;
  readonly remainingListLabel: string;
  readonly goToItem: (id: string, title: string) => string;
  readonly sectionBar: (numeral: string, weighted: string, max: string) => string;
  readonly scoreDetails: string;
  readonly closeDetails: string;
  /** What the live region says when the score changes. */
  readonly scoreSpoken: (total: string, remaining: number) => string;
  /** What the 以上皆否 button answers, unseen after its text. */
  readonly allNo: (legend: string) => string;
  readonly allNoText: string;
  readonly allYesText: string;
  readonly eligibilityPending: (n: number) => string;

  readonly strengths: string;
  readonly suggestions: string;
  readonly decision: string;
  readonly decisionLabel: Readonly<Record<'pass' | 'fail' | 'other', string>>;
  readonly decisionOther: string;
  readonly panelHeading: string;
  readonly panelMember: (row: number) => string;
  readonly panelName: (row: number) => string;
  readonly panelOrg: (row: number) => string;
  readonly panelTitle: (row: number) => string;
  /** Under 優點 or 建議: the lines used of those the one-page 初審意見表 has room for, and the pages they print on. */
  readonly fitUsed: (lines: number, capacity: number, first: number, last: number) => string;
  /** As fitUsed when the other box (`other`) alone already takes the form past page 1: this box has no room there. */
  readonly fitNoRoom: (lines: number, first: number, last: number, other: string) => string;
  /** Under a box whose own lines print past page 1. */
  readonly fitOver: (over: number, first: number, last: number) => string;
  /** Under a box over its room whose extra lines push the other box's lines (`moved`) past page 1. */
  readonly fitPushes: (extra: number, other: string, moved: number, first: number, last: number) => string;
  /** The note under a box: its use, then what prints past page 1 (when any). */
  readonly fitHint: (used: string, beyond: string | undefined) => string;
  /** Said (politely) when the printed 初審意見表's page count changes. */
  readonly fitSpoken: (pages: number) => string;
  /** The button that lists the items rated 優 in 優點 and those rated 可 or 未達 in 建議. */
  readonly listMarked: string;
  /** What the button does, under it. */
  readonly listMarkedHint: string;
  /** Why the button is unavailable: no item rated 優, 可 or 未達 yet. */
  readonly listMarkedNone: string;
  /** What the button did: items added to 優點 and to 建議. */
  readonly listMarkedDone: (strengths: number, suggestions: number) => string;
  /** The button found every rated item already listed. */
  readonly listMarkedNothingNew: string;

  readonly printHeading: string;
  readonly printIntro: string;
  readonly printOpinion: string;
  readonly printAnnex1: string;
  readonly printing: string;
  readonly printDone: (sheet: 'opinion' | 'annex1') => string;
  readonly printIncomplete: (n: number) => string;
  readonly checkHeading: string;
  readonly checkClear: string;
  readonly checkUnscored: (n: number) => string;
  readonly checkStrengths: string;
  readonly checkSuggestions: string;
  readonly checkUnconfirmed: (n: number) => string;
  readonly checkNoDecision: string;
  readonly checkContradiction: (decision: string, status: string) => string;
  /** 初審意見表 prints on more than one page; `box` is the field to shorten. */
  readonly checkOpinionPages: (pages: number, box: string) => string;
  readonly odfNote: string;

  readonly stepTools: string;
  readonly toolsOpen: string;
  readonly toolsClose: string;
  readonly toolsLoading: string;
  /** The tools' code could not be downloaded (the network). */
  readonly toolsLoadFailed: string;
  /** The form failed with an error of its own (a bug), not a download; the message follows. */
  readonly formCrashed: string;
  readonly reopenForm: string;
  readonly toolsIntro: string;
  readonly mergeHeading: string;
  readonly mergeIntro: string;
  readonly mergeNeedsEmpty: string;
  readonly mergePick: string;
  readonly rankHeading: string;
  readonly rankIntro: string;
  readonly rankUnit: string;
  readonly rankUnitPlaceholder: string;
  readonly rankUnitRequired: string;
  readonly rankPick: string;
  readonly formsHeading: string;
  readonly formsIntro: string;
  readonly addAnnex2: string;
  readonly addAnnex4: string;
  readonly toolLoading: string;
  readonly readingFiles: (total: number) => string;
  readonly readProgress: (done: number, total: number, name: string) => string;
  readonly readProgressLabel: string;
  readonly writingSheets: string;
  readonly fileProblemsTitle: (n: number) => string;
  readonly mergeRefusedTitle: string;
  readonly mergeFilesRefused: string;
  readonly rankRefusedTitle: string;
  /** The workflows' problems, by code (src/review/problem.ts). */
  readonly problemWords: ProblemWords;
  /** A candidate above the cut line, or tied across it. */
  readonly rankTop: (c: { rank: number; name: string; rounded: number; recommended: boolean; tiedAcrossCut: boolean }) => string;
  /** 同分跨越推薦線, and what to decide by. */
  readonly rankTie: (t: { rounded: number; guidanceSource: string }) => string;
  readonly rankLeftOut: (n: number) => string;
  readonly mergeDone: (s: { candidate: string; members: number; total: string; complete: boolean; discuss: readonly string[]; conflicts: number }) => string;
  readonly rankDone: (s: { unit: string; level: string; unitQuota: number; ranked: number; recommended: number; ineligible: number; notRecommended: number }) => string;
  readonly annex2Done: string;
  readonly annex4Done: string;
  /** 附表二 and 附表四 by their names in the source, and what a file can bring into each. */
  readonly annex2Intro: string;
  readonly annex4Intro: string;
  /** The buttons that pick a file to fill the form from. */
  readonly annex2Pick: string;
  readonly annex4Pick: string;
  /** 附表二 built from `file`; the 附表二 checks found `errors` to fix and `warnings` to look at (listed below it). */
  readonly annex2FromDone: (s: { file: string; errors: number; warnings: number }) => string;
  /** One finding of the 附表二 checks; its message is the 要點's and stays in Chinese. */
  readonly personnelFinding: (f: { severity: 'error' | 'warning'; message: string }) => string;
  /** 附表四 built from `file`, `rows` of its rows filled. */
  readonly annex4FromDone: (s: { file: string; rows: number }) => string;
  readonly formFromFileRefusedTitle: string;
  readonly toolClash: Readonly<Record<'merge' | 'annex2' | 'annex4', string>>;
  readonly toolFailedTitle: string;
  readonly toolUnexpected: (message: string) => string;
  readonly openMerged: string;
  readonly finalHeading: string;
  readonly finalIntro: string;
  readonly finalButton: string;
  readonly finalConfirm: string;
  readonly finalConfirmYes: string;
  readonly finalConfirmNo: string;
  readonly finalBlockedProblems: (n: number) => string;
  readonly finalBlockedPending: (n: number) => string;
  readonly finalising: string;
  /** `at` as "2024-04-20 15:30". */
  readonly finalIntact: (at: string) => string;
  readonly finalEdited: (at: string) => string;
  readonly finalUnreadable: string;
  readonly finalRemoved: string;
  readonly finalEditedAdvice: string;
  readonly finalLockedNote: string;
  readonly unfinaliseButton: string;
  readonly unfinaliseConfirm: string;
  readonly unfinaliseYes: string;
  readonly unfinalising: string;
}

export const pts = formatPoints;

/** A page or a range of pages: "1", "1–2". */
export const pageSpan = (first: number, last: number): string => (first === last ? String(first) : `${first}–${last}`);

function zhFieldIssue(issue: FieldIssue): string {
  switch (issue.code) {
    case 'ubn-format':
      return '統一編號應為 8 位數字。';
    case 'ubn-checksum':
      return '統一編號檢查碼不符，請核對是否抄錯。';
    case 'industry-code':
      return '行業別應為 3 碼小類代碼，例如 410（第9次行業分類標準）。';
    case 'digits':
      return `應為 ${issue.digits} 位數字。`;
    case 'number':
      return '應為 0 以上的數字，例如 1.25。';
    case 'integer':
      return '應為 0 以上的整數。';
    case 'roc-year':
      return issue.gregorian !== undefined
        ? `請填民國年：西元 ${issue.gregorian} 年為民國 ${issue.gregorian - 1911} 年。`
        : '應為民國年，例如 113。';
    case 'date':
      return '應為日期，例如 113/04/15 或 2024/04/15。';
    case 'choice':
      return '請從清單中選擇。';
    case 'required':
      return '此欄必填；工作表中保留原值。';
  }
}


export function rocParts(iso: string): [number, string, string] {
  const [y, m, d] = iso.split('-');
  return [Number(y) - 1911, String(Number(m)), String(Number(d))];
}

const ZH_RULES: Record<RuleCode, string> = {
  department: '以所屬部門參選',
  'major-disaster': '重大災害或失能職業災害',
  'injury-rates': '失能傷害頻率及嚴重率',
  'contractor-rates-missing': '承攬人之失能傷害數據',
  'recent-top-award': '前三年度曾獲五星獎或國家職業安全衛生獎',
  'four-year-streak': '連續四年獲優良單位獎',
  oshms: '職業安全衛生管理系統',
  'safety-week': '職場安全健康週',
  'labor-conditions': '勞動條件',
};


export const zhTW: Strings = {
  ...SHELL_STRINGS['zh-TW'],
  previewBadge: '預覽（非 Excel）',
  previewBadgeLong: '這是預覽頁面，資料存在記憶體中的示範活頁簿，並未連線 Excel。',
  creating: '正在建立初審工作表…',
  retry: '重試',
  dismiss: '關閉訊息',
  checkAgain: '重新檢查',
  errorTitle: {
    check: '無法檢查活頁簿',
    read: '無法讀取初審資料',
    write: '無法寫入活頁簿',
    create: '無法建立初審工作表',
    print: '無法更新列印工作表',
    goto: '無法選取儲存格',
    finalise: '無法定稿或取消定稿',
  },
  nothingLost: '您輸入的內容仍保留在工作窗格中，請按「重試」再次寫入。',
  keptForCreate: '您在表單中輸入的內容已保留，再次建立初審工作表時會一併寫入。',
  sheetProblemsTitle: (n) => `工作表中有 ${n} 處無法讀取`,
  sheetProblemsIntro: '以下儲存格是在工作表中直接修改的，內容不符格式；工作窗格不會覆寫，請在工作表中更正，或在工作窗格中重新填寫。',
  showInSheet: '在工作表中顯示',
  showInSheetFor: (name) => `在工作表中顯示 ${name}`,
  showDetails: '顯示明細',
  hideDetails: '隱藏明細',

  startHeading: '建立新的初審',
  startIntro:
    '這個活頁簿還沒有初審工作表。填寫以下資料後，會在此活頁簿中加入「基本資料」、「資格審查」、「評分」、「初審意見表」與「附表一(列印)」工作表；您原有的工作表不會被更動。',
  candidateName: '受評單位名稱',
  reviewUnit: '初審單位',
  selectionYear: '選拔年度（民國）',
  reviewDate: '評鑑日期',
  yearHint: (roc) => `民國 ${roc} 年＝西元 ${roc + 1911} 年`,
  dateHint: '例如 113/04/15（民國）或 2024/04/15（西元）',
  create: '建立初審工作表',
  required: '此欄必填。',
  cannotBuildTitle: '這個版本的 Excel 無法建立初審工作表',
  cannotBuild:
    '這個版本的 Excel 無法為初審工作表設定列印版面（需要 Microsoft 365、Excel 2021 或網頁版 Excel）。請開啟已建立好的初審活頁簿，或請使用較新版 Excel 的同事建立後傳給您。開啟初審活頁簿後，評分、資格審查、意見與列印等其他功能都可正常使用。',
  renamed: (names) => `為避免覆蓋您原有的工作表，下列新工作表已改名：${names.join('、')}。`,

  stepsLabel: '填寫步驟',
  stepBasic: '基本資料',
  stepEligibility: '資格審查',
  stepSection: (numeral) => numeral,
  stepOpen: (title, open) => `${title}（尚有 ${open} 項未評）`,
  stepOpinion: '意見與結果',
  stepPrint: '列印',
  previous: (step) => `上一步：${step}`,
  next: (step) => `下一步：${step}`,

  yes: '是',
  no: '否',
  unset: '未填',
  none: '（未選）',
  fieldIssue: zhFieldIssue,
  dateEcho: (iso) => {
    const [y, m, d] = rocParts(iso);
    return `民國 ${y} 年 ${m} 月 ${d} 日（${iso}）`;
  },
  sheetValue: (message) => `工作表中的值有誤，未覆寫：${message}`,
  notSaved: '尚未儲存至活頁簿。',

  groupCandidate: '受評單位',
  groupReview: '初審',
  groupConstruction: '營造業工程資料',
  groupConstructionHint: '受評單位為營造業時填寫（填寫補充說明 註）。',
  groupImage: '企業形象',

  groupEligibility: '參選資格',
  groupRates: '失能傷害頻率（FR）及嚴重率（SR）',
  ratesHint: '受選拔前三年度之數據，須均低於同行業前三年平均值。有承攬人時，以加計承攬人之數據比較。',
  groupAverage: '同行業前三年平均值',
  rateYear: (roc) => `民國 ${roc} 年`,
  rateYearUnknown: (n) => `前 ${4 - n} 年度`,
  rateLabel: (basis, measure, year) =>
    `${year} ${basis === 'own' ? '原事業單位' : '加計承攬人'} ${measure === 'fr' ? '失能傷害頻率（FR）' : '失能傷害嚴重率（SR）'}`,
  rateBasis: (basis) => (basis === 'own' ? '原事業單位' : '加計承攬人'),
  rateYearColumn: '年度',
  groupAwards: '獲獎紀錄',
  awardsHint: '近年獲得之優良獎、五星獎或國家職業安全衛生獎，每列一筆。',
  awardTypeLabel: (row) => `第 ${row} 筆 獎項`,
  awardYearLabel: (row) => `第 ${row} 筆 年度（民國）`,
  awardTypeName: (type) => type,
  removeAward: (row) => `第 ${row} 筆獲獎紀錄`,
  groupOshms: '職業安全衛生管理系統',
  groupSafetyWeek: '職場安全健康週',
  groupLabor: '勞動條件',
  groupLaborHint: '有下列情形者，建議不予推薦（初審意見表 備註1）。',

  eligibilityHeading: '資格審查結果',
  status: {
    eligible: '依目前填寫的資料，符合參選資格',
    'not-recommended': '建議不予推薦',
    ineligible: '不符參選資格',
  },
  needYearDate: '請先填寫選拔年度與評鑑日期，才能判斷參選資格。',
  unconfirmed: (n) => `尚有 ${n} 項條件未確認`,
  showConditions: '列出未確認條件',
  hideConditions: '收合未確認條件',
  openEligibility: '查看資格審查明細',
  fiveStar: '前兩年度均獲優良獎：本年度再獲獎者，可參加五星獎評選（要點 八）。',
  ruleTitle: ZH_RULES,
  severity: { ineligible: '不符資格', 'not-recommended': '建議不予推薦', unconfirmed: '未確認' },

  sectionHeading: (numeral, title) => `${numeral}、${title}`,
  weight: (w) => `權重 ${Math.round(w * 100)}%`,
  sectionSubtotal: (earned, applicable, weight, weighted) =>
    `可評得點數 ${pts(earned)} ÷ 可評總點數 ${pts(applicable)} × 100 × ${weight} ＝ ${weighted.toFixed(2)}`,
  headerPoints: (p) => `（${pts(p)}分）`,
  criteria: '給分標準',
  levelName: (label) => label,
  bandText: (band) => describeBand(band),
  levelPoints: (band) => (band.fixed ? `${pts(band.max)} 分` : `${describeBand(band)} 分`),
  countRule: (rule) => `每 ${rule.per} ${rule.unit === '事業單位' ? '家' : '項'} ${pts(rule.step)} 分，最高 ${pts(rule.max)} 分`,
  selfAssessment: (id) => `自評（${id}）`,
  reviewerLevel: (id) => `初審等第（${id}）`,
  notApplicable: '不適用',
  notMet: '未達',
  selfMark: '自評',
  chosenMark: '初審',
  differs: (self) => `與自評（${self}）不同`,
  points: (id) => `得分（${id}）`,
  pointsRange: (band) => `範圍：${describeBand(band)} 分`,
  count: (id, unit) => `數量（${id}，${unit}數）`,
  countEarned: (p) => `可得 ${pts(p)} 分`,
  itemIssue: (issue, label) => {
    switch (issue.code) {
      case 'points-number':
        return '請填數字，例如 1.8。';
      case 'points-out-of-band':
        return `「${label ?? issue.band.label}」的得分應${describeBand(issue.band)}；未寫入工作表。`;
      case 'count-integer':
        return '數量應為 0 以上的整數；未寫入工作表。';
    }
  },
  pending: '已選等第，請填得分。',
  pendingCount: '請填數量。',
  earned: (p, max) => `得分 ${pts(p)} / ${pts(max)}`,
  unscored: '未評',
  naNote: '不適用：本項不計入可評總點數。',
  sourceNote: '來源註記',
  sheetItemProblem: '工作表中本項的輸入有誤，工作窗格未覆寫：',
  clearItem: (id) => `清除 ${id} 的評分`,
  clear: '清除',
  countUp: (rule) => `增加 ${rule.per} ${rule.unit === '事業單位' ? '家' : '項'}`,
  countDown: (rule) => `減少 ${rule.per} ${rule.unit === '事業單位' ? '家' : '項'}`,
  levelMoved: (id, points, level) => `${id}：${points} 分屬「${level}」的範圍，已改選「${level}」。`,

  scoreHeading: '評分',
  total: '總計實得分數',
  remaining: (n) => `尚有 ${n} 項未評`,
  complete: '評分完成',
  listRemaining: (n) => `列出未評項目（${n}）`,
  hideRemaining: '收合未評項目',
  remainingListLabel: '未評項目',
  goToItem: (id, title) => `前往 ${id} ${title}`,
  sectionBar: (numeral, weighted, max) => `${numeral}：${weighted} / ${max} 分`,
  scoreDetails: '明細',
  closeDetails: '關閉明細',
  scoreSpoken: (total, n) => `總計實得分數 ${total}，${n === 0 ? '評分完成' : `尚有 ${n} 項未評`}`,
  allNo: (legend) => `（${legend}）`,
  allNoText: '以上皆否',
  allYesText: '以上皆是',
  eligibilityPending: (n) => `尚未確認：${n} 項條件`,

  strengths: '優點',
  suggestions: '建議',
  decision: '初審結果',
  decisionLabel: { pass: '初審通過，建議進行決審', fail: '初審不通過，建議不納入決審', other: '其他' },
  decisionOther: '初審結果（其他，請說明）',
  panelHeading: '現場評鑑人員',
  panelMember: (row) => `第 ${row} 位`,
  panelName: (row) => `第 ${row} 位 姓名`,
  panelOrg: (row) => `第 ${row} 位 在職單位`,
  panelTitle: (row) => `第 ${row} 位 職稱`,
  fitUsed: (lines, capacity, first, last) => `已用 ${lines}／${capacity} 行（列印第 ${pageSpan(first, last)} 頁）`,
  fitNoRoom: (lines, first, last, other) => `已用 ${lines} 行（列印第 ${pageSpan(first, last)} 頁）；${other}已使初審意見表超過 1 頁`,
  fitOver: (over, first, last) => `其中 ${over} 行將印在「初審意見表（續）」第 ${pageSpan(first, last)} 頁`,
  fitPushes: (extra, other, moved, first, last) => `超過 ${extra} 行：${other}有 ${moved} 行將印在「初審意見表（續）」第 ${pageSpan(first, last)} 頁`,
  fitHint: (used, beyond) => (beyond ? `${used}；${beyond}` : used),
  fitSpoken: (pages) => (pages === 1 ? '初審意見表可印在 1 頁' : `初審意見表將印成 ${pages} 頁，第 2 頁起為「初審意見表（續）」`),
  listMarked: '列出評為優及可／未達之項目',
  listMarkedHint: '將評為「優」的項目加到優點、評為「可」或「未達」的項目加到建議（附表一項次及項目名稱），接在已寫的文字之後，不會覆蓋；請再補上具體說明。',
  listMarkedNone: '目前沒有評為優、可或未達的項目。',
  listMarkedDone: (strengths, suggestions) => `已在優點加入 ${strengths} 項、在建議加入 ${suggestions} 項，接在原有文字之後。`,
  listMarkedNothingNew: '評為優、可或未達的項目都已列在優點與建議中，沒有加入任何文字。',

  printHeading: '列印',
  printIntro:
    '按下按鈕會依目前的資料重新產生列印用工作表，並切換到該工作表。接著請使用 Excel 本身的列印（「檔案」>「列印」，或 Ctrl+P；Mac 為 ⌘P）列印或另存為 PDF；紙張（A4）、邊界與頁首頁尾都已設定好。',
  printOpinion: '更新並顯示「初審意見表」',
  printAnnex1: '更新並顯示「附表一」',
  printing: '正在更新列印工作表…',
  printDone: (sheet) => `已更新並切換到「${sheet === 'opinion' ? '初審意見表' : '附表一(列印)'}」工作表。請使用 Excel 的列印（Ctrl+P）。`,
  printIncomplete: (n) => `尚有 ${n} 項未評，印出的分數並不完整。`,
  checkHeading: '列印前檢查',
  checkClear: '沒有待處理事項，可以列印。',
  checkUnscored: (n) => `尚有 ${n} 項未評`,
  checkStrengths: '優點尚未填寫（初審意見表 備註2：應明列優點及建議事項）',
  checkSuggestions: '建議尚未填寫（初審意見表 備註2：應明列優點及建議事項）',
  checkUnconfirmed: (n) => `尚有 ${n} 項參選資格條件未確認`,
  checkNoDecision: '尚未選擇初審結果',
  checkContradiction: (decision, status) => `初審結果為「${decision}」，但資格審查結果為「${status}」`,
  checkOpinionPages: (pages, box) => `初審意見表將印成 ${pages} 頁（${box}超出第 1 頁，第 2 頁起為「初審意見表（續）」）`,
  odfNote: '需要 ODF 檔案時，在 Excel 中選「檔案」→「另存新檔」，檔案類型選「OpenDocument 試算表」。',

  stepTools: '彙整與其他表單',
  toolsOpen: '彙整與其他表單（小組合議、排序、附表二、附表四）',
  toolsClose: '收合彙整與其他表單',
  toolsLoading: '正在載入工具…',
  toolsLoadFailed: '無法載入彙整與其他表單，請確認網路連線後再試一次。',
  formCrashed: '初審表單發生未預期的錯誤，無法顯示；已寫入活頁簿的內容不受影響。',
  reopenForm: '重新開啟表單',
  toolsIntro: '下列工具把工作表加入目前開啟的活頁簿；活頁簿原有的工作表不會被覆蓋（同名者另取名稱）。所選檔案只在本機讀取，不會上傳。',
  mergeHeading: '合併委員評分（小組合議）',
  mergeIntro: '選擇同一受評單位之各委員評分表（.xlsx，至少兩份），建立「小組合議」工作表及合併後之初審工作表。',
  mergeNeedsEmpty: '此活頁簿已有初審工作表。小組合議會建立一份完整的初審（基本資料、評分等工作表），請開啟新的空白活頁簿再合併。',
  mergePick: '選擇委員評分表並合併…',
  rankHeading: '排序（附表三）',
  rankIntro: '選擇初審單位及各受評單位之評分表（.xlsx），依附表三額度排序並劃推薦線，建立「排序」工作表。無法讀取的檔案會列出，其餘照常排序。',
  rankUnit: '初審單位',
  rankUnitPlaceholder: '請選擇初審單位',
  rankUnitRequired: '請先選擇初審單位。',
  rankPick: '選擇評分表並排序…',
  formsHeading: '其他表單',
  formsIntro: '加入空白表單，於工作表中填寫；或由已填寫之檔案帶入。',
  addAnnex2: '加入附表二（優良人員）',
  addAnnex4: '加入附表四（五星獎自評）',
  toolLoading: '正在載入…',
  readingFiles: (total) => `正在讀取 ${total} 個檔案…`,
  readProgress: (done, total, name) => `已讀 ${done}／${total}：${name}`,
  readProgressLabel: '讀取進度',
  writingSheets: '正在寫入工作表…',
  fileProblemsTitle: (n) => `${n} 個檔案有問題`,
  mergeRefusedTitle: '無法合併',
  mergeFilesRefused: '有檔案無法使用，因此未合併（少一位委員會改變小組得分）。請修正後重新選擇全部檔案。',
  problemWords: PROBLEM_WORDS_ZH,
  rankTop: (c) => `${c.rank}. ${c.name}\u3000${c.rounded.toFixed(2)}${c.recommended ? '' : '（推薦線外）'}${c.tiedAcrossCut ? '\u3000同分跨越推薦線' : ''}`,
  rankTie: (t) => `總分 ${t.rounded.toFixed(2)} 分同分者跨越推薦線，請依${t.guidanceSource}擇定。`,
  rankRefusedTitle: '無法排序',
  rankLeftOut: (n) => `${n} 個檔案無法讀取，未列入排序（排序表亦列出）：`,
  mergeDone: (s) =>
    `已建立「小組合議」：${s.candidate || '（未填單位名稱）'}，委員評分表 ${s.members} 份；小組總分 ${s.total}${s.complete ? '' : '（評分未完成）'}；待討論項目 ${s.discuss.length} 項${s.discuss.length > 0 ? `（${s.discuss.join('、')}）` : ''}；資料不一致 ${s.conflicts} 項。`,
  rankDone: (s) =>
    `已建立「排序」：${s.unit}（附表三${s.level}）推薦優良單位額度 ${s.unitQuota}；排序 ${s.ranked} 家，推薦 ${s.recommended} 家；不符參選資格 ${s.ineligible} 家，建議不予推薦 ${s.notRecommended} 家。`,
  annex2Done: '已加入附表二（填寫頁與列印頁），請於「附表二(填寫)」工作表填寫。',
  annex4Done: '已加入附表四，請於工作表中勾選自評結果並填佐證資料檔名編號。',
  annex2Intro: '推行職業安全衛生優良人員推薦表（附表二）：可由人員資料檔（.json）或已填寫「附表二(填寫)」之活頁簿（.xlsx）帶入並檢核。',
  annex4Intro: '職業安全衛生優良單位五星獎自評表（附表四）：可由已填寫附表四之活頁簿（.xlsx）帶入檢核結果、檢核日期及檢核人員。',
  annex2Pick: '由檔案帶入附表二…',
  annex4Pick: '由活頁簿帶入附表四…',
  annex2FromDone: (s) =>
    `已由「${s.file}」帶入附表二（填寫頁與列印頁）${s.errors + s.warnings === 0 ? '，檢核未發現問題。' : `；檢核發現 ${s.errors} 項須修正、${s.warnings} 項請確認：`}`,
  personnelFinding: (f) => `${f.severity === 'error' ? '須修正' : '請確認'}：${f.message}`,
  annex4FromDone: (s) => `已由「${s.file}」帶入附表四${s.rows > 0 ? `（${s.rows} 項已有檢核結果、日期或人員）` : '（該附表四尚未填寫檢核結果）'}，請於工作表中核對。`,
  formFromFileRefusedTitle: '未能由檔案帶入',
  toolClash: {
    merge: '此活頁簿已有初審工作表或小組合議，未加入任何工作表；請開啟新的空白活頁簿再合併。',
    annex2: '此活頁簿已有附表二，未重複加入。',
    annex4: '此活頁簿已有附表四，未重複加入。',
  },
  toolFailedTitle: '未能完成',
  toolUnexpected: (message) => `發生未預期的錯誤：${message}`,
  openMerged: '開啟合併後的初審',
  finalHeading: '定稿',
  finalIntro:
    '定稿會鎖定「基本資料」、「資格審查」與「評分」的所有輸入欄（不設密碼），並在活頁簿中記錄輸入內容的核對碼。之後若有人修改內容，本工具會指出「定稿後已被修改」。',
  finalButton: '定稿…',
  finalConfirm: '確定要定稿嗎？定稿後各輸入欄將無法修改；如需修改，須先取消定稿。',
  finalConfirmYes: '確定定稿',
  finalConfirmNo: '返回',
  finalBlockedProblems: (n) => `工作表中有 ${n} 處無法讀取，更正後才能定稿。`,
  finalBlockedPending: (n) => `尚有 ${n} 個欄位的內容未寫入活頁簿，儲存完成後才能定稿。`,
  finalising: '正在定稿…',
  finalIntact: (at) => `已於 ${at} 定稿，內容與定稿時相同。`,
  finalEdited: (at) => `定稿後已被修改：內容與 ${at} 定稿時不同。`,
  finalUnreadable: '定稿紀錄無法辨識，無法確認內容是否與定稿時相同。',
  finalRemoved: '定稿後已被修改：此評審曾定稿，但定稿紀錄已被刪除。',
  finalEditedAdvice: '若修改是有意的，請取消定稿，確認內容後重新定稿。',
  finalLockedNote: '各輸入欄已鎖定。如需修改，請至「列印」步驟按「取消定稿」。',
  unfinaliseButton: '取消定稿…',
  unfinaliseConfirm: '取消定稿會解除各輸入欄的鎖定並清除定稿紀錄；修改完成後請重新定稿。',
  unfinaliseYes: '確定取消定稿',
  unfinalising: '正在取消定稿…',
};
