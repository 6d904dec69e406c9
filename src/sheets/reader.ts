/**
 * Reading a review back from any workbook that carries our defined names,
 * through a host-neutral lookup (ExcelJS in Node, Office.js in the add-in).
 * Never throws on a hand-edited file: every bad cell is reported with its
 * sheet, address, name and what is allowed.
 */
import { resolveAnswer } from '../scoring/answer.ts';
import { DEFAULT_RUBRIC, findRubric, itemsOf, RUBRICS } from '../rubric/registry.ts';
import type { Item, Rubric } from '../rubric/types.ts';
import type { Answer, Review } from '../review/schema.ts';
import { parseReview } from '../review/evaluate.ts';
import { LABOR_CONCERNS } from '../review/constants.ts';
import { problem as coded, problemMessage, problemText, type Problem, type Subject } from '../review/problem.ts';
import {
  AWARD_FIELDS,
  AWARDS_NONE_FIELD,
  CONCERN_FIELDS,
  fromCell,
  PANEL_FIELDS,
  RATE_YEARS,
  RESULT_DECISIONS,
  type FieldKind,
  type InputField,
  type JsonPath,
  type RawCell,
} from './fields.ts';
import { META_NAMES } from './meta.ts';
import { reviewInputNames, SIMPLE_FIELDS } from './prefill.ts';
import { hasPointsInput, itemNames, NOT_APPLICABLE, NOT_MET } from './scoring.ts';

/** One named cell as a host reports it. */
export interface NamedCell {
  readonly sheet: string;
  readonly address: string;
  /** What the cell shows (a formula's cached result; null when it has none). */
  readonly value: RawCell;
  /** The formula the cell holds, without "=", when it holds one. */
  readonly formula?: string;
  /** The address of the merged area's first cell, when the cell is merged into another (Excel keeps no value there). */
  readonly mergedInto?: string;
  /** Whether the cell is locked (protected when its sheet is), where the host reports it. */
  readonly locked?: boolean;
}

/**
 * Finds a defined name's cell; undefined when the name is missing or broken.
 * `date1904` says the workbook counts serial dates from 1904-01-01. A lookup
 * is one read of a workbook: make a new one after changing the workbook
 * (what it lists of formulas is listed once, formula-check.ts).
 */
export type NameLookup = ((name: string) => NamedCell | undefined) & {
  readonly date1904?: boolean;
  /**
   * Every formula cell of a sheet (by tab name): formula without "=" by
   * address; undefined when there is no such sheet. Hosts that cannot list
   * them leave this out, and the formula check is skipped.
   */
  readonly formulaCells?: (sheet: string) => ReadonlyMap<string, string> | undefined;
  /**
   * The formula check (formula-check.ts), given by the host with the
   * formula cells: it builds the whole layout, which the pane loads as a
   * chunk of its own, so the reader does not import it.
   */
  readonly formulaCheck?: FormulaCheck;
};

/** The record-formula check a host hands the reader and the 定稿 digest (formula-check.ts implements it). */
export interface FormulaCheck {
  /** Every record formula changed or typed over, named by cell. */
  problems(lookup: NameLookup, rubric: Rubric): CellProblem[];
  /** The fingerprint of the record formulas as the workbook holds them. */
  fingerprint(lookup: NameLookup, rubric: Rubric): string | undefined;
}

/** A bad or missing cell, located so a person can find it. */
export interface CellProblem {
  readonly name: string;
  /** Sheet and address, "'評分'!F12", or "" when the name itself is missing. */
  readonly where: string;
  /** Why, coded; its `where` is "'評分'!F12（item_1_1_level）" when the cell is there. */
  readonly problem: Problem;
  /** `problem` in zh-TW, with its where. */
  readonly message: string;
  /** 'formula': a record formula changed or overwritten (formula-check.ts); a finalised workbook reports it as edited. */
  readonly kind?: 'formula';
}

export interface ReadResult {
  /** The review as far as it could be read; undefined when nothing usable was found. */
  readonly review: Review | undefined;
  readonly rubric: Rubric;
  readonly problems: readonly CellProblem[];
}

