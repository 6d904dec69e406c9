/**
 * The pane's strings in English: a chunk of its own, loaded when Office's
 * display language is English or the reviewer switches to it.
 */
import type { RuleCode } from '../../eligibility/eligibility.ts';
import type { LevelLabel } from '../../rubric/types.ts';
import type { FieldIssue } from '../state/field-value.ts';
import type { ProblemWords } from '../../workflows/problem.ts';
import { SHELL_STRINGS } from './shell.ts';
import { pts, rocParts, type Strings } from './strings.ts';

/**
 * The workflows' problems in English. A `detail` is the reader's or the
 * rules' own message, kept as it is (it quotes the form's wording).
 */
const EN_PROBLEM_WORDS: ProblemWords = {
  'file-empty': () => 'The file is empty.',
  'file-read-failed': (p) => `The file could not be read (${p.detail}).`,
  'file-unreadable': (p) => `Not a review workbook or review JSON this add-in reads: ${p.detail}`,
  'entry-invalid': (p) => p.detail,
  'too-many-rows': (p) => `${p.count} entries, but the workbook has rows for ${p.rows}; shorten the list to ${p.rows}.`,
  'merge-too-few': () => 'Merging needs at least two members’ reviews.',
  'merge-mismatch': (p) => `The reviews differ here (${p.sources.join(', ')}), so they are not of one candidate, rubric and year: ${p.detail}`,
  'merge-too-many-rows': (p) => `Merged, the list has ${p.count} entries, but the workbook has rows for ${p.rows}.`,
  'unit-unknown': (p) => `${p.unit.trim() === '' ? 'No reviewing authority was given' : `“${p.unit.trim()}” is not a reviewing authority of 附表三`}; choose one of: ${p.units.join(', ')}.`,
  'rank-no-files': () => 'Choose at least one review.',
  'rank-none-readable': (p) => `Nothing to rank: none of the ${p.count} file${p.count === 1 ? '' : 's'} could be read.`,
  'rank-refused': (p) => `These reviews cannot be ranked together: ${p.detail}`,
  'rank-left-out': (p) => `Not a valid review (${p.count} problem${p.count === 1 ? '' : 's'}${p.first ? `, e.g. ${p.first}` : ''}).`,
  'annex4-absent': () => 'The file holds no 附表四 (the Five-Star self-assessment); choose a workbook (.xlsx) that has 附表四.',
  'not-a-review-workbook': (p) => `This workbook holds no review (no defined name ${p.name}).`,
  'finalise-invalid': (p) => `${p.count} cell${p.count === 1 ? '' : 's'} cannot be read, so the review was not finalised; correct ${p.count === 1 ? 'it' : 'them'} first.`,
  refused: (p) => p.detail,
  usage: (p) => p.detail,
  'finalise-already': (p) => `This review was finalised on ${p.at}${p.state === 'edited' ? ' and edited since' : ''}; to finalise it again, undo the finalisation first.`,
};

/** "page 1", "pages 1–2". */
const pagesEn = (first: number, last: number): string => (first === last ? `page ${first}` : `pages ${first}–${last}`);

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

