/**
 * The worksheet functions the evaluator knows, with Excel's rules for each:
 * how it treats references (text and blanks in a range are skipped by SUM,
 * AND, COUNT…) against values typed as arguments (coerced), which arguments
 * it evaluates at all (IF, IFERROR, CHOOSE are lazy), and its errors.
 * A function missing here is an `UnsupportedFormulaError`.
 */
import type { FormulaNode } from './parse.ts';
import { formatText } from './text-format.ts';
import { UnsupportedFormulaError } from './unsupported.ts';
import {
  compare,
  dateSerial,
  EMPTY,
  err,
  type ErrorValue,
  type FormulaValue,
  isError,
  num,
  roundTo,
  type Scalar,
  serialParts,
  textToNumber,
  toBoolean,
  toNumber,
  toText,
} from './values.ts';

/** A rectangle of cells on one sheet (by key), as a reference evaluates. */
export interface RangeRef {
  readonly kind: 'ref';
  readonly sheet: string;
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

export type Evaluated = Scalar | RangeRef;

export function isRange(v: Evaluated): v is RangeRef {
  return typeof v === 'object' && v !== null && 'kind' in v;
}

/** What a function sees of the formula being evaluated. */
export interface Context {
  /** The argument's value, a reference left as one. */
  evaluate(node: FormulaNode): Evaluated;
  /** The argument's value, a reference reduced to one cell (implicit intersection). */
  value(node: FormulaNode): Scalar;
  /** The cells of a range, row by row. */
  cells(ref: RangeRef): Scalar[];
}

type Fn = (args: readonly FormulaNode[], ctx: Context) => Evaluated;

interface FunctionSpec {
  readonly min: number;
  readonly max: number;
  readonly fn: Fn;
}

const MANY = 255;

// ---------------------------------------------------------------- helpers

/** `f` of a result, or the error the result is: every argument check ends in this. */
function ok<T>(result: T | ErrorValue, f: (value: T) => Evaluated): Evaluated {
  return isError(result) ? result : f(result);
}

/** Applies `f` to the argument as a number, or passes its error on. */
function withNumber(ctx: Context, node: FormulaNode, f: (n: number) => Evaluated): Evaluated {
  return ok(toNumber(ctx.value(node)), f);
}

function withText(ctx: Context, node: FormulaNode, f: (s: string) => Evaluated): Evaluated {
  return ok(toText(ctx.value(node)), f);
}

/** The arguments as text, or the first error. */
function textsOf(ctx: Context, nodes: readonly FormulaNode[]): string[] | ErrorValue {
  const out: string[] = [];
  for (const node of nodes) {
    const s = toText(ctx.value(node));
    if (isError(s)) return s;
    out.push(s);
  }
  return out;
}

/** The arguments as numbers, or the first error; optional ones (missing) default. */
function numbersOf(ctx: Context, nodes: readonly FormulaNode[], defaults: readonly number[] = []): number[] | ErrorValue {
  const out: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.kind === 'missing' && defaults[i] !== undefined) {
      out.push(defaults[i]!);
      continue;
    }
    const n = toNumber(ctx.value(node));
    if (isError(n)) return n;
    out.push(n);
  }
  for (let i = nodes.length; i < defaults.length; i++) out.push(defaults[i]!);
  return out;
}

/**
 * The values of a list of arguments as one function counts them: each cell
 * of a reference through `fromCell` (undefined: the cell is skipped), each
 * value typed as an argument through `fromValue`; the first error, in a
 * cell or from a conversion, is the result.
 */
function collect<T>(
  ctx: Context,
  nodes: readonly FormulaNode[],
  rules: { readonly skipMissing: boolean; readonly fromCell: (c: Scalar) => T | undefined; readonly fromValue: (v: Scalar) => T | ErrorValue },
): T[] | ErrorValue {
  const out: T[] = [];
  for (const node of nodes) {
    if (rules.skipMissing && node.kind === 'missing') continue;
    const v = ctx.evaluate(node);
    if (isRange(v)) {
      for (const c of ctx.cells(v)) {
        if (isError(c)) return c;
        const t = rules.fromCell(c);
        if (t !== undefined) out.push(t);
      }
    } else {
      const t = rules.fromValue(v);
      if (isError(t)) return t;
      out.push(t);
    }
  }
  return out;
}

