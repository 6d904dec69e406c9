/**
 * 資格審查: the facts the eligibility rules read, and live formulas that show
 * each rule's result with its clause, as `checkEligibility` decides it.
 */
import { RULE_CLAUSES, type RuleCode } from '../eligibility/eligibility.ts';
import { SheetBuilder } from './builder.ts';
import { AWARD_FIELDS, AWARDS_NONE_FIELD, CONCERN_FIELDS, ELIGIBILITY_FIELDS, NO, RATE_YEARS, YES, type InputField } from './fields.ts';
import { fieldRow, headingRow, type Prefill } from './form-input.ts';
import { BODY_FONT, COLORS, computedStyle, inputStyle, labelStyle, SHEETS, textStyle, titleStyle, a4Page } from './layout.ts';
import type { DefinedNameDescription, SheetDescription } from './types.ts';

const WIDTHS = { label: 36, input: 40 } as const;

/** Rule results in the workbook. */
export const RESULT = { pass: '符合', fail: '不符', notRecommended: '不推薦', unconfirmed: '未確認' } as const;

export const STATUS_TEXT = { eligible: '符合參選資格', 'not-recommended': '建議不予推薦', ineligible: '不符參選資格', unconfirmed: '資格尚未確認' } as const;

/** "injury-rates" → "elig_result_injury_rates". */
export function resultName(rule: RuleCode): string {
  return `elig_result_${rule.replace(/-/g, '_')}`;
}

const byName = (name: string): InputField => {
  const f = ELIGIBILITY_FIELDS.find((x) => x.name === name);
  if (!f) throw new RangeError(`No eligibility field ${name}`);
  return f;
};

const RULE_TITLES: Readonly<Record<RuleCode, string>> = {
  department: '非以事業單位所屬部門參選',
  'major-disaster': '當年度及前三年度未發生重大災害或失能第一至第九等級職業災害',
  'contractor-rates-missing': '有承攬人者已提供加計承攬人之失能傷害頻率及嚴重率',
  'injury-rates': '前三年度失能傷害頻率、嚴重率均低於同行業前三年平均值',
  'recent-top-award': '前三年度未曾獲得五星獎、國家職業安全衛生獎',
  'four-year-streak': '前四年度未曾連續四年獲優良單位獎',
  oshms: '應建置職業安全衛生管理系統者，TOSHMS 驗證或績效審查仍在有效期限內',
  'safety-week': '已配合推動職場安全健康週活動並提出佐證資料',
  'labor-conditions': '無勞動條件不佳情事（過勞、責任制爭議、身心健康事件、重大勞資爭議）',
};

