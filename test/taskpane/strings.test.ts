import { describe, expect, test } from 'vitest';
import { EN_FIELD_LABELS, fieldLabel } from '../../src/taskpane/i18n/field-labels.ts';
import { resolveLocale, zhTW } from '../../src/taskpane/i18n/strings.ts';
import { enUS } from '../../src/taskpane/i18n/strings-en.ts';
import { FIELDS_BY_NAME } from '../../src/taskpane/state/draft.ts';
import type { ProblemCode, ProblemParams } from '../../src/workflows/problem.ts';

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
  const samples: { readonly [C in ProblemCode]: ProblemParams[C] } = {
    'file-empty': {},
    'file-read-failed': { detail: 'NotReadableError' },
    'file-unreadable': { detail: 'x' },
    'entry-invalid': { detail: 'x' },
    'too-many-rows': { count: 9, rows: 8, detail: 'x' },
    'merge-too-few': { count: 1 },
    'merge-mismatch': { sources: ['A.xlsx', 'B.xlsx'], detail: 'x' },
    'merge-too-many-rows': { count: 5, rows: 4, detail: 'x' },
    'unit-unknown': { unit: 'Mars', units: ['A', 'B'] },
    'rank-no-files': {},
    'rank-none-readable': { count: 2 },
    'rank-refused': { detail: 'x' },
    'rank-left-out': { count: 2, first: 'x' },
    'annex4-absent': {},
    'not-a-review-workbook': { name: 'meta_rubric' },
    'finalise-invalid': { count: 1 },
    'finalise-already': { at: '2024-04-20 15:30', state: 'edited' },
    refused: { detail: 'x' },
    usage: { detail: 'x' },
  };

  test.each(Object.keys(samples) as ProblemCode[])('%s: no Chinese of the catalog\'s own in English, and zh-TW words in Chinese', (code) => {
    const en = (enUS.problemWords[code] as (p: unknown) => string)(samples[code]);
    // The official forms' names (附表三) are the source's wording, in both languages.
    expect(en.replace(/附表[一二三四]/g, '')).not.toMatch(/\p{Script=Han}/u);
    expect(en.length).toBeGreaterThan(0);
    const zh = (zhTW.problemWords[code] as (p: unknown) => string)(samples[code]);
    expect(zh.length).toBeGreaterThan(0);
  });
});
