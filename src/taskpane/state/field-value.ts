/**
 * What a person types into a field, turned into the value its named cell
 * takes (and back), with the reason when it is not one. Messages are codes;
 * the components word them in the pane's language.
 */
import { normalizeDigits } from '../../facts/digits.ts';
import { checkIndustryCode } from '../../facts/industry.ts';
import { gregorianToRoc, parseRocYear, rocYearOfDate } from '../../facts/roc-year.ts';
import { checkUbn } from '../../facts/ubn.ts';
import { isoToSerial, parseDateText, parseYesNoText, serialToIso, NO, YES, type FieldKind, type InputField } from '../../sheets/fields.ts';
import type { CellValue } from '../../sheets/types.ts';

/** Why typed text is not a value for its field. */
export type FieldIssue =
  | { readonly code: 'ubn-format' }
  | { readonly code: 'ubn-checksum' }
  | { readonly code: 'industry-code' }
  | { readonly code: 'digits'; readonly digits: number }
  | { readonly code: 'number' }
  | { readonly code: 'integer' }
  /** `gregorian` when a 西元 year was typed, so the message can give the 民國 year. */
  | { readonly code: 'roc-year'; readonly gregorian?: number }
  | { readonly code: 'date' }
  | { readonly code: 'choice' }
  | { readonly code: 'required' };

export type FieldParse = { readonly ok: true; readonly cell: CellValue } | { readonly ok: false; readonly issue: FieldIssue };

const cell = (value: CellValue): FieldParse => ({ ok: true, cell: value });
const issue = (i: FieldIssue): FieldParse => ({ ok: false, issue: i });

/** The 統一編號 field, checked with its checksum. */
export const UBN_FIELD = 'cand_ubn';

/** A non-negative decimal typed with full-width digits or thousands separators. */
export function parseDecimal(text: string): number | undefined {
  const s = normalizeDigits(text).replace(/[,，]/g, '');
  return /^\d+(\.\d+)?$|^\.\d+$/.test(s) ? Number(s) : undefined;
}

/**
 * Parses what was typed into `field`. Blank text clears the cell (null),
 * unless the field is `required`.
 * Text fields keep every character as typed.
 */
export function parseFieldText(field: InputField, text: string, required = false): FieldParse {
  const kind = field.kind;
  if (text.trim() === '') return required ? issue({ code: 'required' }) : cell(null);
  switch (kind.type) {
    case 'text':
      return cell(text);
    case 'code': {
      if (field.name === UBN_FIELD) {
        const digits = normalizeDigits(text);
        if (!/^\d{8}$/.test(digits)) return issue({ code: 'ubn-format' });
        const check = checkUbn(digits);
        return check.ok ? cell(check.ubn) : issue({ code: 'ubn-checksum' });
      }
      if (kind.digits === 3) {
        const check = checkIndustryCode(text);
        return check.ok ? cell(check.code) : issue({ code: 'industry-code' });
      }
      const digits = normalizeDigits(text);
      if (kind.digits !== undefined && !new RegExp(`^\\d{${kind.digits}}$`).test(digits)) return issue({ code: 'digits', digits: kind.digits });
      return cell(digits);
    }
    case 'number': {
      const n = parseDecimal(text);
      return n === undefined ? issue({ code: 'number' }) : cell(n);
    }
    case 'integer': {
      const n = parseDecimal(text);
      return n === undefined || !Number.isInteger(n) ? issue({ code: 'integer' }) : cell(n);
    }
    case 'rocYear': {
      const y = parseRocYear(text);
      if (y !== undefined && y < 300) return cell(y);
      const g = Number(normalizeDigits(text).replace(/^西元|年$/g, ''));
      return issue(Number.isInteger(g) && g > 1911 && g < 2300 ? { code: 'roc-year', gregorian: g } : { code: 'roc-year' });
    }
    case 'date': {
      const iso = parseDateText(text);
      return iso !== undefined ? cell(isoToSerial(iso)) : issue({ code: 'date' });
    }
    case 'yesNo': {
      const yes = parseYesNoText(text);
      return yes !== undefined ? cell(yes ? YES : NO) : issue({ code: 'choice' });
    }
    case 'choice':
      return kind.values.includes(text) ? cell(text) : issue({ code: 'choice' });
  }
}

/** The ISO date a date cell holds, or undefined. */
export function cellDate(value: CellValue | undefined): string | undefined {
  if (typeof value === 'number') return value > 0 ? serialToIso(value) : undefined;
  if (typeof value === 'string') {
    return parseDateText(value);
  }
  return undefined;
}

/** "113/04/15" for "2024-04-15": how a reviewer writes a date. */
export function rocDateText(iso: string): string {
  const [, m, d] = iso.split('-');
  return `${rocYearOfDate(iso)}/${m}/${d}`;
}

export type DateStyle = 'roc' | 'iso';

/** A cell value as the text its input shows. */
export function formatCellText(kind: FieldKind, value: CellValue | undefined, dates: DateStyle = 'roc'): string {
  if (value === null || value === undefined) return '';
  if (kind.type === 'date') {
    const iso = cellDate(value);
    if (iso === undefined) return String(value);
    return dates === 'roc' && Number(iso.slice(0, 4)) > 1911 ? rocDateText(iso) : iso;
  }
  if (typeof value === 'boolean') return value ? YES : NO;
  return String(value);
}

/** Whether two cell values are the same value. */
export function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  return (a ?? null) === (b ?? null);
}

/** The 民國 year of `now`. */
export function currentRocYear(now: Date = new Date()): number {
  return gregorianToRoc(now.getFullYear());
}

/** `now` as an ISO date in local time. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
