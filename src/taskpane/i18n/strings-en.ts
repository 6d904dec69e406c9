/**
 * The pane's strings in English: a chunk of its own, loaded when Office's
 * display language is English or the reviewer switches to it.
 */
import type { RuleCode } from '../../eligibility/eligibility.ts';
import type { LevelLabel } from '../../rubric/types.ts';
import type { FieldIssue } from '../state/field-value.ts';
import type { Band } from '../../scoring/band.ts';
import { problemMessage, problemText, type IdentityField, type ItemRef, type KindData, type ProblemWords, type SchemaRule, type Shown, type Subject } from '../../review/problem.ts';
import { SHELL_STRINGS } from './shell.ts';
import { pts, rocParts, type Strings } from './strings.ts';

/** What a cell shows, quoted: the user's own text as typed. */
function enShown(shown: Shown): string {
  if ('logical' in shown) return `the logical value ${shown.logical ? 'TRUE' : 'FALSE'}`;
  if ('text' in shown) return `the text “${shown.text.replace(/\t/g, '\\t').replace(/\n/g, '\\n')}”`;
  return shown.other;
}

/** A drop-down's values, as the form prints them. */
const enValues = (values: readonly string[]): string => values.map((v) => `“${v}”`).join(', ');

function enKind(kind: KindData): string {
  switch (kind.type) {
    case 'text':
      return 'text';
    case 'code':
      return kind.digits ? `${kind.digits} digits` : 'a code of digits';
    case 'number':
      return 'a number, 0 or more';
    case 'integer':
      return 'a whole number, 0 or more';
    case 'rocYear':
      return 'an ROC year';
    case 'date':
      return 'a date';
    case 'yesNo':
      return '“是” (yes) or “否” (no)';
    case 'choice':
      return `one of ${enValues(kind.values)}`;
  }
}

/** Whose value: an item's part; a field is named by the cell and defined name the message starts with. */
function enSubject(subject: Subject | undefined): string {
  if (!subject || 'label' in subject) return '';
  return `Item ${subject.item} ${{ level: 'level', points: 'points', count: 'count', self: 'self-assessment' }[subject.part]}: `;
}

/** An item by id; its 附表一 title is the form's own wording. */
const enItem = (p: ItemRef): string => `Item ${p.item} (${p.title}): `;

const enPoints = (n: number): string => (Number.isInteger(n) ? n.toFixed(1) : String(Math.round(n * 1e6) / 1e6));

function enBand(band: Band): string {
  return band.fixed ? enPoints(band.max) : `more than ${enPoints(band.min)} and at most ${enPoints(band.max)}`;
}

const enBands = (bands: readonly Band[]): string => ['0 (not met)', ...bands.map((b) => `“${b.label}” ${enBand(b)}`)].join('; ');

const EN_IDENTITY: Record<IdentityField, string> = {
  rubric: 'rubric edition',
  selectionYear: 'selection year',
  'candidate.name': 'unit name',
  'candidate.ubn': 'unified business number',
};

const EN_SCHEMA_RULES: Record<SchemaRule, string> = {
  'date-format': 'A date is written YYYY-MM-DD (Gregorian), e.g. 2024-04-15.',
  'date-real': 'There is no such date.',
  'roc-int': 'An ROC year is a whole number.',
  'roc-min': 'An ROC year is more than 0.',
  'roc-max': 'An ROC year is less than 300.',
  'non-negative': 'It cannot be negative.',
  'year-key': 'A year key is an ROC year, e.g. "112".',
};

const enSourceValue = (v: { readonly source: string; readonly value?: unknown }): string =>
  `${v.source} ${v.value === undefined ? '(blank)' : typeof v.value === 'string' ? `“${v.value}”` : JSON.stringify(v.value)}`;

/**
 * The problems in English. Chinese in them comes only from the data: the
 * user's own cell text and file names, sheet names, drop-down values and
 * item titles as the official forms print them.
 */
