/**
 * The groups of 基本資料, from fields.ts: the candidate, the review (its
 * year and date are required: the workbook cannot be read without them),
 * the construction project and the corporate image.
 */
import { BASIC_FIELDS, CONSTRUCTION_FIELDS, IMAGE_FIELDS, type InputField } from '../../../sheets/fields.ts';

/** Fields the workbook cannot do without. */
export const REQUIRED_FIELDS: ReadonlySet<string> = new Set(['review_year', 'review_date']);

export interface BasicStepGroups {
  readonly candidate: readonly InputField[];
  readonly review: readonly InputField[];
  readonly construction: readonly InputField[];
  readonly image: readonly InputField[];
}

const GROUPS: BasicStepGroups = {
  candidate: BASIC_FIELDS.filter((f) => !f.name.startsWith('review_')),
  review: BASIC_FIELDS.filter((f) => f.name.startsWith('review_')),
  construction: CONSTRUCTION_FIELDS,
  image: IMAGE_FIELDS,
};

export function useBasicStep(): BasicStepGroups {
  return GROUPS;
}
