import { describe, it, expect } from 'vitest';
import {
  ACHIEVEMENT_COLUMNS,
  CRITERIA,
  HEADER_FIELDS,
  PANEL_COLUMNS,
  PERSON_AWARD_DEFINITIONS,
  PERSON_AWARDS,
  PRIOR_AWARD_LINES,
  PRIOR_AWARD_OPTIONS,
  RESULT_AWARD_LINES,
  RESULT_OPTIONS,
} from '../../src/personnel/osh-person-113.ts';

/** Typed by hand from 要點 五 and 附表二 of docs/source/113-osh-selection.txt. */
describe('附表二 as data', () => {
  it('has the eight header fields in printed order', () => {
    expect(HEADER_FIELDS.map((f) => f.label)).toEqual(['單位', '所在地', '姓名', '職稱', '電話', '性別', '年齡', '地址']);
  });

  it('has the columns of the 優良事蹟 table', () => {
    expect(ACHIEVEMENT_COLUMNS).toEqual(['項目', '優良事蹟', '初審評語']);
  });

  it('has the seven criteria of 要點 五 verbatim', () => {
    expect(CRITERIA.map((c) => [c.id, c.clause, c.text])).toEqual([
      ['1', '要點 五(一)', '推動事業單位職業安全衛生管理、教育訓練、改善安全衛生設施、作業程序、方法等，對促進事業單位之職業安全衛生工作具有顯著績效。'],
      ['2', '要點 五(二)', '職業災害處置得宜，使災害損失減至最低限度。'],
      ['3', '要點 五(三)', '改善職業安全衛生設施有創新發明或研究，對促進職業安全衛生工作，具有顯著績效。'],
      ['4', '要點 五(四)', '推動勞工作業環境工程控制及改善，對作業環境監測及其分析方法之開發研究，有具體成果或顯著績效。'],
      ['5', '要點 五(五)', '推動職場健康管理、健康促進及營造健康工作環境等勞工健康保護工作，具有顯著績效。'],
      ['6', '要點 五(六)', '辦理職業病預防及推動職業傷病勞工復工管理等工作，具有顯著績效。'],
      ['7', '要點 五(七)', '其他對於防止職業災害或職業傷病具有貢獻或發明，具有顯著績效。'],
    ]);
  });

  it('has the two awards of 要點 七(一)2(2)', () => {
    expect(PERSON_AWARDS).toEqual(['功績獎', '技術獎']);
    expect(PERSON_AWARD_DEFINITIONS).toEqual({
      功績獎: '推動職業安全衛生或勞工健康服務工作有顯著功績者。',
      技術獎: '推行安全衛生工作及職業災害預防具有重大貢獻及發明者。',
    });
  });

  it('has the 備註 and 初審結果 options as printed', () => {
    expect(PRIOR_AWARD_OPTIONS).toEqual({
      awarded: '曾獲本部(含前勞委會)優良人員：',
      never: '未曾獲本部(含前勞委會)優良人員',
      other: '其他：',
    });
    expect(PRIOR_AWARD_LINES).toEqual({ 功績獎: '1. 功績獎(打勾者填寫獲獎 年度)', 技術獎: '2. 技術獎(打勾者填寫獲獎 年度)' });
    expect(RESULT_OPTIONS).toEqual({ pass: '初審通過，建議參加下列決審', fail: '初審不通過，建議不納入決審', other: '其他：' });
    expect(RESULT_AWARD_LINES).toEqual({ 功績獎: '1. 功績獎', 技術獎: '2. 技術獎' });
    expect(PANEL_COLUMNS).toEqual(['姓名', '任職單位', '職稱', '簽名']);
  });
});