function where(cell: NamedCell): string {
  return `'${cell.sheet}'!${cell.address}`;
}

/**
 * A problem at a named cell, located as "'評分'!F12（item_1_1_level）：…",
 * or, when the name itself is gone, as a missing defined name.
 */
export function cellProblem(name: string, cell: NamedCell | undefined, reason: Problem): CellProblem {
  if (!cell) {
    const missing = coded('name-missing', { name, reason });
    return { name, where: '', problem: missing, message: problemText(missing) };
  }
  const located = { ...reason, where: `${where(cell)}（${name}）` };
  return { name, where: where(cell), problem: located, message: problemMessage(located) };
}

/** A problem that is not at a cell: the JSON path the schema names. */
export function pathProblem(path: string, reason: Problem): CellProblem {
  const located = { ...reason, where: path };
  return { name: path, where: '', problem: located, message: problemMessage(located) };
}

/** A cell's problem said of `subject` (the field's label, or an item's part). */
export function about(subject: Subject, reason: Problem): Problem {
  return { ...reason, params: { ...reason.params, subject } } as Problem;
}

/** Sets `value` at `path` in a draft review, making the objects and arrays on the way. */
export function setPath(target: Record<string, unknown>, path: JsonPath, value: unknown): void {
  let node: Record<string | number, unknown> = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const nextIsIndex = typeof path[i + 1] === 'number';
    node[key] ??= nextIsIndex ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
}

/** Names that must exist for a workbook to be a review at all. */
const REQUIRED = ['review_year', 'review_date'] as const;

/**
 * Reads a review through `lookup`.
 * @example readReview((name) => cells[name])
 */
