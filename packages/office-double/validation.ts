/**
 * Data validation as Excel keeps it: rules over sets of disjoint
 * rectangles. Setting a rule over a range whose cells carry different
 * validations is refused (Excel answers InvalidArgument, OfficeDev/office-js
 * issue #2594); clear first.
 */
import { type Rect, cellCount, contains, intersection, intersects, subtract } from './excel-address.ts';
import { DoubleError } from './errors.ts';
import type { CellValue, DataValidationRuleState, DataValidationState, SheetState, WorkbookState } from './state.ts';

const OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'] as const;



export function defaultPrompt(): DataValidationState['prompt'] {
  return { showPrompt: true, title: '', message: '' };
}

export function defaultErrorAlert(): DataValidationState['errorAlert'] {
  return { showAlert: true, style: 'Stop', title: '', message: '' };
}

/** Turns a rule operand (number, "=A1", "10", a resolved range address) into Excel's stored "=…" form. */
type OperandResolver = (value: unknown) => string | undefined;

function operand(value: unknown, resolveRange: OperandResolver, location: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) return `=${value}`;
  if (value instanceof Date) return `=${value.toISOString()}`;
  if (typeof value === 'string' && value.trim() !== '') return value.startsWith('=') ? value : `=${value}`;
  const range = resolveRange(value);
  if (range) return `=${range}`;
  throw new DoubleError('InvalidArgument', { message: 'A data-validation operand must be a number, a formula string or a Range.', location });
}

/** Validates and converts an Office.js `DataValidationRule` object. */
export function ruleFromInput(input: unknown, resolveRange: OperandResolver, location: string): DataValidationRuleState {
  if (!input || typeof input !== 'object') throw new DoubleError('InvalidArgument', { location });
  const entries = Object.entries(input as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null);
  if (entries.length !== 1) throw new DoubleError('InvalidArgument', { message: 'A data-validation rule has exactly one criteria type.', location });
  const [kind, raw] = entries[0]!;
  if (!raw || typeof raw !== 'object') throw new DoubleError('InvalidArgument', { location });
  const c = raw as Record<string, unknown>;
  switch (kind) {
    case 'list': {
      const source = c['source'];
      let text: string;
      if (typeof source === 'string') text = source;
      else {
        const range = resolveRange(source);
        if (!range) throw new DoubleError('InvalidArgument', { message: 'list.source must be a string or a Range.', location });
        text = `=${range}`;
      }
      if (text.trim() === '') throw new DoubleError('InvalidArgument', { location });
      return { kind: 'list', inCellDropDown: c['inCellDropDown'] !== false, source: text };
    }
    case 'wholeNumber':
    case 'decimal':
    case 'textLength':
    case 'date':
    case 'time': {
      const operator = c['operator'];
      if (typeof operator !== 'string' || !(OPERATORS as readonly string[]).includes(operator)) throw new DoubleError('InvalidArgument', { message: `Unknown operator ${String(operator)}.`, location });
      const needsTwo = operator === 'Between' || operator === 'NotBetween';
      if (c['formula1'] === undefined || (needsTwo && c['formula2'] === undefined)) throw new DoubleError('InvalidArgument', { location });
      const formula1 = operand(c['formula1'], resolveRange, location);
      const formula2 = needsTwo ? operand(c['formula2'], resolveRange, location) : undefined;
      return { kind, operator, formula1, ...(formula2 !== undefined ? { formula2 } : {}) };
    }
    case 'custom': {
      const formula = c['formula'];
      if (typeof formula !== 'string' || formula.trim() === '') throw new DoubleError('InvalidArgument', { location });
      return { kind: 'custom', formula: formula.startsWith('=') ? formula : `=${formula}` };
    }
    default:
      throw new DoubleError('InvalidArgument', { message: `Unknown data-validation criteria "${kind}".`, location });
  }
}

/** The rule as Office.js returns it. */
export function ruleToOffice(rule: DataValidationRuleState | null): Record<string, unknown> {
  if (!rule) return {};
  switch (rule.kind) {
    case 'list':
      return { list: { inCellDropDown: rule.inCellDropDown, source: rule.source } };
    case 'custom':
      return { custom: { formula: rule.formula } };
    default:
      return { [rule.kind]: { operator: rule.operator, formula1: rule.formula1, ...(rule.formula2 !== undefined ? { formula2: rule.formula2 } : {}) } };
  }
}

function area(rects: readonly Rect[]): number {
  return rects.reduce((n, r) => n + cellCount(r), 0);
}

function overlap(entry: DataValidationState, rect: Rect): number {
  return entry.rects.reduce((n, r) => n + (intersection(r, rect) ? cellCount(intersection(r, rect)!) : 0), 0);
}

export function entriesOver(sheet: SheetState, rect: Rect): DataValidationState[] {
  return sheet.validations.filter((v) => v.rects.some((r) => intersects(r, rect)));
}


/** The single validation covering the whole range, if there is one. */
export function soleEntry(sheet: SheetState, rect: Rect): DataValidationState | null | 'mixed' {
  const entries = entriesOver(sheet, rect);
  if (entries.length === 0) return null;
  if (entries.length > 1 || overlap(entries[0]!, rect) < cellCount(rect)) return 'mixed';
  return entries[0]!;
}

