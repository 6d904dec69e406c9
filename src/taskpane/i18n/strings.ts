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

export type Locale = 'zh-TW' | 'en-US';

export const LOCALES: readonly Locale[] = ['zh-TW', 'en-US'];

/** The BCP 47 tag for the `lang` attribute. */
export const LANG_TAG: Readonly<Record<Locale, string>> = { 'zh-TW': 'zh-Hant-TW', 'en-US': 'en-US' };

/**
 * The pane's language for Office's display language ("zh-TW", "en-US",
 * "zh-HK" …): English for English, Traditional Chinese otherwise.
 */
export function resolveLocale(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-TW';
}

export type StatusKey = 'eligible' | 'not-recommended' | 'ineligible';

export interface Strings {
  readonly locale: Locale;
  readonly appTitle: string;
  readonly previewBadge: string;
  readonly previewBadgeLong: string;
  /** The other language, as named in itself. */
  readonly otherLanguage: { readonly locale: Locale; readonly name: string; readonly lang: string };
  readonly switchLanguage: (name: string) => string;
  readonly checking: string;
  readonly loading: string;
  readonly creating: string;
  readonly saving: string;
  readonly saved: string;
  readonly notChanged: string;
  readonly unsaved: (n: number) => string;
  readonly retry: string;
  readonly dismiss: string;
  readonly checkAgain: string;
  readonly errorTitle: Readonly<Record<PaneAction, string>>;
  readonly nothingLost: string;
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
  readonly cannotBuild: (apiVersion: string) => string;
  readonly renamed: (names: readonly string[]) => string;
  readonly created: string;

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

  readonly scoreHeading: string;
  readonly total: string;
  readonly remaining: (n: number) => string;
  readonly complete: string;
  readonly listRemaining: (n: number) => string;
  readonly hideRemaining: string;
  readonly remainingListLabel: string;
  readonly goToItem: (id: string, title: string) => string;
  readonly sectionBar: (numeral: string, weighted: string, max: string) => string;

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

  readonly printHeading: string;
  readonly printIntro: string;
  readonly printOpinion: string;
  readonly printAnnex1: string;
  readonly printing: string;
  readonly printDone: (sheet: 'opinion' | 'annex1') => string;
  readonly printIncomplete: (n: number) => string;

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
  readonly finalEditedAdvice: string;
  readonly finalLockedNote: string;
  readonly unfinaliseButton: string;
  readonly unfinaliseConfirm: string;
  readonly unfinaliseYes: string;
  readonly unfinalising: string;
}

const pts = formatPoints;

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

function enFieldIssue(issue: FieldIssue): string {
  switch (issue.code) {
    case 'ubn-format':
      return 'A unified business number (統一編號) has 8 digits.';
    case 'ubn-checksum':
      return 'The check digit of this 統一編號 does not match; check it for a typo.';
    case 'industry-code':
      return 'Enter the 3-digit industry subclass code, e.g. 410 (9th revision of the classification).';
    case 'digits':
      return `Enter ${issue.digits} digits.`;
    case 'number':
      return 'Enter a number, 0 or more (e.g. 1.25).';
    case 'integer':
      return 'Enter a whole number, 0 or more.';
    case 'roc-year':
      return issue.gregorian !== undefined
        ? `Enter the ROC (民國) year: ${issue.gregorian} is ROC ${issue.gregorian - 1911}.`
        : 'Enter an ROC (民國) year, e.g. 113.';
    case 'date':
      return 'Enter a date, e.g. 113/04/15 (ROC) or 2024-04-15.';
    case 'choice':
      return 'Choose a value from the list.';
    case 'required':
      return 'Required; the sheet keeps its previous value.';
  }
}

