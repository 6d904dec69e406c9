/**
 * The formula record: which formulas a review workbook's record sheets hold,
 * compared in a form every host writes alike, and their fingerprint (a
 * SHA-256 over sheet, address and formula) written on the meta sheet when
 * the workbook is made. The check itself is in formula-check.ts.
 */
import { sha256Sync } from '../finalise/sha256.ts';
import type { SheetKey } from './layout.ts';
import type { SheetDescription } from './types.ts';

/**
 * The sheets whose formulas are the record: the inputs and the score
 * computed from them. The print sheets (初審意見表, 附表一(列印)) are views
 * the add-in rebuilds (初審意見表 resizes its boxes to the text), and every
 * figure they print refers to these sheets, so they are left out.
 */
export const FORMULA_SHEETS: readonly SheetKey[] = ['basic', 'eligibility', 'scoring'];

/** One formula cell of a record sheet. */
export interface FormulaCell {
  readonly sheet: SheetKey;
  readonly address: string;
  /** Without "=". */
  readonly formula: string;
}

/** Bumped whenever the fingerprint's canonical text changes. */
const FINGERPRINT_SCHEME = 'osh-review-formulas/1';

/**
 * A formula as compared: without "=", the `_xlfn.`/`_xlws.` prefixes Excel
 * adds to newer functions, spaces, "$" and quotes around sheet names, and in
 * upper case, outside string literals (kept as they are). LibreOffice and
 * Excel rewrite formulas in those ways when they save; none changes what a
 * formula computes here.
 * @example normaliseFormula("=sum($B$2:B3) + _xlfn.IFS(A1,\"a b\")") // 'SUM(B2:B3)+IFS(A1,"a b")'
 */
export function normaliseFormula(formula: string): string {
  const body = formula.trim().replace(/^=/, '');
  // Splitting on a capturing group puts the string literals at the odd indices.
  return body
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/_xl(?:fn|ws)\./gi, '').replace(/[\s$']/g, '').toUpperCase()))
    .join('');
}

/** The fingerprint of a set of formula cells, in any order: "sha256:" and 64 hex digits. */
export function formulaFingerprint(cells: readonly FormulaCell[]): string {
  const lines = cells.map((c) => `${c.sheet}!${c.address}\t${normaliseFormula(c.formula)}`).sort();
  return sha256Sync([FINGERPRINT_SCHEME, ...lines].join('\n'));
}

/** The formula cells of the record sheets among `sheets`, as the layout writes them. */
export function recordFormulas(sheets: readonly SheetDescription[]): FormulaCell[] {
  return sheets
    .filter((s) => FORMULA_SHEETS.includes(s.key as SheetKey))
    .flatMap((s) => s.cells.filter((c) => c.formula !== undefined).map((c) => ({ sheet: s.key as SheetKey, address: c.address, formula: c.formula! })));
}