export const enUS: Strings = {
  ...SHELL_STRINGS['en-US'],
  previewBadge: 'Preview (not Excel)',
  previewBadgeLong: 'This is a preview page: the data lives in an in-memory sample workbook, not in Excel.',
  creating: 'Building the review sheets…',
  retry: 'Retry',
  dismiss: 'Dismiss message',
  checkAgain: 'Check again',
  errorTitle: {
    check: 'Could not check the workbook',
    read: 'Could not read the review',
    write: 'Could not write to the workbook',
    create: 'Could not build the review sheets',
    print: 'Could not refresh the print sheets',
    goto: 'Could not select the cell',
    finalise: 'Could not finalise or unfinalise',
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
  cannotBuild:
    'This version of Excel cannot set up page layout for the review sheets (it needs Microsoft 365, Excel 2021 or Excel on the web). Open a review workbook that was already built, or ask a colleague with a newer Excel to build one for you. Once it is open, everything else works: scoring, eligibility, opinions and printing.',
  renamed: (names) => `So as not to overwrite your sheets, these new sheets were renamed: ${names.join(', ')}.`,

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
  rateBasis: (basis) => (basis === 'own' ? "The unit's own workers" : 'Including contractors'),
  rateYearColumn: 'Year',
  groupAwards: 'Awards',
  awardsHint: 'Excellence, Five-Star or National OSH awards of recent years, one per row.',
  awardTypeLabel: (row) => `Award ${row}: award`,
  awardYearLabel: (row) => `Award ${row}: year (ROC)`,
  awardTypeName: (type) => EN_AWARD[type] ?? type,
  removeAward: (row) => ` award ${row}`,
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
  countUp: (rule) => `Add ${rule.per}`,
  countDown: (rule) => `Take away ${rule.per}`,
  levelMoved: (id, points, level) => `${id}: ${points} pts is in the range of ${level}; ${level} is now chosen.`,

  scoreHeading: 'Score',
  total: 'Total',
  remaining: (n) => `${n} item${n === 1 ? '' : 's'} to score`,
  complete: 'All items scored',
  listRemaining: (n) => `List items to score (${n})`,
  hideRemaining: 'Hide items to score',
  remainingListLabel: 'Items to score',
  goToItem: (id, title) => `Go to ${id} ${title}`,
  sectionBar: (numeral, weighted, max) => `${numeral}: ${weighted} of ${max}`,
  scoreDetails: 'Details',
  closeDetails: 'Close details',
  scoreSpoken: (total, n) => `Total ${total}; ${n === 0 ? 'all items scored' : `${n} item${n === 1 ? '' : 's'} to score`}`,
  allNo: (legend) => ` (${legend})`,
  allNoText: 'No to all',
  allYesText: 'Yes to all',
  eligibilityPending: (n) => `Not yet confirmed: ${n} condition${n === 1 ? '' : 's'}`,

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
  fitUsed: (lines, capacity, first, last) => `${lines} of ${capacity} lines used (prints on ${pagesEn(first, last)})`,
  fitNoRoom: (lines, first, last, other) => `${lines} line${lines === 1 ? '' : 's'} used (prints on ${pagesEn(first, last)}); ${other} already takes the form past one page`,
  fitOver: (over, first, last) => `the ${over} line${over === 1 ? '' : 's'} beyond it will print on 初審意見表（續）, ${pagesEn(first, last)}`,
  fitPushes: (extra, other, moved, first, last) =>
    `${extra} line${extra === 1 ? '' : 's'} over: ${moved} line${moved === 1 ? '' : 's'} of ${other} will print on 初審意見表（續）, ${pagesEn(first, last)}`,
  fitHint: (used, beyond) => (beyond ? `${used}; ${beyond}` : used),
  fitSpoken: (pages) => (pages === 1 ? '初審意見表 fits on 1 page' : `初審意見表 will print on ${pages} pages; page 2 on is 初審意見表（續）`),
  listMarked: 'List the items rated 優, and 可 or 未達',
  listMarkedHint:
    'Adds the items rated 優 to Strengths and those rated 可 or 未達 to Suggestions (附表一 number and title), after what is written; nothing is overwritten. Then add your specific remarks.',
  listMarkedNone: 'No item is rated 優, 可 or 未達 yet.',
  listMarkedDone: (strengths, suggestions) =>
    `Added ${strengths} item${strengths === 1 ? '' : 's'} to Strengths and ${suggestions} to Suggestions, after the existing text.`,
  listMarkedNothingNew: 'Every item rated 優, 可 or 未達 is already listed in Strengths and Suggestions; nothing was added.',

  printHeading: 'Print',
  printIntro:
    "Each button rebuilds a printable sheet from the current data and switches to it. Then use Excel's own print (File > Print, or Ctrl+P; ⌘P on a Mac) to print or save as PDF; paper (A4), margins, header and footer are already set.",
  printOpinion: 'Refresh and show 初審意見表',
  printAnnex1: 'Refresh and show 附表一',
  printing: 'Refreshing the print sheet…',
  printDone: (sheet) => `Refreshed and switched to ${sheet === 'opinion' ? '初審意見表' : '附表一(列印)'}. Use Excel's print (Ctrl+P).`,
  printIncomplete: (n) => `${n} item${n === 1 ? '' : 's'} still to score: the printed score is incomplete.`,
  checkHeading: 'Before printing',
  checkClear: 'Nothing left to do; ready to print.',
  checkUnscored: (n) => `${n} item${n === 1 ? '' : 's'} still to score`,
  checkStrengths: 'Strengths (優點) not written (note 2 of 初審意見表: state strengths and suggestions)',
  checkSuggestions: 'Suggestions (建議) not written (note 2 of 初審意見表: state strengths and suggestions)',
  checkUnconfirmed: (n) => `${n} eligibility condition${n === 1 ? '' : 's'} not confirmed`,
  checkNoDecision: 'No 初審結果 chosen yet',
  checkContradiction: (decision, status) => `初審結果 is "${decision}" but eligibility says "${status}"`,
  checkOpinionPages: (pages, box) => `初審意見表 will print on ${pages} pages (${box} runs past page 1; page 2 on is 初審意見表（續）)`,
  odfNote: 'For an ODF file: in Excel choose File → Save As and pick OpenDocument Spreadsheet.',
  stepTools: 'Panel, ranking and forms',
  toolsOpen: 'Panel, ranking and forms (小組合議, 排序, 附表二, 附表四)',
  toolsClose: 'Hide panel, ranking and forms',
  toolsLoading: 'Loading the tools…',
  toolsIntro:
    "These tools add sheets to the open workbook; the workbook's own sheets are never overwritten (a clashing name gets another). The files you choose are read on this computer only, never uploaded.",
  mergeHeading: 'Merge the panel members’ reviews (小組合議)',
  mergeIntro: 'Choose each panel member’s review of one candidate (.xlsx, at least two) to build the 小組合議 sheet and the merged review’s sheets.',
  mergeNeedsEmpty:
    'This workbook already holds a review. A panel merge builds a complete review of its own (基本資料, 評分 …): open a new blank workbook to merge.',
  mergePick: 'Choose the members’ reviews and merge…',
  rankHeading: 'Ranking (附表三)',
  rankIntro:
    'Choose the reviewing authority and the candidates’ reviews (.xlsx) to rank them against the 附表三 quota on a 排序 sheet. Files that cannot be read are listed; the rest are ranked.',
  rankUnit: 'Reviewing authority (初審單位)',
  rankUnitPlaceholder: 'Choose the reviewing authority',
  rankUnitRequired: 'Choose the reviewing authority first.',
  rankPick: 'Choose the reviews and rank…',
  formsHeading: 'Other forms',
  formsIntro: 'Add a blank form to fill in on its sheet, or fill it from a file already filled in.',
  addAnnex2: 'Add 附表二 (personnel nomination)',
  addAnnex4: 'Add 附表四 (Five-Star self-assessment)',
  toolLoading: 'Loading…',
  readingFiles: (total) => `Reading ${total} file${total === 1 ? '' : 's'}…`,
  readProgress: (done, total, name) => `Read ${done} of ${total}: ${name}`,
  readProgressLabel: 'Reading progress',
  writingSheets: 'Writing the sheets…',
  fileProblemsTitle: (n) => `${n} file${n === 1 ? ' has' : 's have'} problems`,
  mergeRefusedTitle: 'Cannot merge',
  mergeFilesRefused: 'Some files cannot be used, so nothing was merged (a missing member changes the panel’s points). Fix them and choose all the files again.',
  problemWords: EN_PROBLEM_WORDS,
  rankTop: (c) => `${c.rank}. ${c.name}  ${c.rounded.toFixed(2)}${c.recommended ? '' : ' (below the cut line)'}${c.tiedAcrossCut ? '  tied across the cut line' : ''}`,
  rankTie: (t) => `Candidates tied at ${t.rounded.toFixed(2)} straddle the cut line; decide by ${t.guidanceSource}.`,
  rankRefusedTitle: 'Cannot rank',
  rankLeftOut: (n) => `${n} file${n === 1 ? '' : 's'} could not be read and ${n === 1 ? 'is' : 'are'} left out of the ranking (also listed on the sheet):`,
  mergeDone: (s) =>
    `Built 小組合議 for ${s.candidate || '(no unit name given)'} from ${s.members} reviews; panel total ${s.total}${s.complete ? '' : ' (scoring incomplete)'}; ${s.discuss.length} item${s.discuss.length === 1 ? '' : 's'} to discuss${s.discuss.length > 0 ? ` (${s.discuss.join(', ')})` : ''}; ${s.conflicts} fact${s.conflicts === 1 ? '' : 's'} in conflict.`,
  rankDone: (s) =>
    `Built 排序 for ${s.unit} (附表三 ${s.level}), quota ${s.unitQuota}: ${s.ranked} ranked, ${s.recommended} recommended; ${s.ineligible} ineligible, ${s.notRecommended} not recommended.`,
  annex2Done: 'Added 附表二 (entry and print sheets); fill it in on 附表二(填寫).',
  annex4Done: 'Added 附表四; mark the self-assessment and the evidence file numbers on its sheet.',
  annex2Intro: '附表二, the nomination form for outstanding personnel: fill it from a personnel file (.json) or from a workbook whose 附表二(填寫) is filled in (.xlsx), and have it checked.',
  annex4Intro: '附表四, the Five-Star self-assessment: fill its check results, dates and checkers from a workbook (.xlsx) whose 附表四 is filled in.',
  annex2Pick: 'Fill 附表二 from a file…',
  annex4Pick: 'Fill 附表四 from a workbook…',
  annex2FromDone: (s) =>
    `Added 附表二 (entry and print sheets) filled from “${s.file}”${s.errors + s.warnings === 0 ? '; the checks found nothing to fix.' : `; the checks found ${s.errors} to fix and ${s.warnings} to look at:`}`,
  personnelFinding: (f) => `${f.severity === 'error' ? 'To fix' : 'To look at'}: ${f.message}`,
  annex4FromDone: (s) => `Added 附表四 filled from “${s.file}”${s.rows > 0 ? ` (${s.rows} row${s.rows === 1 ? '' : 's'} with a result, date or checker)` : ' (its 附表四 has no results yet)'}; check it on the sheet.`,
  formFromFileRefusedTitle: 'Not filled from the file',
  toolClash: {
    merge: 'This workbook already holds a review or a panel merge; nothing was added. Open a new blank workbook to merge.',
    annex2: 'This workbook already has 附表二; it was not added again.',
    annex4: 'This workbook already has 附表四; it was not added again.',
  },
  toolFailedTitle: 'Not done',
  toolUnexpected: (message) => `Something went wrong: ${message}`,
  openMerged: 'Open the merged review',
  finalHeading: 'Finalise (定稿)',
  finalIntro:
    'Finalising locks every input on 基本資料, 資格審查 and 評分 (no password) and records a check code of the inputs in the workbook. If anyone changes them afterwards, this pane says the review was edited after finalisation.',
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
  finalRemoved: 'Edited after finalisation: the review was finalised, but its finalisation record has been deleted.',
  finalEditedAdvice: 'If the change was meant, unfinalise, check the inputs and finalise again.',
  finalLockedNote: 'The inputs are locked. To change them, go to the Print step and choose Unfinalise.',
  unfinaliseButton: 'Unfinalise…',
  unfinaliseConfirm: 'Unfinalising unlocks the inputs and clears the finalisation record; finalise again once the changes are made.',
  unfinaliseYes: 'Unfinalise',
  unfinalising: 'Unfinalising…',
};
