import { describe, expect, test } from 'vitest';
import { EN_FIELD_LABELS, fieldLabel } from '../../src/taskpane/i18n/field-labels.ts';
import { resolveLocale, zhTW } from '../../src/taskpane/i18n/strings.ts';
import { enUS } from '../../src/taskpane/i18n/strings-en.ts';
import { FIELDS_BY_NAME } from '../../src/taskpane/state/draft.ts';
import { problem, problemMessage, PROBLEM_WORDS_ZH, ROOT_PATH, type ProblemCode, type ProblemParams } from '../../src/review/problem.ts';

describe('strings', () => {
  test('both tables have every string, none empty', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhTW).sort());
    for (const table of [zhTW, enUS]) {
      for (const [key, value] of Object.entries(table)) if (typeof value === 'string') expect(value, key).not.toBe('');
    }
  });

  test('every field has an English label', () => {
    const missing = [...FIELDS_BY_NAME.keys()].filter((name) => !EN_FIELD_LABELS[name]);
    expect(missing).toEqual([]);
    expect(fieldLabel(FIELDS_BY_NAME.get('cand_ubn')!, 'zh-TW')).toBe('統一編號');
  });

  test.each([
    [undefined, 'zh-TW'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['en-US', 'en-US'],
    ['EN-gb', 'en-US'],
    ['ja-JP', 'zh-TW'],
  ])('resolveLocale(%s) → %s', (office, locale) => {
    expect(resolveLocale(office)).toBe(locale);
  });
});

