/**
 * Parses the formulas our sheet descriptions hold (English function names,
 * no leading "=") into a small syntax tree. What the parser does not know
 * (array constants, whole-column references, the union and intersection
 * operators, structured references) is a `FormulaSyntaxError`, never a guess.
 */
import { columnIndex } from '../sheets/address.ts';

export type ErrorCode = '#NULL!' | '#DIV/0!' | '#VALUE!' | '#REF!' | '#NAME?' | '#NUM!' | '#N/A';

export const ERROR_CODES: readonly ErrorCode[] = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'];

/** A reference as written: `sheet` is the tab name when the formula names one. */
export interface CellRefNode {
  readonly kind: 'cell';
  readonly sheet?: string;
  readonly row: number;
  readonly column: number;
}

export type FormulaNode =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly code: ErrorCode }
  | { readonly kind: 'missing' }
  | CellRefNode
  | { readonly kind: 'range'; readonly sheet?: string; readonly r1: number; readonly c1: number; readonly r2: number; readonly c2: number }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly FormulaNode[] }
  | { readonly kind: 'unary'; readonly op: '-' | '+'; readonly arg: FormulaNode }
  | { readonly kind: 'percent'; readonly arg: FormulaNode }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: FormulaNode; readonly right: FormulaNode };

export type BinaryOp = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '<=' | '>' | '>=';

/** A formula the parser cannot read; the message names the position and what it found. */
export class FormulaSyntaxError extends Error {
  override readonly name = 'FormulaSyntaxError';
}

type Token =
  | { readonly t: 'num'; readonly v: number }
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'err'; readonly v: ErrorCode }
  | { readonly t: 'word'; readonly v: string; readonly sheet?: string }
  | { readonly t: 'op'; readonly v: string };

