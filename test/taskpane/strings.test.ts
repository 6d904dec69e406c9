import { describe, expect, test } from 'vitest';
import { EN_FIELD_LABELS, fieldLabel } from '../../src/taskpane/i18n/field-labels.ts';
import { resolveLocale, zhTW } from '../../src/taskpane/i18n/strings.ts';
import { enUS } from '../../src/taskpane/i18n/strings-en.ts';
import { FIELDS_BY_NAME } from '../../src/taskpane/state/draft.ts';

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
