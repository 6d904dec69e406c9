/**
 * Evaluates every formula of a workbook described as plain data (a
 * `WorkbookDescription` fits as it is) with Excel's semantics, so a writer
 * can store each formula's result in the file: a mail preview, Quick Look or
 * Protected View shows what Excel would, without recalculating.
 *
 * Cells are evaluated on demand, each once, so a cell's inputs are always
 * evaluated before it (dependency order); a cell met again while it is being
 * evaluated is a circular reference. A formula the evaluator cannot evaluate
 * (unknown function, syntax, circular reference) and every formula that
 * needs its value are reported in `problems` and get no value: never a guess.
 */
import { columnLetter, parseRange } from '../sheets/address.ts';
import { callFunction, checkCall, type Context, type Evaluated, isRange, power, type RangeRef } from './functions.ts';
import { type FormulaNode, FormulaSyntaxError, parseFormula } from './parse.ts';
import { UnsupportedFormulaError } from './unsupported.ts';
import { compare, EMPTY, err, type ErrorValue, type FormulaValue, isError, num, type Scalar, toNumber, toText } from './values.ts';

/** One cell as the evaluator reads it: a literal or a formula (no leading "="). */
export interface SourceCell {
  readonly address: string;
  readonly value?: string | number | boolean | ErrorValue | null;
  readonly formula?: string;
}

/** The part of a `WorkbookDescription` the evaluator reads. */
export interface SourceWorkbook {
  readonly sheets: readonly { readonly key: string; readonly name: string; readonly cells: readonly SourceCell[] }[];
  /** Workbook-scoped names; `sheet` is a sheet's key, `address` "B3" or "B20:B27". */
  readonly names: readonly { readonly name: string; readonly sheet: string; readonly address: string }[];
}

export interface FormulaProblem {
  /** The sheet's key. */
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  readonly message: string;
}

export interface WorkbookValues {
  /** The formula's result, or undefined for a literal cell or one listed in `problems`. */
  value(sheet: string, address: string): FormulaValue | undefined;
  /** How many formula cells have a value. */
  readonly evaluated: number;
  readonly problems: readonly FormulaProblem[];
}

/** The most cells a range argument may span (a whole column would be a million). */
const MAX_RANGE_CELLS = 1_000_000;

type State =
  | { readonly status: 'busy' }
  | { readonly status: 'done'; readonly value: FormulaValue }
  | { readonly status: 'failed'; readonly reason: string };

interface Cell {
  readonly address: string;
  readonly literal: Scalar;
  readonly formula?: string;
}

const key = (row: number, column: number) => row * 16_384 + column;

/**
 * Evaluates every formula cell of `book`.
 * @example evaluateWorkbook(reviewWorkbook(oshUnit113, review)).value('scoring', 'H2')
 */
