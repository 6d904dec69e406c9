/**
 * FR / SR, 統一編號, 行業別 and 民國 helpers, with values computed by hand.
 */
import { describe, it, expect } from 'vitest';
import { normalizeDigits } from '../../src/facts/digits.ts';
import { checkIndustryCode } from '../../src/facts/industry.ts';
import { frequencyRate, severityRate } from '../../src/facts/rates.ts';
import { formatRocDate, gregorianToRoc, parseRocYear, rocToGregorian, rocYearOfDate } from '../../src/facts/roc-year.ts';
import { checkUbn } from '../../src/facts/ubn.ts';

describe('FR = 次數 × 10⁶ / 工時, SR = 損失日數 × 10⁶ / 工時', () => {
  it.each([
    // [次數, 損失日數, 工時, FR, SR]
    [3, 150, 1_500_000, 2, 100],
    [1, 37, 400_000, 2.5, 92.5],
    [0, 0, 250_000, 0, 0],
    [7, 6000, 2_000_000, 3.5, 3000],
    [2, 45, 800_000, 2.5, 56.25],
  ])('%s injuries, %s days over %s hours: FR %s, SR %s', (n, days, hours, fr, sr) => {
    const figures = { disablingInjuries: n, daysLost: days, hoursWorked: hours };
    expect(frequencyRate(figures)).toBeCloseTo(fr, 12);
    expect(severityRate(figures)).toBeCloseTo(sr, 12);
  });

  it('refuses hours that are not positive and negative figures', () => {
    expect(() => frequencyRate({ disablingInjuries: 1, daysLost: 1, hoursWorked: 0 })).toThrow(RangeError);
    expect(() => severityRate({ disablingInjuries: 1, daysLost: 1, hoursWorked: -5 })).toThrow(RangeError);
    expect(() => frequencyRate({ disablingInjuries: -1, daysLost: 0, hoursWorked: 100 })).toThrow(RangeError);
    expect(() => severityRate({ disablingInjuries: 0, daysLost: -3, hoursWorked: 100 })).toThrow(RangeError);
  });
});

describe('統一編號: weights 1,2,1,2,1,2,4,1, digit sums of products, divisible by 5', () => {
  it.each([
    // 0,8,5,18,5,4,20,7 → 0+8+5+9+5+4+2+7 = 40
    ['04595257', 'sum 40'],
    // 2,4,0,18,9,2,12,1 → 2+4+0+9+9+2+3+1 = 30
    ['22099131', 'sum 30'],
    // 0,8,5,18,5,4,20,2 → 35: valid under the current rule (5), not the old one (10)
    ['04595252', 'sum 35, divisible by 5 but not by 10'],
    // 7th digit 7: 1,4,3,8,5,12,28,5 → 1+4+3+8+5+3+10+5 = 39, and 39 + 1 = 40
    ['12345675', '7th digit 7, sum 39 (sum + 1 = 40)'],
    // 7th digit 7: 1+4+3+8+5+3+10+0 = 34, and 34 + 1 = 35
    ['12345670', '7th digit 7, sum 34 (sum + 1 = 35)'],
    // 7th digit 7: 1+4+3+8+5+3+10+6 = 40
    ['12345676', '7th digit 7, sum 40'],
  ])('%s is valid (%s)', (ubn, _why) => {
    expect(checkUbn(ubn)).toEqual({ ok: true, ubn });
  });

  it.each([
    ['04595258', 'sum 41'],
    ['04595253', 'sum 36'],
    // sum 39 would pass with a 7th digit 7, but here it is 5
    ['04595256', 'sum 39, 7th digit not 7'],
    // 7th digit 7: sum 36, sum + 1 = 37
    ['12345672', '7th digit 7, sum 36'],
    ['22099132', 'sum 31'],
  ])('%s is invalid (%s)', (ubn, _why) => {
    const r = checkUbn(ubn);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(ubn);
  });

  it('accepts full-width digits and returns the ASCII form', () => {
    expect(checkUbn('０４５９５２５７')).toEqual({ ok: true, ubn: '04595257' });
    expect(checkUbn('０４５９５２５８').ok).toBe(false);
  });

  it.each(['1234567', '123456789', '0459525A', '', '0459-5257'])('%j is not 8 digits', (input) => {
    const r = checkUbn(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('8 位數字');
  });
});

describe('行業別: a 3-digit 小類 code', () => {
  it.each([
    ['410', '410'],
    ['４１０', '410'],
    ['建築工程業(410)', '410'],
    ['建築工程業（４１０）', '410'],
    ['089', '089'],
  ])('%j → %s', (input, code) => {
    expect(checkIndustryCode(input)).toEqual({ ok: true, code });
  });
  it.each(['41', '4100', '', 'abc', '41a'])('%j is refused', (input) => {
    const r = checkIndustryCode(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('3 碼');
  });
});

describe('民國 ↔ 西元 (民國 1 = 1912)', () => {
  it.each([
    [1, 1912],
    [69, 1980],
    [100, 2011],
    [113, 2024],
  ])('民國 %s = %s', (roc, ad) => {
    expect(rocToGregorian(roc)).toBe(ad);
    expect(gregorianToRoc(ad)).toBe(roc);
  });
  it('there is no 民國 year for 1911 or before', () => {
    expect(() => gregorianToRoc(1911)).toThrow(RangeError);
    expect(() => gregorianToRoc(1800)).toThrow(RangeError);
  });
  it('the 民國 year of an ISO date', () => {
    expect(rocYearOfDate('2024-04-15')).toBe(113);
    expect(rocYearOfDate('2023-12-31')).toBe(112);
    expect(rocYearOfDate('2024-01-01')).toBe(113);
  });
  it('formats a date the form’s way', () => {
    expect(formatRocDate('2024-04-05')).toBe('113.04.05');
    expect(formatRocDate('2011-01-01')).toBe('100.01.01');
  });
  it.each([
    ['113', 113],
    ['１１３', 113],
    ['民國113年', 113],
    ['113年', 113],
    ['民國 99 年', 99],
  ])('reads %j as %s', (input, year) => {
    expect(parseRocYear(input)).toBe(year);
  });
  it.each(['2024', '0', 'abc', '', '一一三'])('%j is not a 民國 year', (input) => {
    expect(parseRocYear(input)).toBeUndefined();
  });
});

describe('full-width digits', () => {
  it('turns ０–９ into 0–9', () => {
    expect(normalizeDigits('０１２３４５６７８９')).toBe('0123456789');
    expect(normalizeDigits('\u3000１１３\u3000')).toBe('113');
  });
});