/**
 * Numbers for SUM, MIN, MAX, AVERAGE…: in a reference only numbers count
 * (text, logical values and blanks are skipped) and an error is the result;
 * a value typed as an argument is converted, text that is no number being #VALUE!.
 */
function aggregate(ctx: Context, nodes: readonly FormulaNode[]): number[] | ErrorValue {
  return collect(ctx, nodes, { skipMissing: true, fromCell: (c) => (typeof c === 'number' ? c : undefined), fromValue: toNumber });
}

/** The logical values AND and OR combine: in references text and blanks are skipped. */
function logicals(ctx: Context, nodes: readonly FormulaNode[]): boolean[] | ErrorValue {
  return collect(ctx, nodes, {
    skipMissing: false,
    fromCell: (c) => (typeof c === 'boolean' ? c : typeof c === 'number' ? c !== 0 : undefined),
    fromValue: toBoolean,
  });
}

/** AND, OR, XOR: `f` of the logical values, #VALUE! when there are none. */
const combine = (f: (b: boolean[]) => boolean) => (a: readonly FormulaNode[], ctx: Context) => ok(logicals(ctx, a), (b) => (b.length === 0 ? err('#VALUE!') : f(b)));

/** SUM, MIN, MAX…: `f` of the numbers. */
const over = (f: (n: number[]) => Evaluated) => (a: readonly FormulaNode[], ctx: Context) => ok(aggregate(ctx, a), f);

/** COUNT, COUNTA: how many cells of the references, and typed arguments, count (errors are not results here). */
const tally = (inCell: (c: Scalar) => boolean, typed: (v: Scalar) => boolean) => (a: readonly FormulaNode[], ctx: Context) => {
  let count = 0;
  for (const node of a) {
    if (node.kind === 'missing') continue;
    const v = ctx.evaluate(node);
    if (isRange(v)) count += ctx.cells(v).filter(inCell).length;
    else if (typed(v)) count++;
  }
  return count;
};

/** LEFT, RIGHT: the text and how many characters (1 when not given, #VALUE! when negative). */
const fromEnd = (f: (s: string, k: number) => string) => (a: readonly FormulaNode[], ctx: Context) =>
  withText(ctx, a[0]!, (s) => ok(numbersOf(ctx, a.slice(1), [1]), (n) => (Math.trunc(n[0]!) < 0 ? err('#VALUE!') : f(s, Math.trunc(n[0]!)))));

function rangeArg(ctx: Context, node: FormulaNode, fn: string): RangeRef {
  const v = ctx.evaluate(node);
  if (!isRange(v)) throw new UnsupportedFormulaError(`${fn} needs a reference where the formula gives a value`);
  return v;
}