const OPS = ['<>', '<=', '>=', '+', '-', '*', '/', '^', '&', '=', '<', '>', '%', '(', ')', ',', ':'];
// Letters of any script: sheet and defined names may be Chinese.
const WORD_START = /[\p{L}_\\$]/u;
const WORD_CHAR = /[\p{L}\p{N}_.\\$]/u;
const NUMBER = /(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/y;

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new FormulaSyntaxError(`${what} at character ${i + 1} of "${formula}"`);
  };
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') {
      i++;
      continue;
    }
    if (ch === '"') {
      let v = '';
      i++;
      for (;;) {
        if (i >= formula.length) fail('Unclosed text');
        if (formula[i] === '"') {
          if (formula[i + 1] === '"') {
            v += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += formula[i++];
      }
      tokens.push({ t: 'str', v });
      continue;
    }
    if (ch === '#') {
      const code = ERROR_CODES.find((c) => formula.startsWith(c, i) || formula.startsWith(c.toLowerCase(), i));
      if (!code) fail('Unknown error value');
      tokens.push({ t: 'err', v: code! });
      i += code!.length;
      continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(formula);
    // A number, unless digits start a row range ("1:3") or run into letters (never valid).
    if (num && !(/[\p{L}_]/u.test(formula[i + num[0].length] ?? ''))) {
      tokens.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (ch === "'") {
      let sheet = '';
      i++;
      for (;;) {
        if (i >= formula.length) fail('Unclosed sheet name');
        if (formula[i] === "'") {
          if (formula[i + 1] === "'") {
            sheet += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        sheet += formula[i++];
      }
      if (formula[i] !== '!') fail('Expected "!" after a quoted sheet name');
      i++;
      const word = readWord();
      if (!word) fail('Expected a reference after the sheet name');
      tokens.push({ t: 'word', v: word, sheet });
      continue;
    }
    if (WORD_START.test(ch)) {
      const word = readWord();
      if (formula[i] === '!') {
        i++;
        const ref = readWord();
        if (!ref) fail('Expected a reference after the sheet name');
        tokens.push({ t: 'word', v: ref, sheet: word });
      } else tokens.push({ t: 'word', v: word });
      continue;
    }
    const op = OPS.find((o) => formula.startsWith(o, i));
    if (!op) fail(`Unexpected "${ch}"`);
    tokens.push({ t: 'op', v: op! });
    i += op!.length;
  }
  return tokens;

  function readWord(): string {
    const start = i;
    while (i < formula.length && WORD_CHAR.test(formula[i]!)) i++;
    return formula.slice(start, i);
  }
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

function cellOf(word: string, sheet: string | undefined): CellRefNode | undefined {
  const m = CELL.exec(word);
  if (!m) return undefined;
  const column = columnIndex(m[1]!.toUpperCase());
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROWS || column > MAX_COLUMNS) return undefined;
  return { kind: 'cell', row, column, ...(sheet !== undefined ? { sheet } : {}) };
}

const COMPARISONS = new Set(['=', '<>', '<', '<=', '>', '>=']);

/**
 * Parses one formula ("IF(A1>0,1,2)", no leading "=").
 * @throws FormulaSyntaxError for anything it does not read.
 */
export function parseFormula(formula: string): FormulaNode {
  const tokens = tokenize(formula);
  let at = 0;
  const peek = () => tokens[at];
  const isOp = (v: string) => {
    const t = tokens[at];
    return t !== undefined && t.t === 'op' && t.v === v;
  };
  const fail = (what: string): never => {
    throw new FormulaSyntaxError(`${what} (token ${at + 1}) in "${formula}"`);
  };

  const comparison = (): FormulaNode => {
    let left = concat();
    for (let t = peek(); t?.t === 'op' && COMPARISONS.has(t.v); t = peek()) {
      at++;
      left = { kind: 'binary', op: t.v as BinaryOp, left, right: concat() };
    }
    return left;
  };
  const concat = (): FormulaNode => {
    let left = additive();
    while (isOp('&')) {
      at++;
      left = { kind: 'binary', op: '&', left, right: additive() };
    }
    return left;
  };
  const additive = (): FormulaNode => {
    let left = multiplicative();
    for (let t = peek(); t?.t === 'op' && (t.v === '+' || t.v === '-'); t = peek()) {
      at++;
      left = { kind: 'binary', op: t.v, left, right: multiplicative() };
    }
    return left;
  };
  const multiplicative = (): FormulaNode => {
    let left = power();
    for (let t = peek(); t?.t === 'op' && (t.v === '*' || t.v === '/'); t = peek()) {
      at++;
      left = { kind: 'binary', op: t.v, left, right: power() };
    }
    return left;
  };
  // Excel's "^" is left-associative and binds looser than a unary minus: -2^2 is 4.
  const power = (): FormulaNode => {
    let left = unary();
    while (isOp('^')) {
      at++;
      left = { kind: 'binary', op: '^', left, right: unary() };
    }
    return left;
  };
  const unary = (): FormulaNode => {
    const t = peek();
    if (t?.t === 'op' && (t.v === '-' || t.v === '+')) {
      at++;
      return { kind: 'unary', op: t.v, arg: unary() };
    }
    return percent();
  };
  const percent = (): FormulaNode => {
    let node = range();
    while (isOp('%')) {
      at++;
      node = { kind: 'percent', arg: node };
    }
    return node;
  };
  const range = (): FormulaNode => {
    const left = primary();
    if (!isOp(':')) return left;
    at++;
    const right = primary();
    if (left.kind !== 'cell' || right.kind !== 'cell') return fail('Only cell:cell ranges are supported');
    const l = left as CellRefNode;
    const r = right as CellRefNode;
    if (r.sheet !== undefined && r.sheet !== l.sheet) return fail('A range cannot span sheets');
    return {
      kind: 'range',
      ...(l.sheet !== undefined ? { sheet: l.sheet } : {}),
      r1: Math.min(l.row, r.row),
      c1: Math.min(l.column, r.column),
      r2: Math.max(l.row, r.row),
      c2: Math.max(l.column, r.column),
    };
  };
  const primary = (): FormulaNode => {
    const t = peek();
    if (!t) return fail('Unexpected end of formula');
    at++;
    switch (t.t) {
      case 'num':
        return { kind: 'number', value: t.v };
      case 'str':
        return { kind: 'text', value: t.v };
      case 'err':
        return { kind: 'error', code: t.v };
      case 'op':
        if (t.v === '(') {
          const inner = comparison();
          if (!isOp(')')) return fail('Expected ")"');
          at++;
          return inner;
        }
        return fail(`Unexpected "${t.v}"`);
      case 'word': {
        if (t.sheet === undefined && isOp('(')) {
          at++;
          const args: FormulaNode[] = [];
          if (isOp(')')) {
            at++;
            return { kind: 'call', name: t.v.toUpperCase(), args };
          }
          for (;;) {
            args.push(isOp(',') || isOp(')') ? { kind: 'missing' } : comparison());
            if (isOp(',')) {
              at++;
              continue;
            }
            if (isOp(')')) {
              at++;
              break;
            }
            return fail('Expected "," or ")" in a function call');
          }
          return { kind: 'call', name: t.v.toUpperCase(), args };
        }
        const cell = cellOf(t.v, t.sheet);
        if (cell) return cell;
        if (t.sheet !== undefined) return fail(`"${t.sheet}!${t.v}" is not a cell reference`);
        const upper = t.v.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
        if (t.v.includes('$')) return fail(`"${t.v}" is not a reference`);
        return { kind: 'name', name: t.v };
      }
    }
  };

  const root = comparison();
  if (at < tokens.length) fail('Unexpected text after the formula');
  return root;
}