export function evaluateWorkbook(book: SourceWorkbook): WorkbookValues {
  const sheets = new Map<string, { readonly name: string; readonly cells: Map<number, Cell> }>();
  const sheetByName = new Map<string, string>();
  for (const s of book.sheets) {
    const cells = new Map<number, Cell>();
    for (const c of s.cells) {
      const { start } = parseRange(c.address);
      const literal: Scalar = c.value === undefined || c.value === null ? EMPTY : c.value;
      cells.set(key(start.row, start.column), c.formula !== undefined ? { address: c.address, literal: EMPTY, formula: c.formula } : { address: c.address, literal });
    }
    sheets.set(s.key, { name: s.name, cells });
    sheetByName.set(s.name.toUpperCase(), s.key);
  }
  // A name whose address is not a cell or range ("A:A") is kept as the reason a formula using it has no value.
  const names = new Map<string, RangeRef | string>();
  for (const n of book.names) {
    try {
      const { start, end } = parseRange(n.address.replace(/\$/g, ''));
      names.set(n.name.toUpperCase(), { kind: 'ref', sheet: n.sheet, r1: start.row, c1: start.column, r2: end.row, c2: end.column });
    } catch {
      names.set(n.name.toUpperCase(), `the name ${n.name} refers to "${n.address}", which the evaluator does not read`);
    }
  }

  const states = new Map<string, Map<number, State>>();
  const stack: string[] = [];

  const label = (sheet: string, row: number, column: number) => `${sheets.get(sheet)?.name ?? sheet}!${columnLetter(column)}${row}`;

  /** The value a reference sees in one cell: a literal, a formula's result, or EMPTY. */
  function cellValue(sheet: string, row: number, column: number): Scalar {
    const cell = sheets.get(sheet)?.cells.get(key(row, column));
    if (!cell) return EMPTY;
    if (cell.formula === undefined) return cell.literal;
    let byCell = states.get(sheet);
    if (!byCell) states.set(sheet, (byCell = new Map()));
    const k = key(row, column);
    const state = byCell.get(k);
    const here = label(sheet, row, column);
    if (state?.status === 'done') return state.value;
    if (state?.status === 'failed') throw new UnsupportedFormulaError(`needs ${here}, which has no value (${state.reason})`);
    if (state?.status === 'busy') throw new UnsupportedFormulaError(`circular reference: ${[...stack.slice(stack.indexOf(here)), here].join(' → ')}`);
    byCell.set(k, { status: 'busy' });
    stack.push(here);
    try {
      const value = evaluateFormula(cell.formula, sheet, row, column);
      byCell.set(k, { status: 'done', value });
      return value;
    } catch (error) {
      const reason =
        error instanceof UnsupportedFormulaError || error instanceof FormulaSyntaxError
          ? error.message
          : error instanceof RangeError && /call stack/i.test(error.message)
            ? 'the chain of formulas is too deep to evaluate'
            : `unexpected ${String(error)}`;
      byCell.set(k, { status: 'failed', reason });
      throw new UnsupportedFormulaError(reason);
    } finally {
      stack.pop();
    }
  }

  function evaluateFormula(formula: string, sheet: string, row: number, column: number): FormulaValue {
    const node = parsedFormula(formula);
    const ctx = context(sheet, row, column);
    const v = intersect(ctx.evaluate(node), row, column);
    // A formula showing an empty cell shows 0.
    return v === EMPTY ? 0 : v;
  }

  function cells(ref: RangeRef): Scalar[] {
    const area = (ref.r2 - ref.r1 + 1) * (ref.c2 - ref.c1 + 1);
    if (area > MAX_RANGE_CELLS) throw new UnsupportedFormulaError(`the range of ${area} cells is too large to evaluate`);
    const out: Scalar[] = [];
    for (let r = ref.r1; r <= ref.r2; r++) for (let c = ref.c1; c <= ref.c2; c++) out.push(cellValue(ref.sheet, r, c));
    return out;
  }

  /** A reference where one value is wanted: the cell in the formula's own row or column. */
  function intersect(v: Evaluated, row: number, column: number): Scalar {
    if (!isRange(v)) return v;
    if (v.r1 === v.r2 && v.c1 === v.c2) return cellValue(v.sheet, v.r1, v.c1);
    if (v.c1 === v.c2 && row >= v.r1 && row <= v.r2) return cellValue(v.sheet, row, v.c1);
    if (v.r1 === v.r2 && column >= v.c1 && column <= v.c2) return cellValue(v.sheet, v.r1, column);
    return err('#VALUE!');
  }

  function sheetOf(name: string | undefined, here: string): string | undefined {
    return name === undefined ? here : sheetByName.get(name.toUpperCase());
  }

  function context(sheet: string, row: number, column: number): Context {
    const ctx: Context = {
      evaluate: (node) => evaluateNode(node, ctx, sheet),
      value: (node) => intersect(evaluateNode(node, ctx, sheet), row, column),
      cells,
    };
    return ctx;
  }

  function evaluateNode(node: FormulaNode, ctx: Context, sheet: string): Evaluated {
    switch (node.kind) {
      case 'number':
      case 'text':
      case 'boolean':
        return node.value;
      case 'error':
        return err(node.code);
      case 'missing':
        return EMPTY;
      case 'cell': {
        const s = sheetOf(node.sheet, sheet);
        return s === undefined ? err('#REF!') : { kind: 'ref', sheet: s, r1: node.row, c1: node.column, r2: node.row, c2: node.column };
      }
      case 'range': {
        const s = sheetOf(node.sheet, sheet);
        return s === undefined ? err('#REF!') : { kind: 'ref', sheet: s, r1: node.r1, c1: node.c1, r2: node.r2, c2: node.c2 };
      }
      case 'name': {
        const ref = names.get(node.name.toUpperCase());
        if (typeof ref === 'string') throw new UnsupportedFormulaError(ref);
        return ref ?? err('#NAME?');
      }
      case 'call':
        return callFunction(node.name, node.args, ctx);
      case 'unary': {
        const n = toNumber(ctx.value(node.arg));
        return isError(n) ? n : node.op === '-' ? num(-n) : n;
      }
      case 'percent': {
        const n = toNumber(ctx.value(node.arg));
        return isError(n) ? n : n / 100;
      }
      case 'binary':
        return binary(node.op, ctx.value(node.left), ctx.value(node.right));
    }
  }

  const problems: FormulaProblem[] = [];
  let evaluated = 0;
  for (const s of book.sheets) {
    for (const c of s.cells) {
      if (c.formula === undefined) continue;
      const { start } = parseRange(c.address);
      try {
        cellValue(s.key, start.row, start.column);
        evaluated++;
      } catch (error) {
        problems.push({ sheet: s.key, address: c.address, formula: c.formula, message: (error as Error).message });
      }
    }
  }

  return {
    evaluated,
    problems,
    value(sheet, address) {
      const { start } = parseRange(address);
      const state = states.get(sheet)?.get(key(start.row, start.column));
      return state?.status === 'done' ? state.value : undefined;
    },
  };
}

