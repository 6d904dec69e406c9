/**
 * The rules a filled 附表二 must meet before the 初審單位 sends it on, each
 * finding naming its field and what is allowed.
 */
import { CRITERIA, HEADER_FIELDS, PERSON_AWARDS, type HeaderKey, type PersonAward } from './osh-person-113.ts';
import type { PersonnelReview } from './schema.ts';

export type PersonnelRule =
  | 'no-achievement'
  | 'header-missing'
  | 'age-invalid'
  | 'award-invalid'
  | 'award-missing'
  | 'award-conflict'
  | 'result-other-text'
  | 'prior-award-invalid'
  | 'prior-award-year'
  | 'prior-award-status'
  | 'self-nomination-consent'
  | 'comment-missing'
  | 'panel-missing';

/** error: the form cannot go on as it is; warning: the reviewer should look. */
export type PersonnelSeverity = 'error' | 'warning';

export interface PersonnelFinding {
  readonly rule: PersonnelRule;
  readonly severity: PersonnelSeverity;
  /** JSON path of the field ("result.award", "person.age"). */
  readonly path: string;
  /** zh-TW, naming the field and what is allowed. */
  readonly message: string;
}

/** Without these two the form names nobody; the rest are worth a reminder only. */
const REQUIRED_HEADER: readonly HeaderKey[] = ['unit', 'name'];

const AWARD_LIST = PERSON_AWARDS.join('或');

function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

function isPersonAward(value: string): value is PersonAward {
  return (PERSON_AWARDS as readonly string[]).includes(value);
}

function headerFindings(r: PersonnelReview): PersonnelFinding[] {
  const out: PersonnelFinding[] = [];
  for (const field of HEADER_FIELDS) {
    const value = r.person[field.key];
    const missing = value === undefined || (typeof value === 'string' && value.trim() === '');
    if (!missing) continue;
    const required = REQUIRED_HEADER.includes(field.key);
    out.push({
      rule: 'header-missing',
      severity: required ? 'error' : 'warning',
      path: `person.${field.key}`,
      message: `${field.label}：未填寫${required ? '，附表二須載明受推薦人員之' + field.label : ''}。`,
    });
  }
  const age = r.person.age;
  if (age !== undefined && !(Number.isInteger(age) && age > 0)) {
    out.push({ rule: 'age-invalid', severity: 'error', path: 'person.age', message: `年齡：應為正整數（歲），目前為 ${age}。` });
  }
  return out;
}

function achievementFindings(r: PersonnelReview): PersonnelFinding[] {
  const filled = CRITERIA.filter((c) => !blank(r.achievements[c.id]?.text));
  if (filled.length === 0) {
    return [
      {
        rule: 'no-achievement',
        severity: 'error',
        path: 'achievements',
        message: '優良事蹟：七項條件皆未填寫；優良人員至少應符合要點 五所列條件之一，請至少於一項條件填寫具體、量化之優良事蹟。',
      },
    ];
  }
  // 初審評語 belong to the black-framed part the 初審單位 must fill (附表二 註), once it has decided.
  if (r.result?.decision === undefined) return [];
  return filled
    .filter((c) => blank(r.achievements[c.id]?.comment))
    .map((c) => ({
      rule: 'comment-missing' as const,
      severity: 'warning' as const,
      path: `achievements.${c.id}.comment`,
      message: `初審評語：條件 ${c.id}（${c.clause}）已填優良事蹟，尚未填寫初審評語。`,
    }));
}

function resultFindings(r: PersonnelReview): PersonnelFinding[] {
  const result = r.result;
  if (!result) return [];
  const out: PersonnelFinding[] = [];
  const awardGiven = !blank(result.award);
  if (awardGiven && !isPersonAward(result.award!.trim())) {
    out.push({
      rule: 'award-invalid',
      severity: 'error',
      path: 'result.award',
      message: `初審結果：建議獎項「${result.award}」不是優良人員之獎項，可填：${PERSON_AWARDS.join('、')}（要點 七(一)2(2)）。`,
    });
  }
  if (result.decision === 'pass' && !awardGiven) {
    out.push({
      rule: 'award-missing',
      severity: 'error',
      path: 'result.award',
      message: `初審結果：勾選「初審通過，建議參加下列決審」時，應勾選建議之獎項（${AWARD_LIST}）。`,
    });
  }
  if ((result.decision === 'fail' || result.decision === 'other') && awardGiven) {
    out.push({
      rule: 'award-conflict',
      severity: 'error',
      path: 'result.award',
      message: `初審結果：未勾選「初審通過」，不可同時建議獎項「${result.award}」；建議獎項僅於初審通過時填寫。`,
    });
  }
  if (result.decision === undefined && awardGiven) {
    out.push({
      rule: 'award-conflict',
      severity: 'error',
      path: 'result.decision',
      message: `初審結果：已填建議獎項「${result.award}」，但未勾選初審通過、不通過或其他。`,
    });
  }
  if (result.decision === 'other' && blank(result.otherText)) {
    out.push({ rule: 'result-other-text', severity: 'warning', path: 'result.otherText', message: '初審結果：勾選「其他」時，請說明內容。' });
  }
  return out;
}