/** Each rule's result formula, mirroring src/eligibility/eligibility.ts. */
function ruleFormulas(awardTypes: string, awardYears: string): Record<RuleCode, string> {
  const { pass, fail, notRecommended, unconfirmed } = RESULT;
  const q = (s: string) => `"${s}"`;
  const yes = (n: string) => `${n}="${YES}"`;
  const no = (n: string) => `${n}="${NO}"`;
  const awards = (type: string, from: string, to: string) =>
    `COUNTIFS(${awardTypes},"${type}",${awardYears},">="&(${from}),${awardYears},"<="&(${to}))`;
  const yearGiven = (tag: 'own' | 'con', n: number) => `ISNUMBER(elig_${tag}_fr_${n}),ISNUMBER(elig_${tag}_sr_${n})`;
  // A given year at or above a given average: the only way to 不符.
  const yearOver = (tag: 'own' | 'con', n: number) =>
    `AND(${yearGiven(tag, n)},OR(N(elig_${tag}_fr_${n})>=N(elig_avg_fr),N(elig_${tag}_sr_${n})>=N(elig_avg_sr)))`;
  const allGiven = (tag: 'own' | 'con') => `AND(${RATE_YEARS.map((n) => yearGiven(tag, n)).join(',')})`;
  const anyOver = (tag: 'own' | 'con') => `OR(${RATE_YEARS.map((n) => yearOver(tag, n)).join(',')})`;
  const avgGiven = 'ISNUMBER(elig_avg_fr),ISNUMBER(elig_avg_sr)';
  const contractorsGiven = 'ISNUMBER(cand_workers_contractors)';
  const conGiven = RATE_YEARS.map((n) => `ISNUMBER(elig_con_fr_${n}),ISNUMBER(elig_con_sr_${n})`).join(',');
  const awardsGiven = `OR(${yes(AWARDS_NONE_FIELD.name)},${['優良獎', '五星獎', '國家職業安全衛生獎'].map((t) => `COUNTIF(${awardTypes},"${t}")`).join('+')}>0)`;
  return {
    department: `IF(${yes('elig_department')},${q(fail)},IF(${no('elig_department')},${q(pass)},${q(unconfirmed)}))`,
    'major-disaster': `IF(OR(${yes('elig_major_disaster')},${yes('elig_disability_1to9')}),${q(fail)},IF(AND(${no('elig_major_disaster')},${no('elig_disability_1to9')}),${q(pass)},${q(unconfirmed)}))`,
    // Rates not typed are 未確認, never 不符: the unit may have given them and they are not entered yet.
    'contractor-rates-missing': `IF(NOT(${contractorsGiven}),${q(unconfirmed)},IF(OR(${no('elig_has_contractors')},${conGiven}),${q(pass)},${q(unconfirmed)}))`,
    'injury-rates': `IF(AND(${avgGiven},IF(${yes('elig_has_contractors')},${anyOver('con')},${anyOver('own')})),${q(fail)},IF(AND(${contractorsGiven},${avgGiven},IF(${yes('elig_has_contractors')},${allGiven('con')},${allGiven('own')})),${q(pass)},${q(unconfirmed)}))`,
    'recent-top-award': `IF(${awards('五星獎', 'review_year-3', 'review_year-1')}+${awards('國家職業安全衛生獎', 'review_year-3', 'review_year-1')}>0,${q(fail)},IF(${awardsGiven},${q(pass)},${q(unconfirmed)}))`,
    'four-year-streak': `IF(AND(${[4, 3, 2, 1].map((k) => `${awards('優良獎', `review_year-${k}`, `review_year-${k}`)}>0`).join(',')}),${q(fail)},IF(${awardsGiven},${q(pass)},${q(unconfirmed)}))`,
    oshms: `IF(${no('elig_oshms_required')},${q(pass)},IF(${yes('elig_oshms_required')},IF(OR(${yes('elig_toshms_valid')},${yes('elig_perf_valid')}),${q(pass)},IF(OR(ISNUMBER(elig_toshms_until),ISNUMBER(elig_perf_until)),${q(fail)},${q(unconfirmed)})),${q(unconfirmed)}))`,
    'safety-week': `IF(${yes('elig_safety_week_plan')},${q(pass)},IF(${no('elig_safety_week_plan')},${q(notRecommended)},${q(unconfirmed)}))`,
    'labor-conditions': `IF(COUNTIF(elig_concerns,"${YES}")>0,${q(notRecommended)},IF(COUNTIF(elig_concerns,"${NO}")>0,${q(pass)},${q(unconfirmed)}))`,
  };
}

export const RULE_ORDER: readonly RuleCode[] = [
  'department',
  'major-disaster',
  'contractor-rates-missing',
  'injury-rates',
  'recent-top-award',
  'four-year-streak',
  'oshms',
  'safety-week',
  'labor-conditions',
];

