/**
 * Excel's typed input, en-US: what a cell ends up holding when a string is
 * written through `Range.values` or `Range.formulas` (the API takes it as if
 * typed into the cell). Sources: Microsoft's support articles "Stop
 * automatically changing numbers to dates", "Display numbers as dates or
 * times", "Keeping leading zeros and large numbers", "Format numbers as
 * text" (a leading apostrophe, or the Text format "@", keeps text as typed),
 * and office-js#229 (writing "2018-12-31" to a General cell stores a date
 * and sets the format "m/d/yyyy") and office-js#1559 (dates parse by the
 * locale's order). Approximations are noted where they are made.
 */
import type { CellValue } from './state.ts';

interface TypedValue {
  readonly value: CellValue;
  readonly formula: string | null;
  /** The number format Excel gives a General cell for what was typed (dates, times, %, currency, …). */
  readonly numberFormat?: string;
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Excel's 1900 date system (dates from 1900-03-01; earlier ones are rare enough to leave out). */
function serial(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return undefined;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  if (t < Date.UTC(1900, 2, 1)) return undefined;
  return (t - EPOCH) / DAY_MS;
}

/** Two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999 (Windows' default cutoff). */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/** A month's full English name or its three-letter abbreviation. */
function monthOf(name: string): number | undefined {
  const lower = name.toLowerCase();
  const i = MONTHS.findIndex((m) => m === lower || m.slice(0, 3) === lower);
  return i < 0 ? undefined : i + 1;
}

/** A date as typed in en-US: m/d/y, m/d, y/m/d, d-mmm-y, mmm-y, mmm d, y (separators "/" or "-"). */
function parseDate(s: string, thisYear: number): { serial: number; format: string } | undefined {
  let m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(s);
  if (m) return withFormat(serial(Number(m[1]), Number(m[2]), Number(m[3])), 'm/d/yyyy');
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{1,4})$/.exec(s);
  if (m) return withFormat(serial(fullYear(m[3]!), Number(m[1]), Number(m[2])), 'm/d/yyyy');
  m = /^(\d{1,2})[/-](\d{1,2})$/.exec(s);
  // "4/15" is 15 April of this year ("4/2024", four digits, is a month below).
  if (m) return withFormat(serial(thisYear, Number(m[1]), Number(m[2])), 'd-mmm');
  m = /^(\d{1,2})[/-](\d{4})$/.exec(s);
  if (m) return withFormat(serial(Number(m[2]), Number(m[1]), 1), 'mmm-yy');
  m = /^(\d{1,2})[\s/-]+([A-Za-z]{3,9})\.?(?:[\s/-]+(\d{2}|\d{4}))?$/.exec(s);
  if (m) {
    const month = monthOf(m[2]!);
    if (month !== undefined) return withFormat(serial(m[3] ? fullYear(m[3]) : thisYear, month, Number(m[1])), m[3] ? 'd-mmm-yy' : 'd-mmm');
  }
  m = /^([A-Za-z]{3,9})\.?[\s/-]+(\d{1,2})(?:,?\s+(\d{4}))?$/.exec(s);
  if (m) {
    const month = monthOf(m[1]!);
    if (month !== undefined) return withFormat(serial(m[3] ? Number(m[3]) : thisYear, month, Number(m[2])), m[3] ? 'd-mmm-yy' : 'd-mmm');
  }
  m = /^([A-Za-z]{3,9})\.?[\s/-]+(\d{4})$/.exec(s);
  if (m) {
    const month = monthOf(m[1]!);
    if (month !== undefined) return withFormat(serial(Number(m[2]), month, 1), 'mmm-yy');
  }
  return undefined;
}

function withFormat(value: number | undefined, format: string): { serial: number; format: string } | undefined {
  return value === undefined ? undefined : { serial: value, format };
}