const EN_PROBLEM_WORDS: ProblemWords = {
  rootPath: '(top level)',
  separator: ': ',
  'file-empty': () => 'The file is empty.',
  'file-read-failed': (p) => `The file could not be read (${p.detail}).`,
  'file-unreadable': (p) => `Not a review workbook or review JSON this add-in reads: ${p.reason ? problemMessage(p.reason, EN_PROBLEM_WORDS) : p.detail}`,
  'entry-invalid': (p) => (p.reason ? problemText(p.reason, EN_PROBLEM_WORDS) : p.detail),
  'too-many-rows': (p) => `${p.count} entries, but the workbook has rows for ${p.rows}; shorten the list to ${p.rows}.`,
  'merge-too-few': () => 'Merging needs at least two members’ reviews.',
  'merge-mismatch': (p) => (p.reason ? problemMessage(p.reason, EN_PROBLEM_WORDS) : `The reviews differ here (${p.sources.join(', ')}), so they are not of one candidate, rubric and year: ${p.detail}`),
  'merge-too-many-rows': (p) => `Merged, the list has ${p.count} entries, but the workbook has rows for ${p.rows}.`,
  'unit-unknown': (p) => `${p.unit.trim() === '' ? 'No reviewing authority was given' : `“${p.unit.trim()}” is not a reviewing authority of 附表三`}; choose one of: ${p.units.join(', ')}.`,
  'rank-no-files': () => 'Choose at least one review.',
  'rank-none-readable': (p) => `Nothing to rank: none of the ${p.count} file${p.count === 1 ? '' : 's'} could be read.`,
  'rank-refused': (p) => `These reviews cannot be ranked together: ${p.reason ? problemText(p.reason, EN_PROBLEM_WORDS) : p.detail}`,
  'rank-left-out': (p) => `Not a valid review (${p.count} problem${p.count === 1 ? '' : 's'}${p.first ? `, e.g. ${problemText(p.first, EN_PROBLEM_WORDS)}` : ''}).`,
  'annex4-absent': () => 'The file holds no 附表四 (the Five-Star self-assessment); choose a workbook (.xlsx) that has 附表四.',
  'not-a-review-workbook': (p) => `This workbook holds no review (no defined name ${p.name}).`,
  'finalise-invalid': (p) => `${p.count} cell${p.count === 1 ? '' : 's'} cannot be read, so the review was not finalised; correct ${p.count === 1 ? 'it' : 'them'} first.`,
  refused: (p) => p.detail,
  usage: (p) => p.detail,
  'finalise-already': (p) => `This review was finalised on ${p.at}${p.state === 'edited' ? ' and edited since' : ''}; to finalise it again, undo the finalisation first.`,

  'cell-error-value': (p) => `${enSubject(p.subject)}the cell shows the error ${p.error}; enter ${enKind(p.kind)} instead.`,
  'cell-code-number': (p) => `${enSubject(p.subject)}a code of digits is expected, not ${p.value}.`,
  'cell-text-not-number': (p) =>
    `${enSubject(p.subject)}this is ${enShown({ text: p.text })}, which the formulas do not count as a number; clear it and type ${enKind({ type: p.kind })} directly, e.g. ${{ number: '5.61', integer: '1000', rocYear: '113' }[p.kind]} (half-width, no commas or spaces).`,
  'cell-out-of-range': (p) =>
    `${enSubject(p.subject)}${
      {
        number: 'a number, 0 or more, is expected',
        integer: 'a whole number, 0 or more, is expected',
        rocYear: 'an ROC year (a whole number from 1 to 299, e.g. 113) is expected',
        date: 'a date from 1912/1/1 to 2099/12/31 (no time of day), e.g. 2024/4/15, is expected',
      }[p.kind]
    }, not ${enShown(p.shown)}.`,
  'cell-date-text': (p) => `${enSubject(p.subject)}this is ${enShown({ text: p.text })}, which the formulas do not count as a date; clear it and type a Gregorian date, e.g. 2024/4/15 (Excel stores it as a date).`,
  'cell-not-yes-no': (p) => `${enSubject(p.subject)}choose “是” (yes) or “否” (no) from the drop-down, not ${enShown(p.shown)}.`,
  'cell-not-choice': (p) =>
    `${enSubject(p.subject)}choose one of ${enValues(p.values)} from the drop-down, not ${enShown(p.shown)}${p.spaces ? ' (it has spaces around it, which the formulas do not count)' : ''}.`,
  'cell-spaces': (p) => `${enSubject(p.subject)}the cell holds only spaces, which the formulas do not take as blank; clear it, or choose ${enValues(p.values)} from the drop-down.`,
  'cell-formula': (p) => `${enSubject(p.subject)}this input cell holds the formula =${p.formula}; the workbook counts only values typed in. Delete the formula and type the value.`,
  'cell-merged': (p) => `${enSubject(p.subject)}this input cell is merged into ${p.into}, and Excel keeps no value for it; unmerge the cells and fill it in again.`,
  'rubric-unknown': (p) => `Unknown rubric edition “${p.value}”; available: ${p.rubrics.join(', ')}.`,
  'no-review-names': () => 'This is not an osh-review workbook (none of the defined names of the selection year, review date and items were found).',
  'input-name-missing': (p) => `The input cell’s defined name ${p.name} is gone (so the sheets’ formulas show #NAME?); restore the name, or rebuild the workbook with osh-review new.`,
  'level-name-missing': (p) => `The level cell of item ${p.item} is gone (its defined name was deleted); restore ${p.name}.`,
  'name-missing': (p) => `The defined name ${p.name} is missing: ${problemText(p.reason, EN_PROBLEM_WORDS)}`,
  'year-required': () => 'The selection year (ROC) is required, e.g. 113.',
  'date-required': () => 'The review date is required, e.g. 2024/04/15.',
  'rates-pair': (p) => `For ${p.year} (${p.basis === 'own' ? 'the unit itself' : 'including contractors'}), fill in both the disabling injury frequency and severity rates.`,
  'award-pair': () => 'This is blank: an award and its year go together.',
  'awards-none-conflict': (p) => `${p.count} award${p.count === 1 ? ' is' : 's are'} listed, so leave this blank or choose “否” (no).`,
  'panel-name-missing': () => 'The member’s name is blank, but an organisation or title is filled in.',
  'no-person-names': () => 'This is not a 附表二 workbook (the defined names of the selection year and name were not found).',
  'person-route-missing': (p) => `A nominating body or the employer’s consent is filled in; choose the nomination route (${enValues(p.routes)}).`,
  'prior-status-missing': (p) => `Earlier awards or notes are filled in; choose the earlier-award status (${enValues(p.statuses)}).`,
  'annex4-cell': (p) => `附表四 row ${p.row}, ${{ result: 'check result', date: 'check date', checker: 'checked by' }[p.part]}: ${problemText(p.reason, EN_PROBLEM_WORDS)}`,
  'formulas-changed': (p) => `The formulas of ${p.tabs.join(', ')} differ from those the workbook was made with (they do not match the formula digest ${p.name}); undo the changes, or rebuild the workbook with osh-review new and fill it in again.`,
  'formula-changed': (p) =>
    `${p.at}: ${p.held === undefined ? 'the formula was deleted or replaced by a value' : `the formula was changed (now =${p.held})`} (it should be =${p.formula}); restore the cell’s formula, whose result is printed on the form.`,
  'formulas-sheet-changed': (p) => `The formulas of '${p.tab}' were changed (${p.cells.join(', ')} differ from the layout it was made with); undo the changes, or rebuild the workbook with osh-review new and fill it in again.`,
  'not-met-points': (p) => `Item ${p.item} is marked “未達” (not met), so its points must be blank or 0.`,
  'field-refused': (p) => problemMessage(p.reason, EN_PROBLEM_WORDS),
  'answer-unknown-item': (p) => `Item ${p.item}: the rubric ${p.rubric} has no such item; items are numbered 1.1 to ${p.last}, e.g. "2.3".`,
  'answer-na-conflict': (p) => `${enItem(p)}marked not applicable (N/A), so it cannot also have points or a count.`,
  'answer-unknown-level': (p) => `${enItem(p)}there is no level “${p.level}”; choose ${enValues(p.levels)} or not applicable (N/A).`,
  'answer-points-step': (p) =>
    `${enItem(p)}${enPoints(p.points)} points does not fit the item’s scoring (${enPoints(p.step)} per ${p.per} counted, at most ${enPoints(p.max)}); give the count, or a multiple of ${enPoints(p.step)} from 0 to ${enPoints(p.max)}.`,
  'answer-zero-with-level': (p) => `${enItem(p)}0 points means no level was met, so “${p.level}” cannot be chosen too; “${p.level}” is ${enBand(p.band)} points.`,
  'answer-out-of-band': (p) => `${enItem(p)}${enPoints(p.points)} points is outside “${p.level}” (${enBand(p.band)} points).`,
  'answer-points-not-allowed': (p) => `${enItem(p)}${enPoints(p.points)} points is in no level’s range; allowed: ${enBands(p.bands)}.`,
  'answer-count-not-allowed': (p) => `${enItem(p)}this item is not scored by a count; choose a level or give points. Allowed: ${enBands(p.bands)}.`,
  'answer-count-invalid': (p) => `${enItem(p)}the count ${p.count} is not a whole number, 0 or more.`,
  'answer-count-and-points': (p) => `${enItem(p)}a count is given, which sets the points; do not give points as well.`,
  'answer-count-level': (p) =>
    `${enItem(p)}a count of ${p.count} earns ${enPoints(p.earned)} points, which does not match “${p.level}”; the item is scored by count, ${enPoints(p.step)} per ${p.per} counted, at most ${enPoints(p.max)}.`,
  'xlsx-encrypted': () => 'This workbook is encrypted (it has a password to open) and cannot be read; in Excel, clear the password (File > Info > Protect Workbook > Encrypt with Password) and save it as .xlsx.',
  'xlsx-legacy': () => 'This is an old Excel 97-2003 workbook (.xls) or another OLE file, not .xlsx; save it in Excel as “Excel Workbook (.xlsx)”.',
  'xlsx-ods': () => 'This is an OpenDocument spreadsheet (.ods), not .xlsx (the name does not match the content); open it in LibreOffice or Excel and save it as “Excel Workbook (.xlsx)”.',
  'xlsx-not-zip': () => 'Not an .xlsx workbook (the file does not start as a ZIP archive).',
  'xlsx-too-large': (p) => `Unpacked, the workbook ${p.stated === undefined ? 'grows past the size its directory states' : `takes ${p.stated} MB`}, more than the limit of ${p.limit} MB; it is not read.`,
  'xlsx-broken': (p) =>
    `The .xlsx workbook cannot be read (${
      {
        'no-local-header': 'the archive’s directory points where there is no file',
        truncated: 'the archive’s data is incomplete',
        corrupt: 'the compressed data is damaged',
        method: `unsupported compression method ${p.method}`,
        reader: p.reader,
      }[p.why]
    }).`,
  'json-missing': (p) => `A required field is missing (expected ${p.expected}).`,
  'json-type': (p) => `Wrong type: expected ${p.expected}.`,
  'json-unknown-keys': (p) => `Unknown field${p.keys.length === 1 ? '' : 's'}: ${p.keys.join(', ')}.`,
  'json-unknown-conditions': (p) => `Unknown condition number${p.keys.length === 1 ? '' : 's'}: ${p.keys.join(', ')}; the achievements of 要點 五 are numbered "1" to "7".`,
  'json-not-allowed': (p) => `Not an allowed value; use one of: ${p.values.join(', ')}.`,
  'json-rule': (p) => EN_SCHEMA_RULES[p.rule],
  'json-other': (p) => p.message,
  'date-outside-year': (p) => `The review date ${p.date} is not in the selection year ${p.year} (${p.year + 1911}-01-01 to ${p.year + 1911}-12-31); check selectionYear and reviewDate.`,
  'text-too-long': (p) => `The text has ${p.length.toLocaleString('en-US')} characters, more than an Excel cell holds (32,767); shorten it.`,
  'self-unknown-item': (p) => `There is no item ${p.item}.`,
  'self-unknown-level': (p) => `Item ${p.item} has no level “${p.level}”; choose ${enValues(p.levels)}.`,
  'json-syntax': (p) => `Not valid JSON (${p.parser}).`,
  'json-keys': (p) =>
    `The JSON has a key readers disagree on: at ${p.path || '(top)'}, ${p.duplicate ? `the key "${p.key}" appears twice (the later one would replace the earlier); keep one` : 'a key named "__proto__" is not accepted'}${
      p.more > 0 ? ` (${p.more}${p.atLeast ? ' or more' : ''} more)` : ''
    }.`,
  'json-depth': (p) => `The JSON nests arrays and objects more than ${p.limit} levels deep (at ${p.path}); a review is a few levels deep.`,
  'merge-differs': (p) => `The ${EN_IDENTITY[p.field]} differs, so these are not reviews of one candidate: ${p.values.map(enSourceValue).join(', ')}.`,
  'merge-unknown-item': (p) => `${p.source}: the rubric ${p.rubric} has no item ${p.item}.`,
  'rank-mixed': (p) =>
    [
      ...(p.years.length > 0 ? [`the selection years differ (${p.years.map((y) => `${y.year}: ${y.sources.join(', ')}`).join('; ')}); rank each year on its own`] : []),
      ...p.ubns.map((u) => `the unified business number ${u.ubn} appears ${u.sources.length} times (${u.sources.join(', ')}); merge one candidate’s copies before ranking`),
    ].join('; ') + '.',
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
  keptForCreate: 'What you typed into the form is kept, and is written when you create the review sheets again.',
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
  fitOver: (over, first, last) => `${over} of them print${over === 1 ? 's' : ''} on 初審意見表（續）, ${pagesEn(first, last)}`,
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
  toolsLoadFailed: 'The tools could not be loaded. Check the network connection and try again.',
  formCrashed: 'The review form hit an unexpected error and cannot be shown; what is already written to the workbook is not affected.',
  reopenForm: 'Reopen the form',
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
