import { describe, it, expect } from 'vitest';
import { ANNEX3, ANNEX3_NOTES, REVIEW_UNITS, findQuota } from '../../src/ranking/quota.ts';

/**
 * Expected values typed by hand from 附表三 of
 * docs/source/113-osh-selection.txt (wrapped names joined).
 */
const TABLE: readonly (readonly [string, string, number, number])[] = [
  ['臺北市', '第一級', 5, 2],
  ['新北市', '第一級', 5, 2],
  ['桃園市', '第一級', 5, 2],
  ['臺中市', '第一級', 5, 2],
  ['臺南市', '第一級', 5, 2],
  ['高雄市', '第一級', 5, 2],
  ['新竹縣', '第二級', 2, 1],
  ['苗栗縣', '第二級', 2, 1],
  ['彰化縣', '第二級', 2, 1],
  ['南投縣', '第二級', 2, 1],
  ['雲林縣', '第二級', 2, 1],
  ['嘉義縣', '第二級', 2, 1],
  ['屏東縣', '第二級', 2, 1],
  ['宜蘭縣', '第二級', 2, 1],
  ['新竹市', '第二級', 2, 1],
  ['基隆市', '第三級', 1, 1],
  ['嘉義市', '第三級', 1, 1],
  ['花蓮縣', '第三級', 1, 1],
  ['臺東縣', '第三級', 1, 1],
  ['澎湖縣', '第三級', 1, 1],
  ['金門縣', '第三級', 1, 1],
  ['連江縣', '第三級', 1, 1],
  ['國家科學及技術委員會新竹科學園區管理局', '第三級', 1, 1],
  ['國家科學及技術委員會中部科學園區管理局', '第三級', 1, 1],
  ['國家科學及技術委員會南部科學園區管理局', '第三級', 1, 1],
  ['經濟部產業園區管理局', '第三級', 1, 1],
  ['經濟部地質調查及礦業管理中心', '第三級', 1, 1],
];

describe('附表三 as data', () => {
  it('lists the 27 初審單位 in printed order', () => {
    expect(REVIEW_UNITS).toEqual(TABLE.map((r) => r[0]));
  });

  it('has three levels with their quotas', () => {
    expect(ANNEX3.map((r) => [r.level, r.units.length, r.unitQuota, r.personQuota])).toEqual([
      ['第一級', 6, 5, 2],
      ['第二級', 9, 2, 1],
      ['第三級', 12, 1, 1],
    ]);
  });

  it('keeps both 註 verbatim', () => {
    expect(ANNEX3_NOTES).toEqual([
      '本表係以地區性勞動人數及投保事業單位數分級。',
      '基於鼓勵僱用勞工未滿 100 人之事業單位積極落實職場安全衛生政策及措施，初審單位於推薦優良單位時，應將事業規模及性質納入綜合考量。',
    ]);
  });

  it('names every 初審單位 that 要點 七(一)1 names besides the local authorities', () => {
    for (const unit of [
      '國家科學及技術委員會新竹科學園區管理局',
      '國家科學及技術委員會中部科學園區管理局',
      '國家科學及技術委員會南部科學園區管理局',
      '經濟部產業園區管理局',
      '經濟部地質調查及礦業管理中心',
    ]) {
      expect(REVIEW_UNITS).toContain(unit);
    }
  });
});

describe('findQuota', () => {
  it.each(TABLE)('%s → %s, %i units, %i persons', (unit, level, unitQuota, personQuota) => {
    expect(findQuota(unit)).toEqual({ ok: true, unit, level, unitQuota, personQuota });
  });

  it.each([
    ['台北市', '臺北市'],
    ['台中市', '臺中市'],
    ['台南市', '臺南市'],
    ['台東縣', '臺東縣'],
    ['  臺北市 ', '臺北市'],
    ['\u3000高雄市\u3000', '高雄市'],
    ['國家科學及技術委員會新 竹科學園區管理局', '國家科學及技術委員會新竹科學園區管理局'],
    ['台北市政府', '臺北市'],
    ['彰化縣政府', '彰化縣'],
  ])('accepts %j as %s', (typed, unit) => {
    const result = findQuota(typed);
    expect(result.ok && result.unit).toBe(unit);
  });

  it('refuses an unknown name and lists the valid ones', () => {
    const result = findQuota('臺北縣');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('「臺北縣」');
    for (const unit of REVIEW_UNITS) expect(result.message).toContain(unit);
  });

  it('refuses a blank name', () => {
    const result = findQuota('  ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('（空白）');
  });

  it('does not take a 勞動檢查機構 for its city', () => {
    expect(findQuota('臺北市勞動檢查處').ok).toBe(false);
  });
});
