/**
 * Excel's values and its conversions between them: what a number is as text
 * ("General"), what text is as a number, what counts as TRUE, and how two
 * values of any types compare. One place, so every function agrees.
 */
import type { ErrorCode } from './parse.ts';

/** An error value, shaped like ExcelJS's `CellErrorValue` so a writer can pass it on. */
export interface ErrorValue {
  readonly error: ErrorCode;
}

/** What a formula can give: the value a spreadsheet caches for the cell. */
export type FormulaValue = number | string | boolean | ErrorValue;

/** An empty cell, as a reference sees it (a formula never results in it: it shows 0). */
export const EMPTY: unique symbol = Symbol('empty');
export type Scalar = FormulaValue | typeof EMPTY;

const errors = new Map<ErrorCode, ErrorValue>();
/** The (shared, frozen) error value for a code. */
export function err(code: ErrorCode): ErrorValue {
  let e = errors.get(code);
  if (!e) {
    e = Object.freeze({ error: code });
    errors.set(code, e);
  }
  return e;
}

export function isError(v: unknown): v is ErrorValue {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/** Excel's largest and smallest doubles are finite; anything else is #NUM!. */
export function num(n: number): number | ErrorValue {
  if (!Number.isFinite(n)) return err('#NUM!');
  return n === 0 ? 0 : n; // no -0
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** A date as Excel's serial in the 1900 system (its phantom 29 Feb 1900 included). */
export function dateSerial(year: number, month: number, day: number): number {
  // Date.UTC carries months and days over, as DATE does.
  const serial = (Date.UTC(year, month - 1, day) - EPOCH) / DAY_MS;
  return serial < 61 ? serial - 1 : serial;
}

/** Serial → { year, month, day }, serial 60 being Excel's 29 February 1900. */
export function serialParts(serial: number): { year: number; month: number; day: number } {
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const d = new Date(EPOCH + (whole < 60 ? whole + 1 : whole) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const NUMERIC = /^[+-]?(\d+(,\d{3})*(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** Text as Excel reads it in arithmetic: "3", " 1,234.5 ", "50%", "2024/4/15"; undefined when it is not a number. */
export function textToNumber(text: string): number | undefined {
  const t = text.trim();
  if (NUMERIC.test(t)) {
    const percent = t.endsWith('%');
    const n = Number(t.replace(/[,%]/g, ''));
    return percent ? n / 100 : n;
  }
  const d = ISO_DATE.exec(t);
  if (d) {
    const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
    if (m >= 1 && m <= 12 && day >= 1 && day <= 31) {
      const serial = dateSerial(y, m, day);
      const back = serialParts(serial);
      if (back.month === m && back.day === day) return serial;
    }
  }
  return undefined;
}

export function toNumber(v: Scalar): number | ErrorValue {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === EMPTY) return 0;
  if (typeof v === 'string') return textToNumber(v) ?? err('#VALUE!');
  return v;
}

export function toText(v: Scalar): string | ErrorValue {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return generalText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v === EMPTY) return '';
  return v;
}

export function toBoolean(v: Scalar): boolean | ErrorValue {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v === EMPTY) return false;
  if (typeof v === 'string') {
    const u = v.toUpperCase();
    if (u === 'TRUE') return true;
    if (u === 'FALSE') return false;
    return err('#VALUE!');
  }
  return v;
}

/** Decimal digits and exponent of `n` rounded to `digits` significant digits: 1234.5 → ["12345", 3]. */
function decimal(n: number, digits: number): { readonly digits: string; readonly exponent: number } {
  const [mantissa, exp] = Math.abs(n).toExponential(digits - 1).split('e');
  return { digits: mantissa!.replace('.', '').replace(/0+$/, '') || '0', exponent: Number(exp) };
}

/**
 * A number as text the way Excel's "General" turns it into text for `&` and
 * TEXT(x,"General"): at most 15 significant digits, no trailing zeros,
 * scientific ("1.23456789012346E+15", "1E-10") when it would need more than
 * 15 digits before the point or is below 1E-9.
 */
export function generalText(n: number): string {
  if (n === 0) return '0';
  const sign = n < 0 ? '-' : '';
  const { digits, exponent } = decimal(n, 15);
  if (exponent >= 15 || exponent < -9) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}E${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  if (digits.length <= exponent + 1) return `${sign}${digits}${'0'.repeat(exponent + 1 - digits.length)}`;
  return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}

/** `n` times 10^k, exactly as the decimal digits say (no binary drift: 2.675 × 100 is 267.5). */
function shift(n: number, k: number): number {
  const [mantissa, exp] = n.toExponential().split('e');
  return Number(`${mantissa}e${Number(exp) + k}`);
}

/**
 * ROUND's rounding: half away from zero on the number's decimal digits as
 * Excel shows them (15 significant), so ROUND(2.675,2) is 2.68 although the
 * double 2.675 lies just below it.
 */
export function roundTo(n: number, places: number, mode: 'half' | 'up' | 'down' = 'half'): number {
  if (n === 0 || !Number.isFinite(n)) return n;
  const p = Math.trunc(places);
  const shown = Number(Math.abs(n).toPrecision(15));
  const scaled = shift(shown, p);
  const r = mode === 'half' ? Math.floor(scaled + 0.5) : mode === 'up' ? Math.ceil(scaled) : Math.floor(scaled);
  const out = r === 0 ? 0 : shift(r, -p);
  return n < 0 ? -out : out;
}

/** Numbers equal to 15 significant digits compare equal, as in Excel (=0.1+0.2=0.3 is TRUE). */
function numberOrder(a: number, b: number): number {
  if (a === b) return 0;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  if (Math.abs(a - b) <= scale * 1e-15) return 0;
  return a < b ? -1 : 1;
}

/** Excel's text order for comparisons: case-insensitive. */
function textOrder(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y ? 0 : x < y ? -1 : 1;
}

const TYPE_RANK = { number: 0, string: 1, boolean: 2 } as const;

/**
 * Compares two values as Excel's = and < do: an empty cell is 0, "" or FALSE
 * to match the other side; otherwise numbers < text < logical values.
 */
export function compare(a: Exclude<Scalar, ErrorValue>, b: Exclude<Scalar, ErrorValue>): number {
  if (a === EMPTY && b === EMPTY) return 0;
  const x = a === EMPTY ? blankLike(b as FormulaValue) : a;
  const y = b === EMPTY ? blankLike(a as FormulaValue) : b;
  const tx = typeof x as 'number' | 'string' | 'boolean';
  const ty = typeof y as 'number' | 'string' | 'boolean';
  if (tx !== ty) return TYPE_RANK[tx] < TYPE_RANK[ty] ? -1 : 1;
  if (tx === 'number') return numberOrder(x as number, y as number);
  if (tx === 'string') return textOrder(x as string, y as string);
  return x === y ? 0 : x ? 1 : -1;
}

function blankLike(v: FormulaValue): number | string | boolean {
  return typeof v === 'string' ? '' : typeof v === 'boolean' ? false : 0;
}
