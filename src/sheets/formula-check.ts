/**
 * Whether a review workbook's record sheets still hold the formulas the
 * layout wrote. The workbook is the record: a total typed over its formula,
 * or an `earned` formula edited, prints a number the score does not give, so
 * the reader refuses such a workbook naming the cell, and 定稿 reports it as
 * edited.
 *
 * The expected formulas are always the layout's own (reviewWorkbook), so a
 * workbook made before the fingerprint existed is checked cell by cell too.
 * The fingerprint on the meta sheet says which layout made the workbook: a
 * workbook made by another version of the layout (whose formulas differ from
 * today's) is checked against its own fingerprint instead, without naming
 * cells, rather than flagged cell by cell for formulas it was made with.
 */
import { problem, problemText, type Problem } from '../review/problem.ts';
import type { Rubric } from '../rubric/types.ts';
import { formulaFingerprint, FORMULA_SHEETS, normaliseFormula, recordFormulas, type FormulaCell } from './formula-record.ts';
import { SHEETS, type SheetKey } from './layout.ts';
import { META_NAMES } from './meta.ts';
import type { CellProblem, FormulaCheck, NameLookup } from './reader.ts';
import { reviewWorkbook } from './workbook.ts';

/**
 * Fingerprints of the record formulas of layouts this tool wrote before the
 * fingerprint was recorded on the meta sheet (its helper cells then showed
 * TRUE/FALSE): such a workbook, intact, is not flagged for differing from
 * today's layout.
 */
const EARLIER_LAYOUTS: ReadonlySet<string> = new Set(['sha256:0845815adfc3489394fcc35cf048838c9a34f038ae76327532ec43750440862f']);

/**
 * The cells whose formulas differ between those earlier layouts and
 * today's (資格審查's helper cells now show 是/否, and the rules reading them
 * compare with "是"): in a workbook without a recorded fingerprint, they
 * cannot be named against today's layout, so a change there is reported for
 * the sheet as a whole.
 */
const CHANGED_SINCE_EARLIER: ReadonlySet<string> = new Set(['B16', 'B34', 'B35', 'B49', 'B50', 'B53', 'B57'].map((a) => `eligibility!${a}`));

interface Expected {
  readonly cells: readonly (FormulaCell & { readonly name?: string; readonly normalised: string })[];
  readonly fingerprint: string;
  /** Single-cell names on each record sheet, to find the sheet whatever its tab is called now. */
  readonly anchors: ReadonlyMap<SheetKey, readonly string[]>;
}

const EXPECTED = new Map<string, Expected>();

/** The record formulas `rubric`'s layout writes, with their fingerprint (built once per rubric). */
export function expectedFormulas(rubric: Rubric): Expected {
  let expected = EXPECTED.get(rubric.id);
  if (expected) return expected;
  const book = reviewWorkbook(rubric);
  const names = new Map(book.names.filter((n) => !n.address.includes(':')).map((n) => [`${n.sheet}!${n.address}`, n.name]));
  const cells = recordFormulas(book.sheets).map((c) => ({ ...c, normalised: normaliseFormula(c.formula), ...(names.has(`${c.sheet}!${c.address}`) ? { name: names.get(`${c.sheet}!${c.address}`)! } : {}) }));
  const anchors = new Map(FORMULA_SHEETS.map((key) => [key, book.names.filter((n) => n.sheet === key && !n.address.includes(':')).map((n) => n.name).slice(0, 5)]));
  expected = { cells, fingerprint: formulaFingerprint(cells), anchors };
  EXPECTED.set(rubric.id, expected);
  return expected;
}

/** The tab a record sheet is on now: where its names point, else its layout name. */
function tabOf(lookup: NameLookup, key: SheetKey, anchors: readonly string[]): string {
  for (const name of anchors) {
    const cell = lookup(name);
    if (cell) return cell.sheet;
  }
  return SHEETS[key];
}

/** The record formulas one read of a workbook found, and the tabs they are on. */
interface Listing {
  readonly cells: readonly FormulaCell[];
  readonly tabs: ReadonlyMap<SheetKey, string>;
  /** Their fingerprint, taken when first asked for. */
  fingerprint(): string;
}

/**
 * Listings by lookup and rubric id. A lookup is one read of a workbook, and
 * both the reader's check and the 定稿 digest (and its check) ask for its
 * record formulas: they are listed, and hashed, once per read.
 */
const LISTINGS = new WeakMap<NameLookup, Map<string, Listing>>();

