/**
 * TEXT(value, format) for the number format codes a review workbook uses:
 * digit placeholders (0 # ?), a decimal point, thousands separators, %,
 * quoted and escaped literals, sections (positive;negative;zero;text),
 * "General", "@" and dates (yyyy yy m mm d dd, h hh mm ss). A code outside
 * that set is an `UnsupportedFormulaError`, not a wrong string.
 */
import { UnsupportedFormulaError } from './unsupported.ts';
import { generalText, roundTo, serialParts } from './values.ts';

type Part = { readonly kind: 'literal'; readonly text: string } | { readonly kind: 'code'; readonly text: string };

/** Splits one section into literals and code characters. */
function lex(section: string): Part[] {
  const parts: Part[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      if (end < 0) throw new UnsupportedFormulaError(`TEXT format "${section}" has an unclosed quote`);
      parts.push({ kind: 'literal', text: section.slice(i + 1, end) });
      i = end;
    } else if (ch === '\\') {
      parts.push({ kind: 'literal', text: section[++i] ?? '' });
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inside = section.slice(i + 1, end);
      // Colours change nothing in text; conditions and locales would.
      if (!/^(black|blue|cyan|green|magenta|red|white|yellow|color\d+)$/i.test(inside)) throw new UnsupportedFormulaError(`TEXT format code "[${inside}]" is not supported`);
      i = end;
    } else if (ch === '_' || ch === '*') {
      // "_x" leaves the width of x, "*x" repeats x to fill a cell: as text, a space and nothing.
      if (ch === '_') parts.push({ kind: 'literal', text: ' ' });
      i++;
    } else if ('$-+/():!^&\'~{}<>= '.includes(ch) || /[^\x20-\x7e]/.test(ch)) {
      parts.push({ kind: 'literal', text: ch });
    } else parts.push({ kind: 'code', text: ch });
  }
  return parts;
}