function priorAwardFindings(r: PersonnelReview): PersonnelFinding[] {
  const prior = r.priorAwards;
  if (!prior) return [];
  const out: PersonnelFinding[] = [];
  const awards = prior.awards ?? [];
  awards.forEach((a, i) => {
    if (!isPersonAward(a.type.trim())) {
      out.push({
        rule: 'prior-award-invalid',
        severity: 'error',
        path: `priorAwards.awards.${i}.type`,
        message: `備註：曾獲獎項「${a.type}」不是本部優良人員之獎項，可填：${PERSON_AWARDS.join('、')}。`,
      });
    }
    if (a.year >= r.selectionYear) {
      out.push({
        rule: 'prior-award-year',
        severity: 'error',
        path: `priorAwards.awards.${i}.year`,
        message: `備註：曾獲${a.type}之年度 ${a.year} 年應早於本次選拔年度 ${r.selectionYear} 年。`,
      });
    }
  });
  if (prior.status === 'awarded' && awards.length === 0) {
    out.push({
      rule: 'prior-award-status',
      severity: 'error',
      path: 'priorAwards.awards',
      message: `備註：勾選「曾獲本部(含前勞委會)優良人員」時，應勾選${AWARD_LIST}並填寫獲獎年度。`,
    });
  }
  if (prior.status === 'never' && awards.length > 0) {
    out.push({
      rule: 'prior-award-status',
      severity: 'error',
      path: 'priorAwards.status',
      message: '備註：勾選「未曾獲本部(含前勞委會)優良人員」，卻列有曾獲獎項；請擇一更正。',
    });
  }
  if (prior.status === 'other' && blank(prior.otherText)) {
    out.push({ rule: 'prior-award-status', severity: 'warning', path: 'priorAwards.otherText', message: '備註：勾選「其他」時，請說明內容。' });
  }
  return out;
}

function nominationFindings(r: PersonnelReview): PersonnelFinding[] {
  const n = r.nomination;
  if (n?.route !== '自薦') return [];
  if (n.employerConsent === true) return [];
  return [
    {
      rule: 'self-nomination-consent',
      severity: n.employerConsent === false ? 'error' : 'warning',
      path: 'nomination.employerConsent',
      message:
        n.employerConsent === false
          ? '推薦方式：自薦應經其事業單位同意後，始得向初審單位自薦（要點 六(二)2）；本件事業單位未同意。'
          : '推薦方式：自薦應經其事業單位同意（要點 六(二)2），請確認並填寫事業單位是否同意。',
    },
  ];
}

function panelFindings(r: PersonnelReview): PersonnelFinding[] {
  if (r.result?.decision === undefined || (r.panel ?? []).length > 0) return [];
  return [
    {
      rule: 'panel-missing',
      severity: 'warning',
      path: 'panel',
      message: '現場評鑑人員資料及簽名：已有初審結果，尚未填寫評鑑人員（姓名、任職單位、職稱）。',
    },
  ];
}

/**
 * Checks a personnel review; an empty list means nothing to fix.
 * @example checkPersonnel(review).filter((f) => f.severity === 'error')
 */
export function checkPersonnel(review: PersonnelReview): PersonnelFinding[] {
  return [
    ...headerFindings(review),
    ...nominationFindings(review),
    ...achievementFindings(review),
    ...priorAwardFindings(review),
    ...resultFindings(review),
    ...panelFindings(review),
  ];
}

/** The award recommended, when the review passes with a valid one; null otherwise. */
export function recommendedAward(review: PersonnelReview): PersonAward | null {
  const award = review.result?.award?.trim();
  return review.result?.decision === 'pass' && award !== undefined && isPersonAward(award) ? award : null;
}
