/**
 * A printed form's sheet description (初審意見表, 附表一) evaluated alone in
 * HyperFormula: a stub sheet holds every defined name its formulas use, so
 * the form is checked without the input sheets. Also the names a form may
 * use, and the source document to compare its texts with.
 * Test-only: HyperFormula is GPL-3.0.
 */
import { readFileSync } from 'node:fs';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { itemsOf } from '../../src/rubric/registry.ts';
import type { Rubric } from '../../src/rubric/types.ts';
import { parseCell } from '../../src/sheets/address.ts';
import {
  AWARD_FIELDS,
  AWARDS_NONE_FIELD,
  BASIC_FIELDS,
  CONCERN_FIELDS,
  CONSTRUCTION_FIELDS,
  ELIGIBILITY_FIELDS,
  IMAGE_FIELDS,
  OPINION_FIELDS,
  PANEL_FIELDS,
} from '../../src/sheets/fields.ts';
import { hasPointsInput, itemNames, REMAINING_NAME, sectionNames, TOTAL_NAME } from '../../src/sheets/scoring.ts';
import type { SheetDescription } from '../../src/sheets/types.ts';
import { SEED } from './seed.ts';

export const squash = (s: string): string => s.replace(/\s+/g, '');
/** The source document (要點 and its annexes), whitespace removed, to find the forms' texts in. */
export const seed = squash(readFileSync(SEED, 'utf8'));

export type Value = string | number | boolean | null;

/** Names a formula refers to: identifiers outside string literals that are not calls or A1 cell references. */
export function namesIn(formula: string): string[] {
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...bare.matchAll(/[A-Za-z_][A-Za-z0-9_.]*(?![A-Za-z0-9_.(])/g)].map((m) => m[0]).filter((n) => !/^[A-Z]{1,3}[1-9][0-9]*$/.test(n));
}

const ELIG_RULES = [
  'department',
  'major_disaster',
  'injury_rates',
  'contractor_rates_missing',
  'recent_top_award',
  'four_year_streak',
  'oshms',
  'safety_week',
  'labor_conditions',
];

/** Names defined by fields.ts, scoring.ts, or announced for 資格審查. */
export function knownNames(rubric: Rubric): Set<string> {
  const fields = [
    ...BASIC_FIELDS,
    ...CONSTRUCTION_FIELDS,
    ...IMAGE_FIELDS,
    ...ELIGIBILITY_FIELDS,
    ...CONCERN_FIELDS,
    AWARDS_NONE_FIELD,
    ...OPINION_FIELDS,
    ...AWARD_FIELDS.flatMap((a) => [a.type, a.year]),
    ...PANEL_FIELDS.flatMap((p) => [p.name, p.organisation, p.title]),
  ].map((f) => f.name);
  const scoring = itemsOf(rubric).flatMap((item) => {
    const n = itemNames(item);
    return [n.level, n.self, n.earned, n.applicable, ...(hasPointsInput(item) ? [n.points] : []), ...(item.count ? [n.count] : [])];
  });
  const sections = rubric.sections.flatMap((s) => Object.values(sectionNames(s)));
  const elig = [
    'elig_status',
    ...ELIG_RULES.map((r) => `elig_result_${r}`),
    'elig_has_contractors',
    'elig_toshms_valid',
    'elig_perf_valid',
    'elig_year_1',
    'elig_year_2',
    'elig_year_3',
  ];
  return new Set([...fields, ...scoring, ...sections, TOTAL_NAME, REMAINING_NAME, ...elig]);
}

/**
 * The sheet in HyperFormula beside a stub sheet holding every name it refers
 * to, so the form is checked without the input sheets.
 */
export class Harness {
  readonly hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  private readonly stub: number;
  private readonly target: number;
  private readonly rows = new Map<string, number>();

  constructor(
    private readonly sheet: SheetDescription,
    values: Readonly<Record<string, Value>>,
  ) {
    this.stub = this.hf.getSheetId(this.hf.addSheet('stub'))!;
    this.target = this.hf.getSheetId(this.hf.addSheet(sheet.name))!;
    const names = [...new Set(sheet.cells.flatMap((c) => (c.formula ? namesIn(c.formula) : [])))];
    names.forEach((name, i) => {
      this.rows.set(name, i);
      this.hf.addNamedExpression(name, `='stub'!$A$${i + 1}`);
    });
    this.set(Object.fromEntries(names.map((n) => [n, values[n] ?? null])));
    for (const c of sheet.cells) {
      const content = c.formula !== undefined ? `=${c.formula}` : (c.value ?? null);
      if (content === null) continue;
      const { row, column } = parseCell(c.address);
      this.hf.setCellContents({ sheet: this.target, row: row - 1, col: column - 1 }, [[content]]);
    }
  }

  /** Sets stub values; text is kept as text. */
  set(values: Readonly<Record<string, Value>>): void {
    for (const [name, value] of Object.entries(values)) {
      const row = this.rows.get(name);
      if (row === undefined) continue;
      this.hf.setCellContents({ sheet: this.stub, row, col: 0 }, [[typeof value === 'string' ? `'${value}` : value]]);
    }
  }

  at(address: string): unknown {
    const { row, column } = parseCell(address);
    return this.hf.getCellValue({ sheet: this.target, row: row - 1, col: column - 1 });
  }

  /** "A7: #NAME? …" for every formula cell that evaluates to an error. */
  errors(): string[] {
    return this.sheet.cells
      .filter((c) => c.formula !== undefined)
      .map((c) => [c.address, this.at(c.address)] as const)
      .filter(([, v]) => v instanceof DetailedCellError)
      .map(([a, v]) => `${a}: ${(v as DetailedCellError).value} ${(v as DetailedCellError).message}`);
  }
}

/** The address of the first cell whose value or formula holds `text`. */
export function find(sheet: SheetDescription, text: string): string {
  const cell = sheet.cells.find((c) => (c.formula ?? (typeof c.value === 'string' ? c.value : '')).includes(text));
  if (!cell) throw new Error(`no cell holds ${text}`);
  return cell.address;
}