export function readReview(lookup: NameLookup): ReadResult {
  const problems: CellProblem[] = [];
  const problem = (name: string, cell: NamedCell | undefined, reason: Problem) => problems.push(cellProblem(name, cell, reason));

  const options = { date1904: lookup.date1904 === true };
  const read = (name: string, kind: FieldKind, subject: Subject): { ok: boolean; value: unknown } => {
    const cell = lookup(name);
    if (!cell) return { ok: true, value: undefined };
    const held = inputCellProblem(cell);
    if (held) {
      problem(name, cell, about(subject, held));
      return { ok: false, value: undefined };
    }
    const parsed = fromCell(kind, cell.value, options);
    if (!parsed.ok) {
      problem(name, cell, about(subject, parsed.problem));
      return { ok: false, value: undefined };
    }
    return { ok: true, value: parsed.value };
  };

  // Which rubric: the meta sheet says; without it, the current edition.
  const rubricCell = lookup(META_NAMES.rubric);
  let rubric = DEFAULT_RUBRIC;
  if (rubricCell && typeof rubricCell.value === 'string' && rubricCell.value !== '') {
    const found = findRubric(rubricCell.value);
    if (found) rubric = found;
    else problem(META_NAMES.rubric, rubricCell, coded('rubric-unknown', { value: rubricCell.value, rubrics: Object.keys(RUBRICS), at: 'workbook' }));
  }

  const missing = REQUIRED.filter((n) => !lookup(n));
  const anyItem = itemsOf(rubric).some((item) => lookup(itemNames(item).level));
  if (missing.length === REQUIRED.length && !anyItem) {
    problem(REQUIRED[0], undefined, coded('no-review-names', {}));
    return { review: undefined, rubric, problems };
  }

  // Every input the formulas read must be there: without its name the sheet shows #NAME? while the cell may still show a value.
  for (const name of reviewInputNames(rubric)) {
    // Workbooks made before the field existed lack it; blank award rows then stay 未確認.
    if (!lookup(name) && name !== AWARDS_NONE_FIELD.name) problem(name, undefined, coded('input-name-missing', { name }));
  }

  const draft: Record<string, unknown> = { rubric: rubric.id, candidate: {}, items: {} };
  const year = read('review_year', { type: 'rocYear' }, { label: '選拔年度', bare: true });
  const y = typeof year.value === 'number' ? year.value : undefined;
  if (year.ok && y === undefined) problem('review_year', lookup('review_year'), coded('year-required', {}));

  const skip = new Set(['result_decision', ...AWARD_FIELDS.flatMap((a) => [a.type.name, a.year.name]), ...PANEL_FIELDS.flatMap((m) => [m.name.name, m.organisation.name, m.title.name])]);
  for (const field of SIMPLE_FIELDS) {
    if (skip.has(field.name) || field.name === 'review_year') continue;
    if (y === undefined && field.path(0).includes('rates') && field.path(0)[2] !== 'industryAverage') continue;
    const r = read(field.name, field.kind, { label: field.label });
    if (r.value !== undefined) setPath(draft, field.path(y ?? 0), r.value);
  }
  if (y !== undefined) draft.selectionYear = y;
  if (draft.reviewDate === undefined && lookup('review_date')) problem('review_date', lookup('review_date'), coded('date-required', {}));

  readRatePairs(draft, y, lookup, problem);
  readAwards(draft, read, lookup, problem);
  readConcerns(draft, read);
  readPanel(draft, read, lookup, problem);
  const decision = read('result_decision', { type: 'choice', values: Object.values(RESULT_DECISIONS) }, { label: '初審結果' });
  if (typeof decision.value === 'string') {
    const key = (Object.keys(RESULT_DECISIONS) as (keyof typeof RESULT_DECISIONS)[]).find((k) => RESULT_DECISIONS[k] === decision.value)!;
    setPath(draft, ['result', 'decision'], key);
  }

  readItems(rubric, draft, lookup, problem);
  problems.push(...(lookup.formulaCheck?.problems(lookup, rubric) ?? []));

  const parsed = parseReview(draft);
  if (!parsed.ok) {
    // What the schema still refuses is put back on the cell of the field it belongs to.
    const byPath = new Map(SIMPLE_FIELDS.map((f) => [f.path(y ?? 0).join('.'), f]));
    for (const p of parsed.problems) {
      const field = byPath.get(p.path);
      if (field && problems.some((q) => q.name === field.name)) continue; // already reported at its cell
      if (field) problem(field.name, lookup(field.name), coded('field-refused', { label: field.label, reason: p.problem }));
      else problems.push(pathProblem(p.path, p.problem));
    }
    return { review: undefined, rubric, problems };
  }
  return { review: parsed.review, rubric, problems };
}

/**
 * Why an input cell cannot be read whatever it shows: a formula typed into it
 * (the value is whatever the formula computes, and a file saved without
 * calculating has none), or a cell merged into another (Excel keeps no value
 * there, while some readers show the merged area's).
 */
function inputCellProblem(cell: NamedCell): Problem | undefined {
  if (cell.formula !== undefined) return coded('cell-formula', { formula: cell.formula });
  if (cell.mergedInto !== undefined) return coded('cell-merged', { into: cell.mergedInto });
  return undefined;
}

type Reader = (name: string, kind: FieldKind, subject: Subject) => { ok: boolean; value: unknown };
type Reporter = (name: string, cell: NamedCell | undefined, reason: Problem) => void;

/** A year's FR and SR go together: one without the other is reported. */
function readRatePairs(draft: Record<string, unknown>, y: number | undefined, lookup: NameLookup, problem: Reporter): void {
  if (y === undefined) return;
  const rates = ((draft.candidate as Record<string, unknown>).rates ?? {}) as Record<string, Record<string, Record<string, number>>>;
  for (const basis of ['own', 'withContractors'] as const) {
    const byYear = rates[basis];
    if (!byYear) continue;
    for (const n of RATE_YEARS) {
      const key = String(y - 4 + n);
      const entry = byYear[key];
      if (!entry) continue;
      if (entry.fr === undefined || entry.sr === undefined) {
        const tag = basis === 'own' ? 'own' : 'con';
        const missingName = `elig_${tag}_${entry.fr === undefined ? 'fr' : 'sr'}_${n}`;
        problem(missingName, lookup(missingName), coded('rates-pair', { year: key, basis }));
        delete byYear[key];
      }
    }
    if (Object.keys(byYear).length === 0) delete rates[basis];
  }
}