describe('the workflows\' problems in the English pane', () => {
  // One sample of each code's data, in ASCII: whatever Chinese the English words show must come from the data
  // (a cell's own message, an official name), never from the catalog.
  const reason = problem('cell-not-choice', { subject: { item: '1.1', part: 'level' }, values: ['A', 'B'], shown: { text: 'x' }, spaces: false });
  const band = { label: '可', fixed: false, min: 0, max: 1 } as const;
  const item = { item: '1.1', title: 'x' };
  const samples: { readonly [C in ProblemCode]: ProblemParams[C] } = {
    'file-empty': {},
    'file-read-failed': { detail: 'NotReadableError' },
    'file-unreadable': { detail: 'x', reason: problem('json-syntax', { parser: 'Unexpected end of JSON input' }) },
    'entry-invalid': { detail: 'x', reason },
    'too-many-rows': { count: 9, rows: 8, list: 'candidate.awards', detail: 'x' },
    'merge-too-few': { count: 1 },
    'merge-mismatch': { sources: ['A.xlsx', 'B.xlsx'], detail: 'x', reason: problem('merge-differs', { field: 'candidate.ubn', values: [{ source: 'A.xlsx', value: '1' }, { source: 'B.xlsx' }] }) },
    'merge-too-many-rows': { count: 5, rows: 4, list: 'panel', detail: 'x' },
    'unit-unknown': { unit: 'Mars', units: ['A', 'B'] },
    'rank-no-files': {},
    'rank-none-readable': { count: 2 },
    'rank-refused': { detail: 'x', reason: problem('rank-mixed', { years: [{ year: 112, sources: ['a'] }], ubns: [] }) },
    'rank-left-out': { count: 2, first: problem('no-review-names', {}) },
    'annex4-absent': {},
    'not-a-review-workbook': { name: 'meta_rubric' },
    'finalise-invalid': { count: 1 },
    'finalise-already': { at: '2024-04-20 15:30', state: 'edited' },
    refused: { detail: 'x' },
    usage: { detail: 'x' },
    'cell-error-value': { subject: { label: 'x' }, error: '#REF!', kind: { type: 'choice', values: ['A'] } },
    'cell-code-number': { value: -1 },
    'cell-text-not-number': { text: '1,000', kind: 'integer' },
    'cell-out-of-range': { kind: 'date', shown: { logical: true } },
    'cell-date-text': { text: '113/4/15' },
    'cell-not-yes-no': { shown: { other: '1' } },
    'cell-not-choice': { values: ['A'], shown: { text: ' A ' }, spaces: true },
    'cell-spaces': { subject: { item: '1.1', part: 'level' }, values: ['A'] },
    'cell-formula': { subject: { item: '1.1', part: 'points' }, formula: 'A1' },
    'cell-merged': { subject: { item: '1.1', part: 'count' }, into: 'A1' },
    'rubric-unknown': { value: 'x', rubrics: ['osh-unit-113'], at: 'workbook' },
    'no-review-names': {},
    'input-name-missing': { name: 'cand_name' },
    'level-name-missing': { item: '1.1', name: 'item_1_1_level' },
    'name-missing': { name: 'review_year', reason: problem('year-required', {}) },
    'year-required': {},
    'date-required': {},
    'rates-pair': { year: '110', basis: 'withContractors' },
    'award-pair': { label: 'x' },
    'awards-none-conflict': { label: 'x', count: 2 },
    'panel-name-missing': { label: 'x', organisation: 'x' },
    'no-person-names': {},
    'person-route-missing': { routes: ['A', 'B'] },
    'prior-status-missing': { statuses: ['A', 'B'] },
    'annex4-cell': { row: '1', part: 'date', reason: problem('cell-date-text', { text: 'x' }) },
    'formulas-changed': { tabs: ['A'], name: 'meta_formula_digest' },
    'formula-changed': { at: "'A'!B2", formula: 'SUM(A1)' },
    'formulas-sheet-changed': { tab: 'A', cells: ['B2'] },
    'not-met-points': { item: '1.1' },
    'field-refused': { label: 'x', reason: problem('json-rule', { rule: 'date-real' }) },
    'answer-unknown-item': { item: '9.9', rubric: 'osh-unit-113', last: '8.3' },
    'answer-na-conflict': item,
    'answer-unknown-level': { ...item, level: 'A', levels: ['B'] },
    'answer-points-step': { ...item, points: 1.5, per: 2, step: 1, max: 3 },
    'answer-zero-with-level': { ...item, level: 'A', band },
    'answer-out-of-band': { ...item, points: 2, level: 'A', band },
    'answer-points-not-allowed': { ...item, points: 9, bands: [band] },
    'answer-count-not-allowed': { ...item, bands: [band] },
    'answer-count-invalid': { ...item, count: -1, unit: 'x' },
    'answer-count-and-points': item,
    'answer-count-level': { ...item, count: 1, earned: 0, level: 'A', per: 2, unit: 'x', step: 1, max: 3 },
    'xlsx-encrypted': {},
    'xlsx-legacy': {},
    'xlsx-ods': {},
    'xlsx-not-zip': {},
    'xlsx-too-large': { limit: 64, stated: 161 },
    'xlsx-broken': { why: 'method', method: 99 },
    'json-missing': { expected: 'string' },
    'json-type': { expected: 'number' },
    'json-unknown-keys': { keys: ['a'] },
    'json-unknown-conditions': { keys: ['8'] },
    'json-not-allowed': { values: ['"A"'] },
    'json-rule': { rule: 'year-key' },
    'json-other': { message: 'Invalid input' },
    'date-outside-year': { date: '2023-04-15', year: 113 },
    'text-too-long': { length: 40000 },
    'self-unknown-item': { item: '9.9' },
    'self-unknown-level': { item: '1.4', level: 'A', levels: ['B'] },
    'json-syntax': { parser: 'Unexpected end of JSON input' },
    'json-keys': { path: 'items', key: '1.1', duplicate: true, more: 2, atLeast: false },
    'json-depth': { path: 'items.1.1.0.0.0…', limit: 1000 },
    'merge-differs': { field: 'selectionYear', values: [{ source: 'a', value: 112 }, { source: 'b', value: 113 }] },
    'merge-unknown-item': { source: 'a', rubric: 'osh-unit-113', item: '9.9' },
    'rank-mixed': { years: [], ubns: [{ ubn: '04595257', sources: ['a', 'b'] }] },
  };

  test.each(Object.keys(samples) as ProblemCode[])('%s: no Chinese of the catalog\'s own in English, and zh-TW words in Chinese', (code) => {
    const en = (enUS.problemWords[code] as (p: unknown) => string)(samples[code]);
    // The official forms' names (附表三), clauses (要點 五) and drop-down values quoted as the form prints them (“否”) are
    // the source's wording, in both languages.
    expect(en.replace(/附表[一二三四]|要點 [一二三四五六七八九十]|“\p{Script=Han}{1,3}”/gu, '')).not.toMatch(/\p{Script=Han}/u);
    expect(en.length).toBeGreaterThan(0);
    const zh = (zhTW.problemWords[code] as (p: unknown) => string)(samples[code]);
    expect(zh.length).toBeGreaterThan(0);
  });

  test('the zh-TW pane words problems with the catalog the CLI uses: one place for zh-TW', () => {
    expect(zhTW.problemWords).toBe(PROBLEM_WORDS_ZH);
  });

  test('every code the catalogs word has a sample here, and the whole JSON value is a where in English too', () => {
    const codes = (words: object) => Object.keys(words).filter((k) => k !== 'rootPath' && k !== 'separator').sort();
    expect(codes(enUS.problemWords)).toEqual(Object.keys(samples).sort());
    expect(codes(zhTW.problemWords)).toEqual(Object.keys(samples).sort());
    expect(problemMessage(problem('json-unknown-keys', { keys: ['x'] }, { where: ROOT_PATH }), enUS.problemWords)).toBe('(top level): Unknown field: x.');
    expect(problemMessage(problem('json-unknown-keys', { keys: ['x'] }, { where: ROOT_PATH }))).toBe('(根)：不認得的欄位：x');
  });
});