function newEntry(workbook: WorkbookState, rects: Rect[], rule: DataValidationRuleState | null): DataValidationState {
  return { id: workbook.nextRuleId++, rects, rule, prompt: defaultPrompt(), errorAlert: defaultErrorAlert(), ignoreBlanks: true };
}

/** Sets the rule of a range (see the module note for when Excel refuses). */
export function setRule(workbook: WorkbookState, sheet: SheetState, rect: Rect, rule: DataValidationRuleState, location: string): void {
  const entries = entriesOver(sheet, rect);
  if (entries.length === 0) {
    sheet.validations.push(newEntry(workbook, [rect], rule));
    return;
  }
  const only = entries[0]!;
  if (entries.length > 1 || overlap(only, rect) < cellCount(rect)) {
    throw new DoubleError('InvalidArgument', {
      message: 'The range has different data validations on different cells; call dataValidation.clear() before setting a rule.',
      location,
    });
  }
  if (only.rects.length === 1 && contains(rect, only.rects[0]!)) {
    only.rule = rule;
    return;
  }
  only.rects = only.rects.flatMap((r) => subtract(r, rect));
  const entry = newEntry(workbook, [rect], rule);
  entry.prompt = { ...only.prompt };
  entry.errorAlert = { ...only.errorAlert };
  entry.ignoreBlanks = only.ignoreBlanks;
  sheet.validations.push(entry);
  sheet.validations = sheet.validations.filter((v) => v.rects.length > 0);
}

type Meta = Partial<Pick<DataValidationState, 'prompt' | 'errorAlert' | 'ignoreBlanks'>>;

/** Sets prompt / error alert / ignoreBlanks over a range, splitting validations that reach outside it. */
export function setMeta(workbook: WorkbookState, sheet: SheetState, rect: Rect, patch: (v: DataValidationState) => Meta): void {
  let uncovered: Rect[] = [rect];
  const added: DataValidationState[] = [];
  for (const entry of entriesOver(sheet, rect)) {
    const inside = entry.rects.map((r) => intersection(r, rect)).filter((r): r is Rect => r !== null);
    uncovered = uncovered.flatMap((u) => inside.reduce<Rect[]>((acc, i) => acc.flatMap((a) => subtract(a, i)), [u]));
    if (area(inside) === area(entry.rects)) {
      Object.assign(entry, patch(entry));
      continue;
    }
    entry.rects = entry.rects.flatMap((r) => subtract(r, rect));
    const part: DataValidationState = { ...newEntry(workbook, inside, entry.rule), prompt: { ...entry.prompt }, errorAlert: { ...entry.errorAlert }, ignoreBlanks: entry.ignoreBlanks };
    Object.assign(part, patch(part));
    added.push(part);
  }
  if (uncovered.length) {
    const entry = newEntry(workbook, uncovered, null);
    Object.assign(entry, patch(entry));
    added.push(entry);
  }
  sheet.validations.push(...added);
  sheet.validations = sheet.validations.filter((v) => v.rects.length > 0);
}


function constant(formula: string | undefined): number | null {
  if (formula === undefined) return null;
  const n = Number(formula.replace(/^=/, ''));
  return Number.isFinite(n) ? n : null;
}

function compare(operator: string, x: number, a: number, b: number | null): boolean {
  switch (operator) {
    case 'Between':
      return b !== null && x >= a && x <= b;
    case 'NotBetween':
      return b !== null && (x < a || x > b);
    case 'EqualTo':
      return x === a;
    case 'NotEqualTo':
      return x !== a;
    case 'GreaterThan':
      return x > a;
    case 'LessThan':
      return x < a;
    case 'GreaterThanOrEqualTo':
      return x >= a;
    default:
      return x <= a;
  }
}

/**
 * Whether a value passes a rule: true/false, or null when the double cannot
 * tell (formulas, ranges, dates, custom rules).
 */
export function passes(entry: DataValidationState, value: CellValue): boolean | null {
  const rule = entry.rule;
  if (!rule) return true;
  if (value === null || value === '') return entry.ignoreBlanks ? true : null;
  switch (rule.kind) {
    case 'list': {
      if (rule.source.startsWith('=')) return null;
      const items = rule.source.split(',').map((s) => s.trim().toLowerCase());
      return items.includes(String(value).trim().toLowerCase());
    }
    case 'wholeNumber':
    case 'decimal': {
      const a = constant(rule.formula1);
      const b = constant(rule.formula2);
      if (a === null || (rule.formula2 !== undefined && b === null)) return null;
      if (typeof value !== 'number') return false;
      if (rule.kind === 'wholeNumber' && !Number.isInteger(value)) return false;
      return compare(rule.operator, value, a, b);
    }
    case 'textLength': {
      const a = constant(rule.formula1);
      const b = constant(rule.formula2);
      if (a === null || (rule.formula2 !== undefined && b === null)) return null;
      return compare(rule.operator, String(value).length, a, b);
    }
    default:
      return null;
  }
}