function wildcard(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '~' && i + 1 < pattern.length) re += pattern[++i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (ch === '*') re += '[\\s\\S]*';
    else if (ch === '?') re += '[\\s\\S]';
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

/**
 * A COUNTIF/SUMIF criterion as a test on cells: "五星獎" (text, case-
 * insensitive, with * ? ~), 111 or "111" (numbers), ">="&110, "<>是", "" (blank).
 */
export function criterion(c: Scalar): ((cell: Scalar) => boolean) | ErrorValue {
  if (isError(c)) return c;
  if (c === EMPTY) return (cell) => cell === 0 || cell === EMPTY;
  if (typeof c === 'number') return (cell) => (typeof cell === 'number' ? compare(cell, c) === 0 : typeof cell === 'string' && textToNumber(cell) === c);
  if (typeof c === 'boolean') return (cell) => cell === c;
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(c)!;
  const op = m[1] ?? '';
  const rest = m[2]!;
  const n = textToNumber(rest);
  const upper = rest.toUpperCase();
  let equals: (cell: Scalar) => boolean;
  if (rest === '') equals = op === '' ? (cell) => cell === EMPTY || cell === '' : (cell) => cell === EMPTY;
  else if (n !== undefined) equals = (cell) => (typeof cell === 'number' ? compare(cell, n) === 0 : typeof cell === 'string' && textToNumber(cell) === n);
  else if (upper === 'TRUE' || upper === 'FALSE') equals = (cell) => cell === (upper === 'TRUE');
  else {
    const re = wildcard(rest);
    equals = (cell) => typeof cell === 'string' && re.test(cell);
  }
  if (op === '' || op === '=') return equals;
  if (op === '<>') return (cell) => !equals(cell);
  const holds = (order: number) => (op === '<' ? order < 0 : op === '<=' ? order <= 0 : op === '>' ? order > 0 : order >= 0);
  if (n !== undefined) return (cell) => typeof cell === 'number' && holds(compare(cell, n));
  return (cell) => typeof cell === 'string' && holds(compare(cell, rest));
}

/** COUNTIFS/SUMIFS: which cells (by position) meet every (range, criterion) pair. */
function matching(ctx: Context, pairs: readonly FormulaNode[], fn: string): boolean[] | ErrorValue {
  if (pairs.length % 2 !== 0) throw new UnsupportedFormulaError(`${fn} takes ranges and criteria in pairs`);
  let hits: boolean[] | undefined;
  let shape: RangeRef | undefined;
  for (let i = 0; i < pairs.length; i += 2) {
    const ref = rangeArg(ctx, pairs[i]!, fn);
    const test = criterion(ctx.value(pairs[i + 1]!));
    if (isError(test)) return test;
    if (shape && (shape.r2 - shape.r1 !== ref.r2 - ref.r1 || shape.c2 - shape.c1 !== ref.c2 - ref.c1)) return err('#VALUE!');
    shape = ref;
    const cells = ctx.cells(ref);
    hits = cells.map((cell, j) => (hits ? hits[j]! : true) && test(cell));
  }
  return hits ?? [];
}

const serialOf = (ctx: Context, node: FormulaNode, f: (p: ReturnType<typeof serialParts>) => number): Evaluated =>
  withNumber(ctx, node, (n) => (n < 0 || n >= 2_958_466 ? err('#NUM!') : f(serialParts(n))));

/** CHAR's codes 128–159 in Windows-1252, the code page Excel on Windows uses. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const isErrorValue = (v: Scalar) => isError(v);

// ---------------------------------------------------------------- the table

const FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  // Logic
  IF: {
    min: 2,
    max: 3,
    fn: (a, ctx) => {
      const test = toBoolean(ctx.value(a[0]!));
      if (isError(test)) return test;
      const branch = test ? a[1] : a[2];
      if (branch === undefined) return test ? true : false;
      if (branch.kind === 'missing') return 0;
      return ctx.evaluate(branch);
    },
  },
  AND: { min: 1, max: MANY, fn: combine((b) => b.every(Boolean)) },
  OR: { min: 1, max: MANY, fn: combine((b) => b.some(Boolean)) },
  XOR: { min: 1, max: MANY, fn: combine((b) => b.filter(Boolean).length % 2 === 1) },
  NOT: { min: 1, max: 1, fn: (a, ctx) => ok(toBoolean(ctx.value(a[0]!)), (b) => !b) },
  TRUE: { min: 0, max: 0, fn: () => true },
  FALSE: { min: 0, max: 0, fn: () => false },
  IFERROR: { min: 2, max: 2, fn: (a, ctx) => { const v = ctx.value(a[0]!); return isError(v) ? ctx.evaluate(a[1]!) : v === EMPTY ? 0 : v; } },
  IFNA: { min: 2, max: 2, fn: (a, ctx) => { const v = ctx.value(a[0]!); return isError(v) && v.error === '#N/A' ? ctx.evaluate(a[1]!) : v === EMPTY ? 0 : v; } },
  CHOOSE: {
    min: 2,
    max: MANY,
    fn: (a, ctx) =>
      withNumber(ctx, a[0]!, (n) => {
        const i = Math.trunc(n);
        return i < 1 || i >= a.length ? err('#VALUE!') : ctx.evaluate(a[i]!);
      }),
  },

  // Information
  ISNUMBER: { min: 1, max: 1, fn: (a, ctx) => typeof ctx.value(a[0]!) === 'number' },
  ISTEXT: { min: 1, max: 1, fn: (a, ctx) => typeof ctx.value(a[0]!) === 'string' },
  ISNONTEXT: { min: 1, max: 1, fn: (a, ctx) => typeof ctx.value(a[0]!) !== 'string' },
  ISLOGICAL: { min: 1, max: 1, fn: (a, ctx) => typeof ctx.value(a[0]!) === 'boolean' },
  ISBLANK: { min: 1, max: 1, fn: (a, ctx) => ctx.value(a[0]!) === EMPTY },
  ISERROR: { min: 1, max: 1, fn: (a, ctx) => isErrorValue(ctx.value(a[0]!)) },
  ISERR: { min: 1, max: 1, fn: (a, ctx) => { const v = ctx.value(a[0]!); return isError(v) && v.error !== '#N/A'; } },
  ISNA: { min: 1, max: 1, fn: (a, ctx) => { const v = ctx.value(a[0]!); return isError(v) && v.error === '#N/A'; } },
  ISEVEN: { min: 1, max: 1, fn: (a, ctx) => withNumber(ctx, a[0]!, (n) => Math.trunc(n) % 2 === 0) },
  ISODD: { min: 1, max: 1, fn: (a, ctx) => withNumber(ctx, a[0]!, (n) => Math.abs(Math.trunc(n) % 2) === 1) },
  N: { min: 1, max: 1, fn: (a, ctx) => { const v = ctx.value(a[0]!); return typeof v === 'number' || isError(v) ? v : v === true ? 1 : 0; } },
  T: { min: 1, max: 1, fn: (a, ctx) => { const v = ctx.value(a[0]!); return typeof v === 'string' || isError(v) ? v : ''; } },
  NA: { min: 0, max: 0, fn: () => err('#N/A') },

  // Maths
  ABS: { min: 1, max: 1, fn: (a, ctx) => withNumber(ctx, a[0]!, Math.abs) },
  INT: { min: 1, max: 1, fn: (a, ctx) => withNumber(ctx, a[0]!, Math.floor) },
  SIGN: { min: 1, max: 1, fn: (a, ctx) => withNumber(ctx, a[0]!, (n) => num(Math.sign(n))) },
  SQRT: { min: 1, max: 1, fn: (a, ctx) => withNumber(ctx, a[0]!, (n) => (n < 0 ? err('#NUM!') : Math.sqrt(n))) },
  ROUND: { min: 2, max: 2, fn: (a, ctx) => ok(numbersOf(ctx, a), (n) => roundTo(n[0]!, n[1]!)) },
  ROUNDUP: { min: 2, max: 2, fn: (a, ctx) => ok(numbersOf(ctx, a), (n) => roundTo(n[0]!, n[1]!, 'up')) },
  ROUNDDOWN: { min: 2, max: 2, fn: (a, ctx) => ok(numbersOf(ctx, a), (n) => roundTo(n[0]!, n[1]!, 'down')) },
  TRUNC: { min: 1, max: 2, fn: (a, ctx) => ok(numbersOf(ctx, a, [0, 0]), (n) => roundTo(n[0]!, n[1]!, 'down')) },
  MOD: {
    min: 2,
    max: 2,
    fn: (a, ctx) => ok(numbersOf(ctx, a), ([x, d]) => (d === 0 ? err('#DIV/0!') : num(x! - d! * Math.floor(x! / d!)))),
  },
  POWER: { min: 2, max: 2, fn: (a, ctx) => ok(numbersOf(ctx, a), (n) => power(n[0]!, n[1]!)) },
  SUM: { min: 1, max: MANY, fn: over((n) => num(n.reduce((s, x) => s + x, 0))) },
  PRODUCT: { min: 1, max: MANY, fn: over((n) => num(n.length === 0 ? 0 : n.reduce((s, x) => s * x, 1))) },
  MIN: { min: 1, max: MANY, fn: over((n) => (n.length === 0 ? 0 : Math.min(...n))) },
  MAX: { min: 1, max: MANY, fn: over((n) => (n.length === 0 ? 0 : Math.max(...n))) },
  AVERAGE: { min: 1, max: MANY, fn: over((n) => (n.length === 0 ? err('#DIV/0!') : num(n.reduce((s, x) => s + x, 0) / n.length))) },
  // In references only numbers count; typed arguments count when they are numbers.
  COUNT: { min: 1, max: MANY, fn: tally((c) => typeof c === 'number', (v) => typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && textToNumber(v) !== undefined)) },
  COUNTA: { min: 1, max: MANY, fn: tally((c) => c !== EMPTY, () => true) },
  COUNTBLANK: { min: 1, max: 1, fn: (a, ctx) => ctx.cells(rangeArg(ctx, a[0]!, 'COUNTBLANK')).filter((c) => c === EMPTY || c === '').length },
  COUNTIF: { min: 2, max: 2, fn: (a, ctx) => ok(matching(ctx, a, 'COUNTIF'), (hits) => hits.filter(Boolean).length) },
  COUNTIFS: { min: 2, max: MANY, fn: (a, ctx) => ok(matching(ctx, a, 'COUNTIFS'), (hits) => hits.filter(Boolean).length) },
  SUMIF: {
    min: 2,
    max: 3,
    fn: (a, ctx) => {
      const hits = matching(ctx, a.slice(0, 2), 'SUMIF');
      if (isError(hits)) return hits;
      const cells = ctx.cells(rangeArg(ctx, a[2] ?? a[0]!, 'SUMIF'));
      return num(cells.reduce<number>((s, c, i) => s + (hits[i] && typeof c === 'number' ? c : 0), 0));
    },
  },
  SUMIFS: {
    min: 3,
    max: MANY,
    fn: (a, ctx) => {
      const hits = matching(ctx, a.slice(1), 'SUMIFS');
      if (isError(hits)) return hits;
      const cells = ctx.cells(rangeArg(ctx, a[0]!, 'SUMIFS'));
      if (cells.length !== hits.length) return err('#VALUE!');
      return num(cells.reduce<number>((s, c, i) => s + (hits[i] && typeof c === 'number' ? c : 0), 0));
    },
  },

  // Text
  TEXT: {
    min: 2,
    max: 2,
    fn: (a, ctx) => {
      const v = ctx.value(a[0]!);
      const format = toText(ctx.value(a[1]!));
      if (isError(v)) return v;
      if (isError(format)) return format;
      // A logical value is not formatted as a number: TEXT(TRUE,"0") is "TRUE".
      if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
      if (typeof v === 'string') {
        const n = textToNumber(v);
        return formatText(n ?? v, format);
      }
      const n = toNumber(v);
      return isError(n) ? n : formatText(n, format);
    },
  },
  TRIM: { min: 1, max: 1, fn: (a, ctx) => withText(ctx, a[0]!, (s) => s.replace(/ +/g, ' ').replace(/^ | $/g, '')) },
  LEN: { min: 1, max: 1, fn: (a, ctx) => withText(ctx, a[0]!, (s) => s.length) },
  UPPER: { min: 1, max: 1, fn: (a, ctx) => withText(ctx, a[0]!, (s) => s.toUpperCase()) },
  LOWER: { min: 1, max: 1, fn: (a, ctx) => withText(ctx, a[0]!, (s) => s.toLowerCase()) },
  // CLEAN drops the first 32 codes (the non-printing characters of 7-bit ASCII).
  CLEAN: { min: 1, max: 1, fn: (a, ctx) => withText(ctx, a[0]!, (s) => [...s].filter((ch) => ch.charCodeAt(0) >= 32).join('')) },
  MID: {
    min: 3,
    max: 3,
    fn: (a, ctx) =>
      withText(ctx, a[0]!, (s) => {
        const n = numbersOf(ctx, a.slice(1));
        if (isError(n)) return n;
        const start = Math.trunc(n[0]!);
        const length = Math.trunc(n[1]!);
        return start < 1 || length < 0 ? err('#VALUE!') : s.slice(start - 1, start - 1 + length);
      }),
  },
  LEFT: { min: 1, max: 2, fn: fromEnd((s, k) => s.slice(0, k)) },
  RIGHT: { min: 1, max: 2, fn: fromEnd((s, k) => (k === 0 ? '' : s.slice(-k))) },
  FIND: { min: 2, max: 3, fn: (a, ctx) => find(a, ctx, false) },
  SEARCH: { min: 2, max: 3, fn: (a, ctx) => find(a, ctx, true) },
  SUBSTITUTE: {
    min: 3,
    max: 4,
    fn: (a, ctx) => {
      const t = textsOf(ctx, a.slice(0, 3));
      if (isError(t)) return t;
      const [text, old, replacement] = t;
      if (old === '') return text!;
      if (a[3] === undefined) return text!.split(old!).join(replacement!);
      return withNumber(ctx, a[3], (k) => {
        const which = Math.trunc(k);
        if (which < 1) return err('#VALUE!');
        let from = -1;
        for (let i = 0; i < which; i++) {
          from = text!.indexOf(old!, from + 1);
          if (from < 0) return text!;
        }
        return text!.slice(0, from) + replacement + text!.slice(from + old!.length);
      });
    },
  },
  REPLACE: {
    min: 4,
    max: 4,
    fn: (a, ctx) =>
      withText(ctx, a[0]!, (s) => {
        const n = numbersOf(ctx, [a[1]!, a[2]!]);
        if (isError(n)) return n;
        const r = toText(ctx.value(a[3]!));
        if (isError(r)) return r;
        const start = Math.trunc(n[0]!);
        const length = Math.trunc(n[1]!);
        return start < 1 || length < 0 ? err('#VALUE!') : s.slice(0, start - 1) + r + s.slice(start - 1 + length);
      }),
  },
  REPT: {
    min: 2,
    max: 2,
    fn: (a, ctx) =>
      withText(ctx, a[0]!, (s) => withNumber(ctx, a[1]!, (k) => (k < 0 || s.length * Math.trunc(k) > 32_767 ? err('#VALUE!') : s.repeat(Math.trunc(k))))),
  },
  CONCATENATE: {
    min: 1,
    max: MANY,
    fn: (a, ctx) => ok(textsOf(ctx, a), (t) => t.join('')),
  },
  EXACT: {
    min: 2,
    max: 2,
    fn: (a, ctx) => withText(ctx, a[0]!, (x) => withText(ctx, a[1]!, (y) => x === y)),
  },
  VALUE: {
    min: 1,
    max: 1,
    fn: (a, ctx) => {
      const v = ctx.value(a[0]!);
      if (typeof v === 'string') return textToNumber(v) ?? err('#VALUE!');
      // VALUE takes text; a number passes, a logical value is #VALUE!.
      if (typeof v === 'boolean') return err('#VALUE!');
      return toNumber(v);
    },
  },
  CHAR: {
    min: 1,
    max: 1,
    fn: (a, ctx) =>
      withNumber(ctx, a[0]!, (n) => {
        const code = Math.trunc(n);
        if (code < 1 || code > 255) return err('#VALUE!');
        return code >= 128 && code < 160 ? CP1252[code - 128]! : String.fromCharCode(code);
      }),
  },
  CODE: {
    min: 1,
    max: 1,
    fn: (a, ctx) =>
      withText(ctx, a[0]!, (s) => {
        if (s === '') return err('#VALUE!');
        const i = CP1252.indexOf(s[0]!);
        return i >= 0 ? 128 + i : s.charCodeAt(0);
      }),
  },
  UNICHAR: { min: 1, max: 1, fn: (a, ctx) => withNumber(ctx, a[0]!, (n) => (n < 1 || n > 0x10ffff ? err('#VALUE!') : String.fromCodePoint(Math.trunc(n)))) },
  UNICODE: { min: 1, max: 1, fn: (a, ctx) => withText(ctx, a[0]!, (s) => (s === '' ? err('#VALUE!') : s.codePointAt(0)!)) },

  // Dates (serials in the 1900 system)
  DATE: {
    min: 3,
    max: 3,
    fn: (a, ctx) => {
      const n = numbersOf(ctx, a);
      if (isError(n)) return n;
      let year = Math.trunc(n[0]!);
      if (year < 0 || year > 9999) return err('#NUM!');
      if (year < 1900) year += 1900;
      const serial = dateSerial(year, Math.trunc(n[1]!), Math.trunc(n[2]!));
      return serial < 0 ? err('#NUM!') : serial;
    },
  },
  YEAR: { min: 1, max: 1, fn: (a, ctx) => serialOf(ctx, a[0]!, (p) => p.year) },
  MONTH: { min: 1, max: 1, fn: (a, ctx) => serialOf(ctx, a[0]!, (p) => p.month) },
  DAY: { min: 1, max: 1, fn: (a, ctx) => serialOf(ctx, a[0]!, (p) => p.day) },

  // Lookup
  ROWS: { min: 1, max: 1, fn: (a, ctx) => { const r = rangeArg(ctx, a[0]!, 'ROWS'); return r.r2 - r.r1 + 1; } },
  COLUMNS: { min: 1, max: 1, fn: (a, ctx) => { const r = rangeArg(ctx, a[0]!, 'COLUMNS'); return r.c2 - r.c1 + 1; } },
  INDEX: {
    min: 2,
    max: 3,
    fn: (a, ctx) => {
      const r = rangeArg(ctx, a[0]!, 'INDEX');
      const n = numbersOf(ctx, a.slice(1), [0, 0]);
      if (isError(n)) return n;
      let [row, column] = n.map(Math.trunc) as [number, number];
      const height = r.r2 - r.r1 + 1;
      const width = r.c2 - r.c1 + 1;
      // INDEX(one row, k) picks the k-th column.
      if (a.length === 2 && height === 1) [row, column] = [1, row];
      if (row < 0 || column < 0 || row > height || column > width) return err('#REF!');
      return {
        kind: 'ref',
        sheet: r.sheet,
        r1: row === 0 ? r.r1 : r.r1 + row - 1,
        r2: row === 0 ? r.r2 : r.r1 + row - 1,
        c1: column === 0 ? r.c1 : r.c1 + column - 1,
        c2: column === 0 ? r.c2 : r.c1 + column - 1,
      };
    },
  },
  MATCH: {
    min: 2,
    max: 3,
    fn: (a, ctx) => {
      const wanted = ctx.value(a[0]!);
      if (isError(wanted)) return wanted;
      const mode = a[2] === undefined ? 1 : toNumber(ctx.value(a[2]));
      if (isError(mode)) return mode;
      if (mode !== 0) throw new UnsupportedFormulaError('MATCH is supported with match_type 0 (exact) only');
      const r = rangeArg(ctx, a[1]!, 'MATCH');
      if (r.r1 !== r.r2 && r.c1 !== r.c2) return err('#N/A');
      const test = typeof wanted === 'string' ? criterion(`=${wanted}`) : criterion(wanted);
      if (isError(test)) return test;
      const i = ctx.cells(r).findIndex((c) => c !== EMPTY && test(c));
      return i < 0 ? err('#N/A') : i + 1;
    },
  },
};

/** x^y with Excel's errors: 0^0 is #NUM!, 0 to a negative power #DIV/0!. */
export function power(x: number, y: number): FormulaValue {
  if (x === 0 && y === 0) return err('#NUM!');
  if (x === 0 && y < 0) return err('#DIV/0!');
  return num(Math.pow(x, y));
}

function find(a: readonly FormulaNode[], ctx: Context, insensitive: boolean): Evaluated {
  const t = textsOf(ctx, a.slice(0, 2));
  if (isError(t)) return t;
  const [needle, hay] = t as [string, string];
  const n = numbersOf(ctx, a.slice(2), [1]);
  if (isError(n)) return n;
  const start = Math.trunc(n[0]!);
  if (start < 1 || start > hay.length + 1) return err('#VALUE!');
  if (!insensitive) {
    const i = hay.indexOf(needle, start - 1);
    return i < 0 ? err('#VALUE!') : i + 1;
  }
  const re = new RegExp(wildcard(needle).source.slice(1, -1), 'i');
  const m = re.exec(hay.slice(start - 1));
  return m ? m.index + start : err('#VALUE!');
}

/** The names of the functions the evaluator knows. */
export const SUPPORTED_FUNCTIONS: readonly string[] = Object.keys(FUNCTIONS);

function specOf(name: string): FunctionSpec {
  const bare = name.replace(/^_xlfn\./i, '');
  const spec = Object.hasOwn(FUNCTIONS, bare) ? FUNCTIONS[bare] : undefined;
  if (!spec) throw new UnsupportedFormulaError(`function ${name} is not supported by the formula evaluator`);
  return spec;
}

/**
 * Checks that the evaluator knows `name` and takes `count` arguments, before
 * any evaluation: a function in a branch IF does not take is caught too.
 * @throws UnsupportedFormulaError naming the function
 */
export function checkCall(name: string, count: number): void {
  const spec = specOf(name);
  if (count < spec.min || count > spec.max) {
    throw new UnsupportedFormulaError(`${name} takes ${spec.min === spec.max ? spec.min : `${spec.min} to ${spec.max}`} arguments, got ${count}`);
  }
}

/** Calls a worksheet function (checked with `checkCall` beforehand). */
export function callFunction(name: string, args: readonly FormulaNode[], ctx: Context): Evaluated {
  return specOf(name).fn(args, ctx);
}
