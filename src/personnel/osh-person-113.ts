// 附表二「推行職業安全衛生優良人員自薦(推薦)表」與其引用之要點條文，轉錄自
// 《推行職業安全衛生優良單位及人員選拔作業要點》（勞動部112年1月19日
// 勞職安字第11102074091號令修正），來源檔 docs/source/113-osh-selection.txt。
// 條件文字依要點 五逐字照錄（附表二各列同文，僅第七列句末漏「。」，見 sourceNote）。

/** The form as printed: its title says both 推薦 and 自薦. */
export const ANNEX2_TITLE = '推薦 年推行職業安全衛生優良人員自薦表';

/** Id of this edition of the form in the personnel review JSON. */
export const PERSONNEL_FORM_ID = 'osh-person-113';

export type HeaderKey = 'unit' | 'location' | 'name' | 'title' | 'phone' | 'gender' | 'age' | 'address';

export interface HeaderField {
  readonly key: HeaderKey;
  /** The label as printed (spacing between characters removed). */
  readonly label: string;
}

/** The header of 附表二, in printed order (left to right, top to bottom). */
export const HEADER_FIELDS: readonly HeaderField[] = [
  { key: 'unit', label: '單位' },
  { key: 'location', label: '所在地' },
  { key: 'name', label: '姓名' },
  { key: 'title', label: '職稱' },
  { key: 'phone', label: '電話' },
  { key: 'gender', label: '性別' },
  { key: 'age', label: '年齡' },
  { key: 'address', label: '地址' },
];

/** The columns of the 優良事蹟 table. */
export const ACHIEVEMENT_COLUMNS = ['項目', '優良事蹟', '初審評語'] as const;

export const CRITERION_IDS = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

export interface Criterion {
  readonly id: CriterionId;
  /** The clause of the 要點 ("要點 五(一)"). */
  readonly clause: string;
  /** The condition as printed in 要點 五. */
  readonly text: string;
  /** Where 附表二 prints the row differently. */
  readonly sourceNote?: string;
}

/** 要點 五: 優良人員至少應符合下列條件之一. */
export const CRITERIA: readonly Criterion[] = [
  {
    id: '1',
    clause: '要點 五(一)',
    text: '推動事業單位職業安全衛生管理、教育訓練、改善安全衛生設施、作業程序、方法等，對促進事業單位之職業安全衛生工作具有顯著績效。',
  },
  { id: '2', clause: '要點 五(二)', text: '職業災害處置得宜，使災害損失減至最低限度。' },
  {
    id: '3',
    clause: '要點 五(三)',
    text: '改善職業安全衛生設施有創新發明或研究，對促進職業安全衛生工作，具有顯著績效。',
  },
  {
    id: '4',
    clause: '要點 五(四)',
    text: '推動勞工作業環境工程控制及改善，對作業環境監測及其分析方法之開發研究，有具體成果或顯著績效。',
  },
  {
    id: '5',
    clause: '要點 五(五)',
    text: '推動職場健康管理、健康促進及營造健康工作環境等勞工健康保護工作，具有顯著績效。',
  },
  { id: '6', clause: '要點 五(六)', text: '辦理職業病預防及推動職業傷病勞工復工管理等工作，具有顯著績效。' },
  {
    id: '7',
    clause: '要點 五(七)',
    text: '其他對於防止職業災害或職業傷病具有貢獻或發明，具有顯著績效。',
    sourceNote: '附表二本列句末未印「。」；依要點 五(七)補上。',
  },
];

export const PERSON_AWARDS = ['功績獎', '技術獎'] as const;
export type PersonAward = (typeof PERSON_AWARDS)[number];

/** 要點 七(一)2(2): what each award is for. */
export const PERSON_AWARD_DEFINITIONS: Readonly<Record<PersonAward, string>> = {
  功績獎: '推動職業安全衛生或勞工健康服務工作有顯著功績者。',
  技術獎: '推行安全衛生工作及職業災害預防具有重大貢獻及發明者。',
};

export const PRIOR_AWARD_STATUSES = ['awarded', 'never', 'other'] as const;
export type PriorAwardStatus = (typeof PRIOR_AWARD_STATUSES)[number];

/** 備註 of 附表二: the person's earlier awards, as printed. */
export const PRIOR_AWARD_OPTIONS: Readonly<Record<PriorAwardStatus, string>> = {
  awarded: '曾獲本部(含前勞委會)優良人員：',
  never: '未曾獲本部(含前勞委會)優良人員',
  other: '其他：',
};

/** The sub-options under 曾獲, each "(打勾者填寫獲獎 年度)". */
export const PRIOR_AWARD_LINES: Readonly<Record<PersonAward, string>> = {
  功績獎: '1. 功績獎(打勾者填寫獲獎 年度)',
  技術獎: '2. 技術獎(打勾者填寫獲獎 年度)',
};

export const PERSON_DECISIONS = ['pass', 'fail', 'other'] as const;
export type PersonDecision = (typeof PERSON_DECISIONS)[number];

/** 初審結果 of 附表二, as printed. */
export const RESULT_OPTIONS: Readonly<Record<PersonDecision, string>> = {
  pass: '初審通過，建議參加下列決審',
  fail: '初審不通過，建議不納入決審',
  other: '其他：',
};

/** The awards under 初審通過, as printed. */
export const RESULT_AWARD_LINES: Readonly<Record<PersonAward, string>> = {
  功績獎: '1. 功績獎',
  技術獎: '2. 技術獎',
};

/** 現場評鑑人員資料及簽名 columns (附表二 prints 任職單位 where 附表一 prints 在職單位). */
export const PANEL_COLUMNS = ['姓名', '任職單位', '職稱', '簽名'] as const;

export const SEAL_LABEL = '推薦單位或事業單位用印';

export const ANNEX2_NOTE = '註：優良事項請具體、量化、簡明予以陳述，黑框部分請審查單位確實填寫。';

export const NOMINATION_ROUTES = ['推薦', '自薦'] as const;
export type NominationRoute = (typeof NOMINATION_ROUTES)[number];

/** 要點 六(二): who may put a person forward. */
export const NOMINATION_RULES: Readonly<Record<NominationRoute, string>> = {
  推薦:
    '(1)由當地勞工行政主管機關、勞動檢查機構、目的事業主管機關、雇主團體、勞工團體、職業安全衛生團體、職業健康照護團體及各有關學術單位，檢具具體資料及推行職業安全衛生或勞工健康服務優良人員推薦表(附表二)，向初審單位推薦。\n(2)由事業單位檢具具體資料及推行職業安全衛生優良人員推薦表(附表二)，向初審單位推薦。',
  自薦: '符合本要點規定條件者，得自行檢具具體資料及推行職業安全衛生優良人員推薦表(附表二)，經其事業單位同意後，向初審單位自薦。',
};