/**
 * Parsed, checked formulas by text, shared between workbooks: a panel or a
 * batch writes the same few thousand formulas again and again. Trees are
 * immutable; the cache is emptied when it grows past a bound.
 */
const PARSED = new Map<string, FormulaNode>();
const MAX_PARSED = 20_000;

function parsedFormula(formula: string): FormulaNode {
  let node = PARSED.get(formula);
  if (!node) {
    node = parseFormula(formula);
    checkCalls(node);
    if (PARSED.size >= MAX_PARSED) PARSED.clear();
    PARSED.set(formula, node);
  }
  return node;
}

/** Every function call in the tree, taken or not, must be one the evaluator knows. */
function checkCalls(node: FormulaNode): void {
  switch (node.kind) {
    case 'call':
      checkCall(node.name, node.args.length);
      node.args.forEach(checkCalls);
      break;
    case 'unary':
    case 'percent':
      checkCalls(node.arg);
      break;
    case 'binary':
      checkCalls(node.left);
      checkCalls(node.right);
      break;
    default:
  }
}

function binary(op: string, a: Scalar, b: Scalar): FormulaValue {
  if (op === '&') {
    const x = toText(a);
    if (isError(x)) return x;
    const y = toText(b);
    return isError(y) ? y : x + y;
  }
  if (op === '=' || op === '<>' || op === '<' || op === '<=' || op === '>' || op === '>=') {
    if (isError(a)) return a;
    if (isError(b)) return b;
    const order = compare(a, b);
    switch (op) {
      case '=':
        return order === 0;
      case '<>':
        return order !== 0;
      case '<':
        return order < 0;
      case '<=':
        return order <= 0;
      case '>':
        return order > 0;
      default:
        return order >= 0;
    }
  }
  const x = toNumber(a);
  if (isError(x)) return x;
  const y = toNumber(b);
  if (isError(y)) return y;
  switch (op) {
    case '+':
      return num(x + y);
    case '-':
      return num(x - y);
    case '*':
      return num(x * y);
    case '/':
      return y === 0 ? err('#DIV/0!') : num(x / y);
    case '^':
      return power(x, y);
    default:
      throw new UnsupportedFormulaError(`operator ${op} is not supported`);
  }
}
