/**
 * The 資格審查 step's groups from fields.ts, the 民國 year of each rates
 * column, the award rows to show (the filled ones and one blank), and the
 * cells that remove an award row (the rows below move up).
 */
import { AWARD_FIELDS, CONCERN_FIELDS, ELIGIBILITY_FIELDS, RATE_YEARS, type InputField } from '../../../sheets/fields.ts';
import type { CellValue } from '../../../sheets/types.ts';
import type { CellValues } from '../../state/draft.ts';

const byName = (name: string): InputField => ELIGIBILITY_FIELDS.find((f) => f.name === name)!;

export const ELIGIBILITY_GROUPS = {
  facts: ['elig_department', 'elig_major_disaster', 'elig_disability_1to9', 'elig_industry_code_corrected'].map(byName),
  average: ['elig_avg_fr', 'elig_avg_sr'].map(byName),
  oshms: ['elig_oshms_required', 'elig_toshms_until', 'elig_perf_until'].map(byName),
  safetyWeek: ['elig_safety_week_plan', 'elig_safety_week_results'].map(byName),
  concerns: CONCERN_FIELDS,
} as const;

export interface RateColumn {
  /** 1 is Y-3 … 3 is Y-1. */
  readonly n: number;
  /** The 民國 year, when the selection year is known. */
  readonly year: number | undefined;
  readonly fields: readonly { readonly field: InputField; readonly basis: 'own' | 'con'; readonly measure: 'fr' | 'sr' }[];
}

export function rateColumns(values: CellValues): RateColumn[] {
  const y = typeof values.review_year === 'number' ? values.review_year : undefined;
  return RATE_YEARS.map((n) => ({
    n,
    year: y === undefined ? undefined : y - 4 + n,
    fields: (['own', 'con'] as const).flatMap((basis) =>
      (['fr', 'sr'] as const).map((measure) => ({ field: byName(`elig_${basis}_${measure}_${n}`), basis, measure })),
    ),
  }));
}

const filled = (v: CellValue | undefined) => v !== null && v !== undefined && v !== '';

/** How many award rows to show: every filled row and one blank after them. */
export function visibleAwardRows(values: CellValues, drafts: Readonly<Record<string, string>>): number {
  let last = 0;
  AWARD_FIELDS.forEach((row, i) => {
    if ([row.type.name, row.year.name].some((n) => filled(values[n]) || drafts[n] !== undefined)) last = i + 1;
  });
  return Math.min(last + 1, AWARD_FIELDS.length);
}

/** The award cells after removing row `index` (0-based): the rows below move up. */
export function removeAwardRow(values: CellValues, index: number): Record<string, CellValue> {
  const rows = AWARD_FIELDS.map((row) => [values[row.type.name] ?? null, values[row.year.name] ?? null] as const);
  rows.splice(index, 1);
  const out: Record<string, CellValue> = {};
  AWARD_FIELDS.forEach((row, i) => {
    out[row.type.name] = rows[i]?.[0] ?? null;
    out[row.year.name] = rows[i]?.[1] ?? null;
  });
  return out;
}

export function useEligibilityStep(values: CellValues) {
  return { groups: ELIGIBILITY_GROUPS, rates: rateColumns(values) };
}