function readAwards(draft: Record<string, unknown>, read: Reader, lookup: NameLookup, problem: Reporter): void {
  const awards: unknown[] = [];
  for (const row of AWARD_FIELDS) {
    const type = read(row.type.name, row.type.kind, { label: row.type.label });
    const year = read(row.year.name, row.year.kind, { label: row.year.label });
    if (type.value !== undefined && year.value !== undefined) awards.push({ type: type.value, year: year.value });
    else if (type.ok && year.ok && (type.value !== undefined || year.value !== undefined)) {
      const gap = type.value === undefined ? row.type : row.year;
      problem(gap.name, lookup(gap.name), coded('award-pair', { label: gap.label }));
    }
  }
  const none = read(AWARDS_NONE_FIELD.name, AWARDS_NONE_FIELD.kind, { label: AWARDS_NONE_FIELD.label });
  if (none.value === true && awards.length > 0) {
    problem(AWARDS_NONE_FIELD.name, lookup(AWARDS_NONE_FIELD.name), coded('awards-none-conflict', { label: AWARDS_NONE_FIELD.label, count: awards.length }));
    return;
  }
  if (awards.length > 0 || none.value === true) setPath(draft, ['candidate', 'awards'], awards);
}

function readConcerns(draft: Record<string, unknown>, read: Reader): void {
  const answers = CONCERN_FIELDS.map((field, i) => ({ concern: LABOR_CONCERNS[i]!, value: read(field.name, field.kind, { label: field.label }).value }));
  if (answers.every((a) => a.value === undefined)) return;
  setPath(draft, ['candidate', 'laborConditionConcerns'], answers.filter((a) => a.value === true).map((a) => a.concern));
}

function readPanel(draft: Record<string, unknown>, read: Reader, lookup: NameLookup, problem: Reporter): void {
  const panel: Record<string, string>[] = [];
  for (const row of PANEL_FIELDS) {
    const [name, organisation, title] = [row.name, row.organisation, row.title].map((f) => read(f.name, f.kind, { label: f.label }).value as string | undefined);
    if (name !== undefined) panel.push({ name, ...(organisation !== undefined ? { organisation } : {}), ...(title !== undefined ? { title } : {}) });
    else if (organisation !== undefined || title !== undefined) problem(row.name.name, lookup(row.name.name), coded('panel-name-missing', { label: row.name.label, organisation: '在職單位' }));
  }
  if (panel.length > 0) setPath(draft, ['panel'], panel);
}

const fieldForItem = (name: string, label: string, kind: FieldKind): InputField => ({ name, label, kind, path: () => [] });

/** What one item's cells give: its answer (none: unscored) and the candidate's 自評. */
export interface ItemRead {
  answer?: Answer;
  self?: string;
}

