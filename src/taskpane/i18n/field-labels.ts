/**
 * Labels of the named input fields. Chinese labels are the workbook's own
 * (fields.ts); English ones are here, by defined name.
 */
import type { InputField } from '../../sheets/fields.ts';
import { AWARD_ROWS, LABOR_CONCERN_NAMES, PANEL_ROWS, RATE_YEARS } from '../../sheets/fields.ts';
import type { Locale } from './strings.ts';

const EN_CONCERN: Record<keyof typeof LABOR_CONCERN_NAMES, string> = {
  過勞: 'Overwork (過勞)',
  責任制爭議: 'Disputes over exempt working hours (責任制爭議)',
  身心健康事件: 'Physical or mental health incidents (身心健康事件)',
  重大勞資爭議: 'Major labour disputes (重大勞資爭議)',
};

function rateLabels(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of RATE_YEARS) {
    const year = `year −${4 - n}`;
    out[`elig_own_fr_${n}`] = `Unit's own FR, ${year}`;
    out[`elig_own_sr_${n}`] = `Unit's own SR, ${year}`;
    out[`elig_con_fr_${n}`] = `FR including contractors, ${year}`;
    out[`elig_con_sr_${n}`] = `SR including contractors, ${year}`;
  }
  return out;
}

function rowLabels(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 1; i <= AWARD_ROWS; i++) {
    out[`elig_award_type_${i}`] = `Award ${i}: award`;
    out[`elig_award_year_${i}`] = `Award ${i}: year (ROC)`;
  }
  for (let i = 1; i <= PANEL_ROWS; i++) {
    out[`panel_name_${i}`] = `Reviewer ${i}: name`;
    out[`panel_org_${i}`] = `Reviewer ${i}: organisation`;
    out[`panel_title_${i}`] = `Reviewer ${i}: title`;
  }
  return out;
}

/** English labels by defined name. */
export const EN_FIELD_LABELS: Readonly<Record<string, string>> = {
  cand_name: 'Unit name',
  cand_address: 'Address',
  cand_representative: 'Representative',
  cand_classification_no: 'Unit classification number',
  cand_phone: 'Phone',
  cand_workers_own: 'Workers (own)',
  cand_workers_contractors: 'Workers (contractors)',
  cand_insurance_no: 'Labour insurance number',
  cand_ubn: 'Unified business number (統一編號)',
  cand_industry_name: 'Industry (name)',
  cand_industry_code: 'Industry subclass code (3 digits)',
  cand_safety_staff: 'Safety and health staff (one per line)',
  review_unit: 'Reviewing office',
  review_year: 'Selection year (ROC)',
  review_date: 'Review date',
  review_id: 'Review number',
  cand_project_name: 'Project name',
  cand_project_permit: 'Building permit number',
  cand_project_summary: 'Project summary',
  cand_project_period: 'Start and expected completion',
  cand_project_progress: 'Progress',
  cand_project_evidence: 'Other supporting documents',
  cand_image_sharing: 'Shares safety and health know-how with society',
  cand_image_sharing_text: 'Particulars (know-how sharing)',
  cand_image_welfare: 'Public safety work (incl. families and the community)',
  cand_image_welfare_text: 'Particulars (public safety work)',
  cand_image_other: 'Other',
  cand_image_other_text: 'Particulars (other)',
  opinion_strengths: 'Strengths (優點)',
  opinion_suggestions: 'Suggestions (建議)',
  result_decision: 'Result (初審結果)',
  result_other: 'Result (other, please explain)',
  elig_department: 'Entered as a department of a unit',
  elig_major_disaster: 'Major disaster in the selection year or the three years before',
  elig_disability_1to9: 'Disabling injury of grades 1–9 in the selection year or the three years before',
  elig_industry_code_corrected: 'Industry code corrected to (subclass code)',
  elig_avg_fr: 'Industry average FR (previous three years)',
  elig_avg_sr: 'Industry average SR (previous three years)',
  elig_awards_none: 'No award in the past four years (優良獎, 五星獎, 國家職業安全衛生獎)',
  elig_oshms_required: 'Must build an OSH management system (管理辦法 第十二條之二)',
  elig_toshms_until: 'TOSHMS certificate valid until',
  elig_perf_until: 'Management system performance review valid until',
  elig_safety_week_plan: 'Submitted a Safety and Health Week plan with evidence',
  elig_safety_week_results: 'Submitted its results and holds a participation certificate',
  ...Object.fromEntries(Object.entries(LABOR_CONCERN_NAMES).map(([concern, name]) => [name, EN_CONCERN[concern as keyof typeof EN_CONCERN]])),
  ...rateLabels(),
  ...rowLabels(),
};

/** The label of `field` in `locale`. */
export function fieldLabel(field: InputField, locale: Locale): string {
  return locale === 'en-US' ? (EN_FIELD_LABELS[field.name] ?? field.label) : field.label;
}
