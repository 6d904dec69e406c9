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

/** A recursive-descent parser over one formula's tokens, by Excel's operator precedence. */
class Parser {
  private at = 0;

  constructor(
    private readonly formula: string,
    private readonly tokens: readonly Token[],
  ) {}

  parse(): FormulaNode {
    const root = this.comparison();
    if (this.at < this.tokens.length) this.fail('Unexpected text after the formula');
    return root;
  }

  private isOp(v: string): boolean {
    const t = this.tokens[this.at];
    return t !== undefined && t.t === 'op' && t.v === v;
  }

  /** The operator at the cursor when it is one of `ops`, consumed. */
  private take(ops: ReadonlySet<string>): string | undefined {
    const t = this.tokens[this.at];
    if (t === undefined || t.t !== 'op' || !ops.has(t.v)) return undefined;
    this.at++;
    return t.v;
  }

  private fail(what: string): never {
    throw new FormulaSyntaxError(`${what} (token ${this.at + 1}) in "${this.formula}"`);
  }

  private comparison(): FormulaNode {
    let left = this.concat();
    for (let op = this.take(COMPARISONS); op; op = this.take(COMPARISONS)) left = { kind: 'binary', op: op as BinaryOp, left, right: this.concat() };
    return left;
  }

  private concat(): FormulaNode {
    let left = this.additive();
    for (let op = this.take(CONCAT); op; op = this.take(CONCAT)) left = { kind: 'binary', op: '&', left, right: this.additive() };
    return left;
  }

  private additive(): FormulaNode {
    let left = this.multiplicative();
    for (let op = this.take(ADDITIVE); op; op = this.take(ADDITIVE)) left = { kind: 'binary', op: op as BinaryOp, left, right: this.multiplicative() };
    return left;
  }

  private multiplicative(): FormulaNode {
    let left = this.power();
    for (let op = this.take(MULTIPLICATIVE); op; op = this.take(MULTIPLICATIVE)) left = { kind: 'binary', op: op as BinaryOp, left, right: this.power() };
    return left;
  }

  // Excel's "^" is left-associative and binds looser than a unary minus: -2^2 is 4.
  private power(): FormulaNode {
    let left = this.unary();
    for (let op = this.take(POWER); op; op = this.take(POWER)) left = { kind: 'binary', op: '^', left, right: this.unary() };
    return left;
  }

  private unary(): FormulaNode {
    const op = this.take(ADDITIVE);
    if (op) return { kind: 'unary', op: op as '-' | '+', arg: this.unary() };
    let node = this.range();
    while (this.take(PERCENT)) node = { kind: 'percent', arg: node };
    return node;
  }

  private range(): FormulaNode {
    const left = this.primary();
    if (!this.take(RANGE)) return left;
    const right = this.primary();
    if (left.kind !== 'cell' || right.kind !== 'cell') return this.fail('Only cell:cell ranges are supported');
    if (right.sheet !== undefined && right.sheet !== left.sheet) return this.fail('A range cannot span sheets');
    return {
      kind: 'range',
      ...(left.sheet !== undefined ? { sheet: left.sheet } : {}),
      r1: Math.min(left.row, right.row),
      c1: Math.min(left.column, right.column),
      r2: Math.max(left.row, right.row),
      c2: Math.max(left.column, right.column),
    };
  }

  private primary(): FormulaNode {
    const t = this.tokens[this.at];
    if (!t) return this.fail('Unexpected end of formula');
    this.at++;
    switch (t.t) {
      case 'num':
        return { kind: 'number', value: t.v };
      case 'str':
        return { kind: 'text', value: t.v };
      case 'err':
        return { kind: 'error', code: t.v };
      case 'op':
        if (t.v === '(') {
          const inner = this.comparison();
          if (!this.isOp(')')) return this.fail('Expected ")"');
          this.at++;
          return inner;
        }
        return this.fail(`Unexpected "${t.v}"`);
      case 'word':
        if (t.sheet === undefined && this.isOp('(')) return this.call(t.v);
        return this.reference(t.v, t.sheet);
    }
  }

  private call(name: string): FormulaNode {
    this.at++; // "("
    const args: FormulaNode[] = [];
    if (this.isOp(')')) {
      this.at++;
      return { kind: 'call', name: name.toUpperCase(), args };
    }
    for (;;) {
      args.push(this.isOp(',') || this.isOp(')') ? { kind: 'missing' } : this.comparison());
      if (this.isOp(',')) {
        this.at++;
        continue;
      }
      if (this.isOp(')')) {
        this.at++;
        return { kind: 'call', name: name.toUpperCase(), args };
      }
      return this.fail('Expected "," or ")" in a function call');
    }
  }

  private reference(word: string, sheet: string | undefined): FormulaNode {
    const cell = cellOf(word, sheet);
    if (cell) return cell;
    if (sheet !== undefined) return this.fail(`"${sheet}!${word}" is not a cell reference`);
    const upper = word.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
    if (word.includes('$')) return this.fail(`"${word}" is not a reference`);
    return { kind: 'name', name: word };
  }
}

const CONCAT = new Set(['&']);
const ADDITIVE = new Set(['+', '-']);
const MULTIPLICATIVE = new Set(['*', '/']);
const POWER = new Set(['^']);
const PERCENT = new Set(['%']);
const RANGE = new Set([':']);

/**
 * Parses one formula ("IF(A1>0,1,2)", no leading "=").
 * @throws FormulaSyntaxError for anything it does not read.
 */
export function parseFormula(formula: string): FormulaNode {
  return new Parser(formula, tokenize(formula)).parse();
}