function rocParts(iso: string): [number, string, string] {
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

const EN_RULES: Record<RuleCode, string> = {
  department: 'Entered as a department of a unit',
  'major-disaster': 'Major disaster or disabling injury (grades 1–9)',
  'injury-rates': 'Disabling injury frequency and severity rates',
  'contractor-rates-missing': 'Rates including contractors not given',
  'recent-top-award': 'Five-Star or National OSH Award in the previous three years',
  'four-year-streak': 'Excellence Award four years running',
  oshms: 'OSH management system (TOSHMS or performance review)',
  'safety-week': 'Workplace Safety and Health Week',
  'labor-conditions': 'Labour conditions',
};

const EN_LEVEL: Record<LevelLabel, string> = { 可: 'fair', 良: 'good', 優: 'excellent' };

const EN_AWARD: Record<string, string> = {
  優良獎: 'Excellence Award (優良獎)',
  五星獎: 'Five-Star Award (五星獎)',
  國家職業安全衛生獎: 'National OSH Award (國家職業安全衛生獎)',
};

const EN_UNIT: Record<string, string> = { 事業單位: 'partner units', 活動: 'activities' };

export const zhTW: Strings = {
  locale: 'zh-TW',
  appTitle: '優良單位初審',
  previewBadge: '預覽（非 Excel）',
  previewBadgeLong: '這是預覽頁面，資料存在記憶體中的示範活頁簿，並未連線 Excel。',
  otherLanguage: { locale: 'en-US', name: 'English', lang: 'en' },
  switchLanguage: (name) => `切換語言：${name}`,
  checking: '正在檢查活頁簿…',
  loading: '正在讀取評審資料…',
  creating: '正在建立評審工作表…',
  saving: '儲存中…',
  saved: '已儲存至活頁簿',
  notChanged: '所有變更都會立即寫入活頁簿',
  unsaved: (n) => `${n} 個欄位未能儲存`,
  retry: '重試',
  dismiss: '關閉訊息',
  checkAgain: '重新檢查',
  errorTitle: {
    check: '無法檢查活頁簿',
    read: '無法讀取評審資料',
    write: '無法寫入活頁簿',
    create: '無法建立評審工作表',
    print: '無法更新列印工作表',
    goto: '無法選取儲存格',
    finalise: '無法定稿或取消定稿',
  },
  nothingLost: '您輸入的內容仍保留在窗格中，請按「重試」再次寫入。',
  sheetProblemsTitle: (n) => `工作表中有 ${n} 處無法讀取`,
  sheetProblemsIntro: '以下儲存格是在工作表中直接修改的，內容不符格式；窗格不會覆寫，請在工作表中更正，或在窗格中重新填寫。',
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
  cannotBuildTitle: '這個版本的 Excel 無法建立評審工作表',
  cannotBuild: (v) =>
    `這個 Excel 支援到 ExcelApi ${v}，建立工作表所需的版面設定要 ExcelApi 1.9 以上（Microsoft 365、Excel 2021 或網頁版 Excel）。請開啟以「osh-review new」產生的評審活頁簿，或請使用較新版 Excel 的同事建立後傳給您。開啟評審活頁簿後，評分、資格審查、意見與列印等其他功能都可正常使用。`,
  renamed: (names) => `為避免覆蓋您原有的工作表，下列新工作表已改名：${names.join('、')}。`,
  created: '已建立評審工作表。',

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
  groupAwards: '獲獎紀錄',
  awardsHint: '近年獲得之優良獎、五星獎或國家職業安全衛生獎，每列一筆。',
  awardTypeLabel: (row) => `第 ${row} 筆 獎項`,
  awardYearLabel: (row) => `第 ${row} 筆 年度（民國）`,
  awardTypeName: (type) => type,
  removeAward: (row) => `刪除第 ${row} 筆獲獎紀錄`,
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
  sheetItemProblem: '工作表中本項的輸入有誤，窗格未覆寫：',
  clearItem: (id) => `清除 ${id} 的初審評分`,
  clear: '清除',

  scoreHeading: '評分摘要',
  total: '總計實得分數',
  remaining: (n) => `尚有 ${n} 項未評`,
  complete: '評分完成',
  listRemaining: (n) => `列出未評項目（${n}）`,
  hideRemaining: '收合未評項目',
  remainingListLabel: '未評項目',
  goToItem: (id, title) => `前往 ${id} ${title}`,
  sectionBar: (numeral, weighted, max) => `${numeral}：${weighted} / ${max} 分`,

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

  printHeading: '列印',
  printIntro:
    '按下按鈕會依目前的資料重新產生列印用工作表，並切換到該工作表。接著請使用 Excel 本身的列印（「檔案」>「列印」，或 Ctrl+P；Mac 為 ⌘P）列印或另存為 PDF；紙張（A4）、邊界與頁首頁尾都已設定好。',
  printOpinion: '更新並顯示「初審意見表」',
  printAnnex1: '更新並顯示「附表一」',
  printing: '正在更新列印工作表…',
  printDone: (sheet) => `已更新並切換到「${sheet === 'opinion' ? '初審意見表' : '附表一(列印)'}」工作表。請使用 Excel 的列印（Ctrl+P）。`,
  printIncomplete: (n) => `尚有 ${n} 項未評，印出的分數並不完整。`,

  finalHeading: '定稿',
  finalIntro:
    '定稿會鎖定「基本資料」、「資格審查」與「評分」的所有輸入欄（不設密碼），並在活頁簿中記錄輸入內容的摘要。之後若有人修改內容，本工具與 osh-review score 會指出「定稿後已被修改」。',
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
  finalEditedAdvice: '若修改是有意的，請取消定稿，確認內容後重新定稿。',
  finalLockedNote: '各輸入欄已鎖定。如需修改，請至「列印」步驟按「取消定稿」。',
  unfinaliseButton: '取消定稿…',
  unfinaliseConfirm: '取消定稿會解除各輸入欄的鎖定並清除定稿紀錄；修改完成後請重新定稿。',
  unfinaliseYes: '確定取消定稿',
  unfinalising: '正在取消定稿…',
};

export const enUS: Strings = {
  locale: 'en-US',
  appTitle: 'OSH unit initial review',
  previewBadge: 'Preview (not Excel)',
  previewBadgeLong: 'This is a preview page: the data lives in an in-memory sample workbook, not in Excel.',
  otherLanguage: { locale: 'zh-TW', name: '中文', lang: 'zh-Hant-TW' },
  switchLanguage: (name) => `Switch language: ${name}`,
  checking: 'Checking the workbook…',
  loading: 'Reading the review…',
  creating: 'Building the review sheets…',
  saving: 'Saving…',
  saved: 'Saved to the workbook',
  notChanged: 'Every change is written to the workbook at once',
  unsaved: (n) => `${n} field${n === 1 ? '' : 's'} not saved`,
  retry: 'Retry',
  dismiss: 'Dismiss message',
  checkAgain: 'Check again',
  errorTitle: {
    check: 'Could not check the workbook',
    read: 'Could not read the review',
    write: 'Could not write to the workbook',
    create: 'Could not build the review sheets',
    print: 'Could not refresh the print sheets',
    finalise: 'Could not finalise or unfinalise',
    goto: 'Could not select the cell',
  },
  nothingLost: 'What you typed is kept in the pane; choose Retry to write it again.',
  sheetProblemsTitle: (n) => `${n} cell${n === 1 ? '' : 's'} in the sheets could not be read`,
  sheetProblemsIntro:
    'These cells were edited directly in the sheets and do not hold a valid value. The pane leaves them as they are: correct them in the sheet, or fill them in again here.',
  showInSheet: 'Show in sheet',
  showInSheetFor: (name) => `Show ${name} in the sheet`,
  showDetails: 'Show details',
  hideDetails: 'Hide details',

  startHeading: 'Create a new review',
  startIntro:
    'This workbook has no review sheets yet. Fill in the facts below to add the 基本資料, 資格審查, 評分, 初審意見表 and 附表一(列印) sheets to it; your own sheets are left untouched.',
  candidateName: 'Candidate unit (受評單位名稱)',
  reviewUnit: 'Reviewing office (初審單位)',
  selectionYear: 'Selection year (ROC)',
  reviewDate: 'Review date',
  yearHint: (roc) => `ROC ${roc} = ${roc + 1911}`,
  dateHint: 'e.g. 113/04/15 (ROC) or 2024-04-15',
  create: 'Create review sheets',
  required: 'Required.',
  cannotBuildTitle: 'This version of Excel cannot build the review sheets',
  cannotBuild: (v) =>
    `This Excel supports ExcelApi ${v}; building the sheets needs ExcelApi 1.9 or later for page layout (Microsoft 365, Excel 2021 or Excel on the web). Open a review workbook made by \`osh-review new\`, or one a colleague on a newer Excel created for you. Once it is open, everything else works: scoring, eligibility, opinions and printing.`,
  renamed: (names) => `So as not to overwrite your sheets, these new sheets were renamed: ${names.join(', ')}.`,
  created: 'The review sheets were created.',

  stepsLabel: 'Steps',
  stepBasic: 'Basics',
  stepEligibility: 'Eligibility',
  stepSection: (_numeral, id) => `§${id}`,
  stepOpen: (title, open) => `${title} (${open} to score)`,
  stepOpinion: 'Opinion & result',
  stepPrint: 'Print',
  previous: (step) => `Previous: ${step}`,
  next: (step) => `Next: ${step}`,

  yes: 'Yes',
  no: 'No',
  unset: 'Not answered',
  none: '(none)',
  fieldIssue: enFieldIssue,
  dateEcho: (iso) => {
    const [y, m, d] = rocParts(iso);
    return `${iso} (ROC ${y}/${m}/${d})`;
  },
  sheetValue: (message) => `The sheet holds an invalid value, left as is: ${message}`,
  notSaved: 'Not saved to the workbook yet.',

  groupCandidate: 'Candidate unit',
  groupReview: 'Review',
  groupConstruction: 'Construction project',
  groupConstructionHint: 'For construction units only.',
  groupImage: 'Corporate image',

  groupEligibility: 'Eligibility facts',
  groupRates: 'Disabling injury frequency (FR) and severity (SR) rates',
  ratesHint:
    'Figures for the three years before the selection year; each must be below the industry average. When the unit has contractors, the figures including contractors are compared.',
  groupAverage: 'Industry average of the previous three years',
  rateYear: (roc) => `ROC ${roc} (${roc + 1911})`,
  rateYearUnknown: (n) => `Year −${4 - n}`,
  rateLabel: (basis, measure, year) => `${year}: ${measure.toUpperCase()} ${basis === 'own' ? "of the unit's own workers" : 'including contractors'}`,
  groupAwards: 'Awards',
  awardsHint: 'Excellence, Five-Star or National OSH awards of recent years, one per row.',
  awardTypeLabel: (row) => `Award ${row}: award`,
  awardYearLabel: (row) => `Award ${row}: year (ROC)`,
  awardTypeName: (type) => EN_AWARD[type] ?? type,
  removeAward: (row) => `Remove award ${row}`,
  groupOshms: 'OSH management system',
  groupSafetyWeek: 'Workplace Safety and Health Week',
  groupLabor: 'Labour conditions',
  groupLaborHint: 'Any of these makes the unit not recommended (初審意見表 備註1).',

  eligibilityHeading: 'Eligibility',
  status: {
    eligible: 'Eligible on the facts entered so far',
    'not-recommended': 'Not recommended',
    ineligible: 'Not eligible',
  },
  needYearDate: 'Enter the selection year and the review date to judge eligibility.',
  unconfirmed: (n) => `${n} condition${n === 1 ? '' : 's'} not yet confirmed`,
  showConditions: 'List unconfirmed conditions',
  hideConditions: 'Hide unconfirmed conditions',
  openEligibility: 'See the eligibility details',
  fiveStar: 'Excellence Award in both previous years: another this year opens the Five-Star selection (要點 八).',
  ruleTitle: EN_RULES,
  severity: { ineligible: 'Ineligible', 'not-recommended': 'Not recommended', unconfirmed: 'Unconfirmed' },

  sectionHeading: (numeral, title) => `${numeral}、${title}`,
  weight: (w) => `weight ${Math.round(w * 100)}%`,
  sectionSubtotal: (earned, applicable, weight, weighted) =>
    `earned ${pts(earned)} ÷ applicable ${pts(applicable)} × 100 × ${weight} = ${weighted.toFixed(2)}`,
  headerPoints: (p) => `(${pts(p)} pts)`,
  criteria: 'Criteria (as printed, in Chinese)',
  levelName: (label) => `${label} (${EN_LEVEL[label]})`,
  bandText: (band) => (band.fixed ? pts(band.max) : `more than ${pts(band.min)}, at most ${pts(band.max)}`),
  levelPoints: (band) => (band.fixed ? `${pts(band.max)} pts` : `more than ${pts(band.min)}, at most ${pts(band.max)} pts`),
  countRule: (rule) => `${pts(rule.step)} pt per ${rule.per} ${EN_UNIT[rule.unit] ?? rule.unit}, at most ${pts(rule.max)}`,
  selfAssessment: (id) => `Self-assessment (${id})`,
  reviewerLevel: (id) => `Reviewer's level (${id})`,
  notApplicable: 'N/A (不適用)',
  notMet: 'Not met (未達)',
  selfMark: 'self',
  chosenMark: 'reviewer',
  differs: (self) => `Differs from the self-assessment (${self})`,
  points: (id) => `Points (${id})`,
  pointsRange: (band) => `Range: more than ${pts(band.min)}, at most ${pts(band.max)}`,
  count: (id, unit) => `Count (${id}, ${EN_UNIT[unit] ?? unit})`,
  countEarned: (p) => `earns ${pts(p)} pts`,
  itemIssue: (issue, label) => {
    switch (issue.code) {
      case 'points-number':
        return 'Enter a number such as 1.8.';
      case 'points-out-of-band':
        return `Points for ${label ?? issue.band.label} must be more than ${pts(issue.band.min)} and at most ${pts(issue.band.max)}; not written to the sheet.`;
      case 'count-integer':
        return 'The count must be a whole number, 0 or more; not written to the sheet.';
    }
  },
  pending: 'Level chosen; enter the points.',
  pendingCount: 'Enter the count.',
  earned: (p, max) => `${pts(p)} / ${pts(max)} pts`,
  unscored: 'Not scored',
  naNote: 'N/A: this item is left out of the applicable total.',
  sourceNote: 'Source note',
  sheetItemProblem: 'The sheet holds an invalid entry for this item; the pane left it as is:',
  clearItem: (id) => `Clear the reviewer's score of ${id}`,
  clear: 'Clear',

  scoreHeading: 'Score',
  total: 'Total',
  remaining: (n) => `${n} item${n === 1 ? '' : 's'} to score`,
  complete: 'All items scored',
  listRemaining: (n) => `List items to score (${n})`,
  hideRemaining: 'Hide items to score',
  remainingListLabel: 'Items to score',
  goToItem: (id, title) => `Go to ${id} ${title}`,
  sectionBar: (numeral, weighted, max) => `${numeral}: ${weighted} of ${max}`,

  strengths: 'Strengths (優點)',
  suggestions: 'Suggestions (建議)',
  decision: 'Result (初審結果)',
  decisionLabel: {
    pass: 'Pass — recommend for the final review',
    fail: 'Fail — not for the final review',
    other: 'Other',
  },
  decisionOther: 'Result (other, please explain)',
  panelHeading: 'On-site reviewers',
  panelMember: (row) => `Reviewer ${row}`,
  panelName: (row) => `Reviewer ${row}: name`,
  panelOrg: (row) => `Reviewer ${row}: organisation`,
  panelTitle: (row) => `Reviewer ${row}: title`,

  printHeading: 'Print',
  printIntro:
    "Each button rebuilds a printable sheet from the current data and switches to it. Then use Excel's own print (File > Print, or Ctrl+P; ⌘P on a Mac) to print or save as PDF; paper (A4), margins, header and footer are already set.",
  printOpinion: 'Refresh and show 初審意見表',
  printAnnex1: 'Refresh and show 附表一',
  printing: 'Refreshing the print sheet…',
  printDone: (sheet) => `Refreshed and switched to ${sheet === 'opinion' ? '初審意見表' : '附表一(列印)'}. Use Excel's print (Ctrl+P).`,
  printIncomplete: (n) => `${n} item${n === 1 ? '' : 's'} still to score: the printed score is incomplete.`,

  finalHeading: 'Finalise (定稿)',
  finalIntro:
    'Finalising locks every input on 基本資料, 資格審查 and 評分 (no password) and records a digest of the inputs in the workbook. If anyone changes them afterwards, this pane and osh-review score say the review was edited after finalisation.',
  finalButton: 'Finalise…',
  finalConfirm: 'Finalise this review? The inputs can no longer be changed until the review is unfinalised.',
  finalConfirmYes: 'Finalise',
  finalConfirmNo: 'Back',
  finalBlockedProblems: (n) => `${n} cell${n === 1 ? '' : 's'} in the sheets cannot be read; correct ${n === 1 ? 'it' : 'them'} before finalising.`,
  finalBlockedPending: (n) => `${n} field${n === 1 ? ' is' : 's are'} not in the workbook yet; finalise once everything is saved.`,
  finalising: 'Finalising…',
  finalIntact: (at) => `Finalised on ${at}; the inputs are as they were then.`,
  finalEdited: (at) => `Edited after finalisation: the inputs differ from what was finalised on ${at}.`,
  finalUnreadable: 'The finalisation record cannot be read, so whether the inputs changed cannot be told.',
  finalEditedAdvice: 'If the change was meant, unfinalise, check the inputs and finalise again.',
  finalLockedNote: 'The inputs are locked. To change them, go to the Print step and choose Unfinalise.',
  unfinaliseButton: 'Unfinalise…',
  unfinaliseConfirm: 'Unfinalising unlocks the inputs and clears the finalisation record; finalise again once the changes are made.',
  unfinaliseYes: 'Unfinalise',
  unfinalising: 'Unfinalising…',
};

export const STRINGS: Readonly<Record<Locale, Strings>> = { 'zh-TW': zhTW, 'en-US': enUS };