/** Reads one item's cells (level, points, count, 自評), reporting what is wrong with them. */
function readItem(item: Item, lookup: NameLookup, problem: Reporter): ItemRead {
  const read: ItemRead = {};
  const n = itemNames(item);
  const levelCell = lookup(n.level);
  if (!levelCell) {
    problem(n.level, undefined, coded('level-name-missing', { item: item.id, name: n.level }));
    return {};
  }
  const allowed = [...item.levels.map((l) => l.label), NOT_APPLICABLE, NOT_MET];
  const levelHeld = inputCellProblem(levelCell);
  // A level cell holding only spaces is not blank to the formulas (level="" is false): refused, not read as blank.
  const levelParsed =
    typeof levelCell.value === 'string' && levelCell.value !== '' && levelCell.value.trim() === ''
      ? { ok: false as const, problem: coded('cell-spaces', { values: allowed }) }
      : fromCell({ type: 'choice', values: allowed }, levelCell.value);
  if (levelHeld || !levelParsed.ok) {
    problem(n.level, levelCell, about({ item: item.id, part: 'level' }, levelHeld ?? (levelParsed as { readonly problem: Problem }).problem));
    return {};
  }
  const num = (name: string, part: 'points' | 'count', kind: FieldKind) => {
    const cell = lookup(name);
    if (!cell) return { ok: true, value: undefined as number | undefined };
    const held = inputCellProblem(cell);
    if (held) {
      problem(name, cell, about({ item: item.id, part }, held));
      return { ok: false, value: undefined };
    }
    const parsed = fromCell(kind, cell.value);
    if (!parsed.ok) {
      problem(name, cell, about({ item: item.id, part }, parsed.problem));
      return { ok: false, value: undefined };
    }
    return { ok: true, value: parsed.value as number | undefined };
  };
  const points = hasPointsInput(item) ? num(n.points, 'points', { type: 'number' }) : { ok: true, value: undefined };
  const count = item.count ? num(n.count, 'count', { type: 'integer' }) : { ok: true, value: undefined };
  if (!points.ok || !count.ok) return {};

  const level = levelParsed.value as string | undefined;
  const answer: { level?: Answer['level']; points?: number; count?: number } = {};
  if (level === NOT_APPLICABLE) answer.level = 'N/A';
  else if (level === NOT_MET) answer.points = 0;
  else if (level !== undefined) answer.level = level as Answer['level'];
  if (points.value !== undefined) {
    if (level === NOT_MET && points.value !== 0) {
      problem(n.points, lookup(n.points), coded('not-met-points', { item: item.id }));
      return {};
    }
    answer.points = points.value;
  }
  if (count.value !== undefined) answer.count = count.value;
  if (Object.keys(answer).length === 0) {
    // Unscored; a 自評 may still be there.
  } else {
    const resolved = resolveAnswer(item, answer);
    if (!resolved.ok) {
      const at = answer.points !== undefined && hasPointsInput(item) ? n.points : answer.count !== undefined ? n.count : n.level;
      problem(at, lookup(at) ?? levelCell, resolved.problem.problem);
      return {};
    }
    read.answer = answer;
  }

  const selfField = fieldForItem(n.self, '自評', { type: 'choice', values: item.levels.map((l) => l.label) });
  const selfCell = lookup(n.self);
  const selfHeld = selfCell && inputCellProblem(selfCell);
  if (selfHeld) problem(n.self, selfCell, about({ item: item.id, part: 'self' }, selfHeld));
  else if (selfCell) {
    const s = fromCell(selfField.kind, typeof selfCell.value === 'string' ? selfCell.value.trim() : selfCell.value);
    if (!s.ok) problem(n.self, selfCell, about({ item: item.id, part: 'self' }, s.problem));
    else if (s.value !== undefined) read.self = s.value as string;
  }
  return read;
}

/** One item's cells read alone, exactly as `readReview` reads them among the others, with their problems. */
export function readItemCells(item: Item, lookup: NameLookup): ItemRead & { readonly problems: readonly CellProblem[] } {
  const problems: CellProblem[] = [];
  const read = readItem(item, lookup, (name, cell, reason) => problems.push(cellProblem(name, cell, reason)));
  return { ...read, problems };
}

/** The review's answers and 自評 by item id, in the rubric's order, from each item's read. */
export function itemRecords(rubric: Rubric, readOf: (item: Item) => ItemRead): { readonly items: Record<string, Answer>; readonly self: Record<string, string> } {
  const items: Record<string, Answer> = {};
  const self: Record<string, string> = {};
  for (const item of itemsOf(rubric)) {
    const read = readOf(item);
    if (read.answer) items[item.id] = read.answer;
    if (read.self !== undefined) self[item.id] = read.self;
  }
  return { items, self };
}

function readItems(rubric: Rubric, draft: Record<string, unknown>, lookup: NameLookup, problem: Reporter): void {
  const { items, self } = itemRecords(rubric, (item) => readItem(item, lookup, problem));
  draft.items = items;
  if (Object.keys(self).length > 0) draft.selfAssessment = self;
}