/** The formula cells of the record sheets as the workbook holds them; undefined when the host cannot list them. */
export function workbookFormulas(lookup: NameLookup, rubric: Rubric): Listing | undefined {
  if (!lookup.formulaCells) return undefined;
  let byRubric = LISTINGS.get(lookup);
  const known = byRubric?.get(rubric.id);
  if (known) return known;
  const { anchors } = expectedFormulas(rubric);
  const cells: FormulaCell[] = [];
  const tabs = new Map<SheetKey, string>();
  for (const key of FORMULA_SHEETS) {
    const tab = tabOf(lookup, key, anchors.get(key) ?? []);
    const found = lookup.formulaCells(tab);
    if (!found) continue;
    tabs.set(key, tab);
    for (const [address, formula] of found) cells.push({ sheet: key, address, formula });
  }
  let fingerprint: string | undefined;
  const listing: Listing = { cells, tabs, fingerprint: () => (fingerprint ??= formulaFingerprint(cells)) };
  if (!byRubric) LISTINGS.set(lookup, (byRubric = new Map()));
  byRubric.set(rubric.id, listing);
  return listing;
}

/** The fingerprint of the workbook's record formulas as they are now; undefined when the host cannot list them. */
export function workbookFingerprint(lookup: NameLookup, rubric: Rubric): string | undefined {
  return workbookFormulas(lookup, rubric)?.fingerprint();
}

/** "IF(A1,…" : a formula shortened for a message. */
/** A problem and its zh-TW words (which name the cell themselves). */
function said(reason: Problem): { problem: Problem; message: string } {
  return { problem: reason, message: problemText(reason) };
}

function shown(formula: string): string {
  return formula.length > 80 ? `${formula.slice(0, 79)}…` : formula;
}

/**
 * Every record formula of the workbook that is not the layout's: changed,
 * or replaced by a value. Empty when the host cannot list formula cells.
 * @example formulaProblems(exceljsLookup(wb), DEFAULT_RUBRIC) // [{ where: "'評分'!H12", message: "'評分'!H12 的公式已被改動（應為 =…）", … }]
 */
export function formulaProblems(lookup: NameLookup, rubric: Rubric): CellProblem[] {
  const found = workbookFormulas(lookup, rubric);
  if (!found) return [];
  const expected = expectedFormulas(rubric);
  const recordedCell = lookup(META_NAMES.formulas);
  const recorded = typeof recordedCell?.value === 'string' ? recordedCell.value.trim() : '';
  // Made by today's layout: the cells are compared directly (cheaper than hashing them).
  const now = recorded === expected.fingerprint ? undefined : found.fingerprint();
  if (/^sha256:[0-9a-f]{64}$/.test(recorded)) {
    if (now === recorded) return [];
    if (recorded !== expected.fingerprint) {
      // Made by another version of the layout: today's formulas would name the wrong cells.
      return [
        {
          name: META_NAMES.formulas,
          where: `'${recordedCell!.sheet}'!${recordedCell!.address}`,
          ...said(problem('formulas-changed', { tabs: [...found.tabs.values()], name: META_NAMES.formulas })),
          kind: 'formula',
        },
      ];
    }
  } else if (now === expected.fingerprint || EARLIER_LAYOUTS.has(now ?? '')) return []; // made before the fingerprint was recorded
  const unrecorded = !/^sha256:[0-9a-f]{64}$/.test(recorded);
  const actual = new Map(found.cells.map((c) => [`${c.sheet}!${c.address}`, c.formula]));
  const problems: CellProblem[] = [];
  for (const cell of expected.cells) {
    const tab = found.tabs.get(cell.sheet);
    if (tab === undefined) continue; // a missing sheet is reported by its missing names
    const held = actual.get(`${cell.sheet}!${cell.address}`);
    if (held !== undefined && normaliseFormula(held) === cell.normalised) continue;
    if (unrecorded && CHANGED_SINCE_EARLIER.has(`${cell.sheet}!${cell.address}`)) continue;
    const where = `'${tab}'!${cell.address}`;
    const at = cell.name ? `${where}（${cell.name}）` : where;
    const reason = problem('formula-changed', { at, ...(held !== undefined && { held: shown(held) }), formula: shown(cell.formula) });
    problems.push({ name: cell.name ?? '', where, ...said(reason), kind: 'formula' });
  }
  const eligibilityTab = found.tabs.get('eligibility');
  // A missing 資格審查 is reported by its missing names, never as changed formulas on a sheet the file has not.
  if (problems.length === 0 && unrecorded && eligibilityTab !== undefined) {
    // Only cells that differ between layouts differ: which layout made it cannot be told, so the sheet is named.
    const tab = eligibilityTab;
    const changed = [...CHANGED_SINCE_EARLIER].filter((key) => !expected.cells.some((c) => `${c.sheet}!${c.address}` === key && normaliseFormula(actual.get(key) ?? '') === c.normalised));
    if (changed.length > 0) {
      const reason = problem('formulas-sheet-changed', { tab, cells: changed.map((k) => k.split('!')[1]!) });
      problems.push({ name: '', where: `'${tab}'!${changed[0]!.split('!')[1]}`, ...said(reason), kind: 'formula' });
    }
  }
  return problems;
}

/** The check as hosts hand it to the reader (NameLookup.formulaCheck). */
export const FORMULA_CHECK: FormulaCheck = { problems: formulaProblems, fingerprint: workbookFingerprint };