function sections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end + 1;
      current += format.slice(i, stop);
      i = stop - 1;
    } else if (ch === '\\') {
      current += format.slice(i, i + 2);
      i++;
    } else if (ch === ';') {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

const DATE_CODES = /[yYdDhHsS]/;

/** Formats a number with one section of a format code. */
function formatNumber(value: number, section: string, minus: boolean): string {
  const parts = lex(section);
  const code = parts.filter((p) => p.kind === 'code').map((p) => p.text).join('');
  if (/^general$/i.test(code.trim())) return (minus && value < 0 ? '-' : '') + generalText(Math.abs(value));
  if (DATE_CODES.test(code) || (/m/i.test(code) && !/[0#?]/.test(code))) return formatDate(value, parts);
  if (/[eE]/.test(code)) throw new UnsupportedFormulaError(`TEXT format "${section}": scientific notation is not supported`);
  if (/[^0#?.,%]/.test(code)) throw new UnsupportedFormulaError(`TEXT format "${section}" holds "${code.replace(/[0#?.,%]/g, '')}", which is not supported`);

  // Layout: literals, integer placeholders, [".", fraction placeholders], literals.
  const firstDigit = parts.findIndex((p) => p.kind === 'code' && /[0#?.]/.test(p.text));
  let lastDigit = -1;
  parts.forEach((p, i) => {
    if (p.kind === 'code' && /[0#?.,]/.test(p.text)) lastDigit = i;
  });
  let prefix = '';
  let suffix = '';
  let body = '';
  let percent = 0;
  parts.forEach((p, i) => {
    if (p.kind === 'code' && p.text === '%') {
      percent++;
      if (firstDigit < 0 || i > lastDigit) suffix += '%';
      else prefix += '%';
      return;
    }
    if (firstDigit >= 0 && i >= firstDigit && i <= lastDigit) {
      if (p.kind === 'literal') throw new UnsupportedFormulaError(`TEXT format "${section}": text between digit placeholders is not supported`);
      body += p.text;
    } else if (firstDigit < 0 || i < firstDigit) prefix += p.text;
    else suffix += p.text;
  });
  const point = body.indexOf('.');
  let integer = point < 0 ? body : body.slice(0, point);
  const fraction = point < 0 ? '' : body.slice(point + 1).replace(/,/g, '');
  // Trailing commas scale by thousands; a comma between placeholders groups.
  let scale = 0;
  while (integer.endsWith(',')) {
    scale++;
    integer = integer.slice(0, -1);
  }
  const grouped = integer.includes(',');
  integer = integer.replace(/,/g, '');

  let n = Math.abs(value) * 100 ** percent / 1000 ** scale;
  n = roundTo(n, fraction.length);
  const sign = minus && value < 0 && n !== 0 ? '-' : '';
  const [whole, frac = ''] = decimalString(n, fraction.length).split('.');

  let intText = whole === '0' ? '' : whole!;
  const minInt = (integer.match(/0/g) ?? []).length;
  if (intText.length < minInt) intText = intText.padStart(minInt, '0');
  const spaceInt = (integer.match(/\?/g) ?? []).length + minInt;
  if (intText.length < spaceInt) intText = intText.padStart(spaceInt, ' ');
  if (grouped) intText = intText.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

  let fracText = '';
  for (let i = 0; i < fraction.length; i++) {
    const digit = frac[i] ?? '0';
    fracText += digit;
  }
  // Optional places (# and ?) drop trailing zeros; "?" keeps their width.
  for (let i = fraction.length - 1; i >= 0 && fracText[i] === '0'; i--) {
    if (fraction[i] === '0') break;
    fracText = fracText.slice(0, i) + (fraction[i] === '?' ? ' ' : '') + fracText.slice(i + 1);
  }
  const pointText = point < 0 ? '' : '.';
  return `${sign}${prefix}${intText}${pointText}${fracText}${suffix}`;
}

/** `n` (already rounded to `places`) as plain decimal digits, never in exponent form. */
function decimalString(n: number, places: number): string {
  if (n >= 1e21) return BigInt(Math.round(n)).toString();
  return n.toFixed(places);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function formatDate(serial: number, parts: Part[]): string {
  if (serial < 0) return '#'.repeat(10); // Excel shows a negative date as hashes.
  const { year, month, day } = serialParts(serial);
  const seconds = Math.round((serial - Math.floor(serial)) * 86_400);
  const h = Math.floor(seconds / 3600) % 24;
  const mi = Math.floor(seconds / 60) % 60;
  const s = seconds % 60;
  let out = '';
  let lastWasHour = false;
  const codes = parts.map((p) => (p.kind === 'code' ? p.text : null));
  for (let i = 0; i < parts.length; ) {
    const p = parts[i]!;
    if (p.kind === 'literal') {
      out += p.text;
      i++;
      continue;
    }
    const ch = p.text.toLowerCase();
    let run = 1;
    while (codes[i + run]?.toLowerCase() === ch) run++;
    i += run;
    // "m" after an hour or before seconds is minutes.
    const nextCode = codes.slice(i).find((c) => c !== null && /[a-z]/i.test(c))?.toLowerCase();
    switch (ch) {
      case 'y':
        out += run <= 2 ? pad2(year % 100) : String(year);
        break;
      case 'm':
        if (lastWasHour || nextCode === 's') out += run === 1 ? String(mi) : pad2(mi);
        else if (run <= 2) out += run === 1 ? String(month) : pad2(month);
        else throw new UnsupportedFormulaError('TEXT format: month names are not supported');
        break;
      case 'd':
        if (run > 2) throw new UnsupportedFormulaError('TEXT format: day names are not supported');
        out += run === 1 ? String(day) : pad2(day);
        break;
      case 'h':
        out += run === 1 ? String(h) : pad2(h);
        break;
      case 's':
        out += run === 1 ? String(s) : pad2(s);
        break;
      case '.':
      case ',':
        out += p.text.repeat(run);
        break;
      default:
        throw new UnsupportedFormulaError(`TEXT format code "${p.text}" is not supported in a date`);
    }
    lastWasHour = ch === 'h';
  }
  return out;
}

/**
 * TEXT(value, format) for a number; text values go through the text section
 * or come back unchanged, as in Excel.
 * @throws UnsupportedFormulaError for a format code outside the supported set
 */
export function formatText(value: number | string, format: string): string {
  const all = sections(format);
  if (typeof value === 'string') {
    const textSection = all[3] ?? (all.length === 1 && all[0]!.includes('@') ? all[0] : undefined);
    if (textSection === undefined) return value;
    return lex(textSection)
      .map((p) => (p.kind === 'code' && p.text === '@' ? value : p.text))
      .join('');
  }
  if (all.length === 1 && all[0]!.trim() === '@') return generalText(value);
  if (value < 0 && all.length >= 2) return formatNumber(value, all[1]!, false);
  if (value === 0 && all.length >= 3) return formatNumber(value, all[2]!, false);
  return formatNumber(value, all[0]!, true);
}