export function eligibilitySheet(prefill: Prefill = {}): { sheet: SheetDescription; names: DefinedNameDescription[] } {
  const b = new SheetBuilder('eligibility', SHEETS.eligibility);
  b.column(1, WIDTHS.label).column(2, 16).column(3, 16).column(4, 16).column(5, 30);
  b.value('A1', '參選資格審查（要點 三、初審意見表 確認事項及備註1）', titleStyle(15)).merge('A1:E1').row(1, 30);
  let row = 2;

  headingRow(b, row++, '參選資格事實');
  for (const name of ['elig_department', 'elig_major_disaster', 'elig_disability_1to9', 'elig_industry_code_corrected']) {
    fieldRow(b, row++, byName(name), prefill, WIDTHS, 'B', name === 'elig_industry_code_corrected' ? '行業別正確者留空；應修正者填正確小類代碼' : undefined);
  }
  row++;

  headingRow(b, row++, '失能傷害頻率（FR）及嚴重率（SR）：受選拔前三年度（要點 三(二)）');
  b.value(`A${row}`, '類別／年度（民國）', labelStyle());
  RATE_YEARS.forEach((n, i) => {
    const address = `${String.fromCharCode(66 + i)}${row}`;
    // Blank until the selection year is given: never "-3年".
    b.formula(address, `IF(ISNUMBER(review_year),review_year-${4 - n},"")`, computedStyle({ numberFormat: '0"年"' }));
    b.name(`elig_year_${n}`, address, `前${4 - n}年度（民國）`);
  });
  b.value(`E${row}`, '有承攬人者以加計承攬人之數據比較', { font: { name: BODY_FONT, size: 9, color: COLORS.muted }, alignment: { wrapText: true, vertical: 'middle' } });
  b.row(row++, 20);
  const rateRows: [string, 'own' | 'con', 'fr' | 'sr'][] = [
    ['原事業單位 失能傷害頻率', 'own', 'fr'],
    ['原事業單位 失能傷害嚴重率', 'own', 'sr'],
    ['加計承攬人 失能傷害頻率', 'con', 'fr'],
    ['加計承攬人 失能傷害嚴重率', 'con', 'sr'],
  ];
  for (const [label, tag, measure] of rateRows) {
    b.value(`A${row}`, label, labelStyle());
    RATE_YEARS.forEach((n, i) => {
      const field = byName(`elig_${tag}_${measure}_${n}`);
      const address = `${String.fromCharCode(66 + i)}${row}`;
      b.value(address, prefill[field.name] ?? null, inputStyle({ numberFormat: '0.00##' }));
      b.name(field.name, address, field.label);
      b.validate({ range: address, type: 'decimal', min: 0, max: 1_000_000, error: `${field.label}：應為 0 以上的數字` });
    });
    b.row(row++, 20);
  }
  fieldRow(b, row++, byName('elig_avg_fr'), prefill, WIDTHS, 'B', '職安署公布之各行業統計表');
  fieldRow(b, row++, byName('elig_avg_sr'), prefill, WIDTHS, 'B');
  b.value(`A${row}`, '有承攬人', labelStyle());
  // 是/否 in words, blank until the count is typed: the sheet prints no TRUE/FALSE, and the rules compare with "是"/"否".
  b.formula(`B${row}`, `IF(ISNUMBER(cand_workers_contractors),IF(N(cand_workers_contractors)>0,"${YES}","${NO}"),"")`, computedStyle());
  b.name('elig_has_contractors', `B${row}`, '勞工人數（承攬人）大於 0');
  b.row(row++, 20);
  row++;

  headingRow(b, row++, '獲獎紀錄（要點 三(三)、三(四)、八）');
  b.value(`A${row}`, '', labelStyle());
  b.value(`B${row}`, '獎項', labelStyle({ alignment: { horizontal: 'center' } }));
  b.value(`C${row}`, '年度（民國）', labelStyle({ alignment: { horizontal: 'center' } }));
  row++;
  const firstAward = row;
  AWARD_FIELDS.forEach((award, i) => {
    b.value(`A${row}`, `獲獎紀錄 ${i + 1}`, labelStyle());
    b.value(`B${row}`, prefill[award.type.name] ?? null, inputStyle());
    b.name(award.type.name, `B${row}`, award.type.label);
    b.value(`C${row}`, prefill[award.year.name] ?? null, inputStyle({ numberFormat: '0' }));
    b.name(award.year.name, `C${row}`, award.year.label);
    b.row(row++, 20);
  });
  const lastAward = row - 1;
  fieldRow(b, row++, AWARDS_NONE_FIELD, prefill, WIDTHS, 'C', '無獲獎紀錄者選「是」；未填獲獎紀錄亦未選「是」者，獲獎相關資格為未確認');
  const kind = AWARD_FIELDS[0]!.type.kind;
  b.validate({ range: `B${firstAward}:B${lastAward}`, type: 'list', values: kind.type === 'choice' ? kind.values : [], error: '獎項應為 優良獎、五星獎、國家職業安全衛生獎' });
  b.validate({ range: `C${firstAward}:C${lastAward}`, type: 'whole', min: 1, max: 299, error: '年度應為民國年，例如 112' });
  b.name('elig_award_types', `B${firstAward}:B${lastAward}`, '獲獎紀錄：獎項（範圍）');
  b.name('elig_award_years', `C${firstAward}:C${lastAward}`, '獲獎紀錄：年度（範圍）');
  row++;

  headingRow(b, row++, '職業安全衛生管理系統（要點 三(五)）');
  for (const name of ['elig_oshms_required', 'elig_toshms_until', 'elig_perf_until']) fieldRow(b, row++, byName(name), prefill, WIDTHS, 'B');
  for (const [name, source, label] of [
    ['elig_toshms_valid', 'elig_toshms_until', 'TOSHMS 於評鑑日仍有效'],
    ['elig_perf_valid', 'elig_perf_until', '績效審查於評鑑日仍有效'],
  ] as const) {
    b.value(`A${row}`, label, labelStyle());
    b.formula(`B${row}`, `IF(AND(ISNUMBER(${source}),ISNUMBER(review_date)),IF(N(${source})>=N(review_date),"${YES}","${NO}"),"")`, computedStyle());
    b.name(name, `B${row}`, `${label}（有效期限當日仍有效）`);
    b.row(row++, 20);
  }
  row++;

  headingRow(b, row++, '職場安全健康週與勞動條件（初審意見表 備註1）');
  for (const name of ['elig_safety_week_plan', 'elig_safety_week_results']) fieldRow(b, row++, byName(name), prefill, WIDTHS, 'B');
  const firstConcern = row;
  for (const field of CONCERN_FIELDS) fieldRow(b, row++, field, prefill, WIDTHS, 'B', '曾發生者選「是」');
  b.name('elig_concerns', `B${firstConcern}:B${row - 1}`, '勞動條件不佳情事（範圍）');
  row++;

  headingRow(b, row++, '審查結果（公式計算）');
  ['規定', '結果', '依據'].forEach((h, i) => b.value(`${'ABC'[i]}${row}`, h, labelStyle({ alignment: { horizontal: 'center' } })));
  b.merge(`C${row}:E${row}`);
  row++;
  const formulas = ruleFormulas('elig_award_types', 'elig_award_years');
  const resultCells: string[] = [];
  for (const rule of RULE_ORDER) {
    b.value(`A${row}`, RULE_TITLES[rule], textStyle({ alignment: { vertical: 'middle', wrapText: true } }));
    b.formula(`B${row}`, formulas[rule], computedStyle({ font: { name: BODY_FONT, size: 11, bold: true } }));
    b.name(resultName(rule), `B${row}`, `${RULE_CLAUSES[rule]}：${RULE_TITLES[rule]}`);
    b.value(`C${row}`, RULE_CLAUSES[rule], textStyle({ alignment: { vertical: 'middle' } }));
    b.merge(`C${row}:E${row}`);
    b.highlight({ range: `B${row}`, formula: `$B$${row}="${RESULT.fail}"`, fill: 'FFFDE7E9', fontColor: COLORS.bad });
    b.highlight({ range: `B${row}`, formula: `$B$${row}="${RESULT.notRecommended}"`, fill: 'FFFFF4CE', fontColor: COLORS.warn });
    resultCells.push(`B${row}`);
    b.row(row++, 32);
  }
  const results = `${resultCells[0]}:${resultCells.at(-1)}`;
  b.value(`A${row}`, '資格審查結論', labelStyle({ fill: COLORS.section }));
  b.formula(
    `B${row}`,
    `IF(COUNTIF(${results},"${RESULT.fail}")>0,"${STATUS_TEXT.ineligible}",IF(COUNTIF(${results},"${RESULT.notRecommended}")>0,"${STATUS_TEXT['not-recommended']}",IF(COUNTIF(${results},"${RESULT.unconfirmed}")>0,"${STATUS_TEXT.unconfirmed}","${STATUS_TEXT.eligible}")))`,
    computedStyle({ font: { name: BODY_FONT, size: 12, bold: true } }),
  );
  b.merge(`B${row}:C${row}`);
  b.formula(`D${row}`, `IF(COUNTIF(${results},"${RESULT.unconfirmed}")>0,"尚有 "&COUNTIF(${results},"${RESULT.unconfirmed}")&" 項未確認","")`, textStyle({ font: { name: BODY_FONT, size: 10, color: COLORS.warn } }));
  b.merge(`D${row}:E${row}`);
  b.name('elig_status', `B${row}`, '資格審查結論：符合參選資格／建議不予推薦／不符參選資格／資格尚未確認');
  b.row(row++, 24);
  b.value(`A${row}`, '五星獎途徑（要點 八）', labelStyle());
  b.formula(
    `B${row}`,
    `IF(AND(COUNTIFS(elig_award_types,"優良獎",elig_award_years,review_year-2)>0,COUNTIFS(elig_award_types,"優良獎",elig_award_years,review_year-1)>0),"${YES}","${NO}")`,
    computedStyle(),
  );
  b.name('elig_five_star', `B${row}`, '前二年度連續獲優良獎（本年度再獲優良獎得參加五星獎評選）');
  b.row(row++, 20);

  b.pageSetup = a4Page('portrait', `A1:E${row - 1}`);
  b.protect = true;
  b.tabColor = 'FFC55A11';
  return { sheet: b.build(), names: b.names };
}