/** A time of day: h:mm, h:mm:ss, with AM/PM (or a/p); hours past 24 as elapsed time are left out. */
function parseTime(s: string): { fraction: number; format: string } | undefined {
  const m = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2}(?:\.\d+)?))?(?:\s*([ap])m?)?$/i.exec(s);
  if (!m) {
    const h = /^(\d{1,2})\s*([ap])m?$/i.exec(s);
    if (!h) return undefined;
    return time(Number(h[1]), 0, 0, h[2]!, 'h AM/PM');
  }
  const format = m[4] ? (m[3] ? 'h:mm:ss AM/PM' : 'h:mm AM/PM') : m[3] ? 'h:mm:ss' : 'h:mm';
  return time(Number(m[1]), Number(m[2]), Number(m[3] ?? 0), m[4], format);
}

function time(h: number, min: number, sec: number, half: string | undefined, format: string): { fraction: number; format: string } | undefined {
  if (min > 59 || sec >= 60) return undefined;
  let hours = h;
  if (half) {
    if (h < 1 || h > 12) return undefined;
    hours = (h % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  } else if (h > 23) return undefined;
  return { fraction: (hours * 3600 + min * 60 + sec) / 86_400, format };
}

/** A number as typed: sign or parentheses, "$", thousands separators, decimals, exponent, "%". */
function parseNumber(s: string): { value: number; format?: string } | undefined {
  const m = /^([+-]?)(\(?)(\$?)([+-]?)((?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?)(?:[eE]([+-]?\d+))?(%?)(\)?)$/.exec(s);
  if (!m) return undefined;
  const [, sign1, open, dollar, sign2, digits, exponent, percent, close] = m;
  if (!digits || digits === '.' || (open && !close) || (close && !open) || (sign1 && sign2)) return undefined;
  if (exponent !== undefined && (dollar || percent || digits.includes(','))) return undefined;
  if (dollar && percent) return undefined;
  let value = Number(`${digits.replace(/,/g, '')}${exponent !== undefined ? `e${exponent}` : ''}`);
  if (!Number.isFinite(value)) return undefined;
  if (open || sign1 === '-' || sign2 === '-') value = -value;
  if (percent) value /= 100;
  const decimals = digits.includes('.') ? '.00' : '';
  if (exponent !== undefined) return { value, format: '0.00E+00' };
  if (percent) return { value, format: `0${decimals}%` };
  if (dollar) return { value, format: `$#,##0${decimals}` };
  if (digits.includes(',')) return { value, format: `#,##0${decimals}` };
  return { value };
}

/**
 * What Excel stores for a string typed into a cell of the given format.
 * "" clears; a leading apostrophe keeps the rest as text; a cell formatted
 * as text ("@") keeps everything as written; "=…" is a formula (so is "+…"
 * or "-…" that is not a number); otherwise numbers, percentages, currency,
 * scientific notation, dates, times and TRUE/FALSE become typed values
 * (leading zeros and surrounding spaces dropped), and the rest stays text.
 *
 * @param thisYear the year Excel fills in for a date typed without one
 */
export function typedString(raw: string, numberFormat: string, thisYear = new Date().getFullYear()): TypedValue {
  if (raw === '') return { value: null, formula: null };
  if (numberFormat === '@') return { value: raw, formula: null };
  if (raw.startsWith("'")) return { value: raw.slice(1), formula: null };
  if (raw.length > 1 && raw.startsWith('=')) return { value: null, formula: raw };
  const s = raw.trim();
  const general = numberFormat === 'General';
  const typed = (value: number, format: string | undefined): TypedValue => ({ value, formula: null, ...(general && format ? { numberFormat: format } : {}) });
  const number = parseNumber(s);
  if (number) return typed(number.value, number.format);
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true', formula: null };
  const time = parseTime(s);
  if (time) return typed(time.fraction, time.format);
  const date = parseDate(s, thisYear);
  if (date) return typed(date.serial, date.format);
  const dateTime = /^(.+?)\s+(\d{1,2}:\d{1,2}(?::\d{1,2})?(?:\s*[ap]m?)?)$/i.exec(s);
  if (dateTime) {
    const d = parseDate(dateTime[1]!, thisYear);
    const t = parseTime(dateTime[2]!);
    if (d && t) return typed(d.serial + t.fraction, 'm/d/yyyy h:mm');
  }
  if (raw.length > 1 && (raw.startsWith('+') || raw.startsWith('-'))) return { value: null, formula: `=${raw}` };
  return { value: raw, formula: null };
}
