/**
 * 民國 (Republic of China) years, which reviewers think in: 民國 1 = 1912.
 */
import { normalizeDigits } from './digits.ts';

export type RocYear = number & { readonly __brand?: 'RocYear' };
export type GregorianYear = number & { readonly __brand?: 'GregorianYear' };

const OFFSET = 1911;

/** 113 → 2024. */
export function rocToGregorian(year: RocYear): GregorianYear {
  return year + OFFSET;
}

/** 2024 → 113. @throws RangeError for years before 1912. */
export function gregorianToRoc(year: GregorianYear): RocYear {
  if (year <= OFFSET) throw new RangeError(`There is no 民國 year for ${year}`);
  return year - OFFSET;
}

/** The 民國 year of an ISO date ("2024-04-15" → 113). */
export function rocYearOfDate(isoDate: string): RocYear {
  return gregorianToRoc(Number(isoDate.slice(0, 4)));
}

/** "113.04.15" (the form's way) for an ISO date. */
export function formatRocDate(isoDate: string): string {
  const [, m, d] = isoDate.split('-');
  return `${rocYearOfDate(isoDate)}.${m}.${d}`;
}

/**
 * Reads a 民國 year typed by a person: "113", "１１３", "民國113年", "113年".
 * Returns undefined when it is not one.
 */
export function parseRocYear(input: string): RocYear | undefined {
  const m = /^(?:民國)?\s*(\d{1,3})\s*年?$/.exec(normalizeDigits(input));
  if (!m) return undefined;
  const year = Number(m[1]);
  return year >= 1 ? year : undefined;
}
