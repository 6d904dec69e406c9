/**
 * One truth (issue 15): whatever a person pastes into the input cells of a
 * real review workbook, `score` (the reader and the engine) either refuses the
 * file or gives exactly what the workbook's own formulas give once LibreOffice
 * has recalculated that same file: the total, completeness, every eligibility
 * rule's result, the verdict and the 五星獎 flag.
 *
 * Each case starts from a random valid review (or a blank one), pastes random
 * values of every kind a person produces into a few input cells (spaces,
 * full-width digits, numbers typed as text, commas, dates in 8 text formats,
 * yes/no variants, booleans, formulas with and without a cached result, error
 * values, negative and time-of-day dates, points at a hair past a band's
 * edge, merged cells, the 1904 date system), writes the file with ExcelJS,
 * reads it as `score` does, and compares with LibreOffice's recalculation.
 *
 * LibreOffice costs about 0.25 s of CPU per workbook (load and recalculate
 * 1,700 formulas), so the number of cases is a budget: TRUTH_CASES (default
 * below) files, converted by two soffice processes side by side. The seed is
 * fixed so CI is repeatable; TRUTH_SEED explores other inputs.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULE_CLAUSES, verdictOf, type RuleCode } from '../../src/eligibility/eligibility.ts';
import { evaluateReview, type Evaluation } from '../../src/review/evaluate.ts';
import type { Review } from '../../src/review/schema.ts';
import { DEFAULT_RUBRIC, itemsOf } from '../../src/rubric/registry.ts';
import { bandsOf } from '../../src/scoring/band.ts';
import { parseCell } from '../../src/sheets/address.ts';
import { RESULT, resultName, RULE_ORDER, STATUS_TEXT } from '../../src/sheets/eligibility.ts';
import { CONCERN_FIELDS, type FieldKind } from '../../src/sheets/fields.ts';
import { reviewInputNames } from '../../src/sheets/finalise.ts';
import { SIMPLE_FIELDS } from '../../src/sheets/prefill.ts';
import { readReview } from '../../src/sheets/reader.ts';
import { itemNames, levelChoices, REMAINING_NAME, TOTAL_NAME } from '../../src/sheets/scoring.ts';
import type { WorkbookDescription } from '../../src/sheets/types.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { toExcelJs } from '../../src/workbook/exceljs-writer.ts';
import { exceljsLookup } from '../../src/workbook/exceljs-reader.ts';
import { loadWorkbook } from '../../src/workbook/xlsx-file.ts';
import { reviewArb } from '../../packages/fixtures/arbitraries.ts';
import { LIBREOFFICE, MUST_RUN, recalculateAll } from '../support/libreoffice.ts';

/**
 * Cases per run. Each case costs about 0.8 s of CPU (ExcelJS writing and
 * reading about 0.5 s, LibreOffice about 0.25 s), so 2,000 cases (the
 * issue's target) take about 13 minutes on two cores: far over this suite's
 * budget. 120 cases take about a minute on two idle cores. For the full
 * count: `TRUTH_CASES=2000 npx vitest run test/fuzz/libreoffice-truth.test.ts`.
 */
const CASES = Number(process.env.TRUTH_CASES ?? 120);
const SEED = process.env.TRUTH_SEED ? Number(process.env.TRUTH_SEED) : 15_2024;

const rubric = DEFAULT_RUBRIC;
const LAYOUT: WorkbookDescription = reviewWorkbook(rubric);
const SHEET_NAME = new Map(LAYOUT.sheets.map((s) => [s.key, s.name]));
const WHERE = new Map(LAYOUT.names.map((n) => [n.name, { sheet: SHEET_NAME.get(n.sheet)!, address: n.address }]));
const INPUTS = reviewInputNames(rubric);

// ------------------------------------------------------------------ what a person pastes

const KIND = new Map<string, FieldKind>([...SIMPLE_FIELDS, ...CONCERN_FIELDS].map((f) => [f.name, f.kind]));
const ITEM_OF = new Map(itemsOf(rubric).flatMap((item) => Object.values(itemNames(item)).map((n) => [n, item] as const)));

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/\./g, '．');
const SPACES = [' ', '\u3000', '\t'];
const DATE_TEXTS = ['2024/04/15', '2024-04-15', '113/04/15', '113年4月15日', '民國113年4月15日', '24/04/15', '2024.4.15', '２０２４／０４／１５'];
const YES_NO = ['是', '否', '有', '無', 'V', 'N', 'Y', 'yes', 'TRUE', '☑', '是 ', '\u3000否'];
const ERRORS = ['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NAME?'];

type Paste =
  | { readonly kind: 'value'; readonly value: ExcelJS.CellValue }
  | { readonly kind: 'formula'; readonly formula: string; readonly result?: string | number | boolean }
  | { readonly kind: 'merge-left' };

/** A plausible value for a cell of this input: the start of most pastes. */
function plausible(name: string): fc.Arbitrary<string | number> {
  const item = ITEM_OF.get(name);
  if (item) {
    if (name.endsWith('_level')) return fc.constantFrom(...levelChoices(item));
    if (name.endsWith('_self')) return fc.constantFrom(...item.levels.map((l) => l.label));
    if (name.endsWith('_count')) return fc.integer({ min: 0, max: 12 });
    const edges = bandsOf(item).flatMap((b) => [b.max, b.min, b.max + 1e-10, b.max + 2e-9, b.min + 1e-10, b.min + 5e-10, b.max - 0.05]);
    return fc.oneof(fc.constantFrom(...edges.filter((e) => e >= 0)), fc.integer({ min: 0, max: 60 }).map((t) => t / 10));
  }
  const kind = KIND.get(name);
  switch (kind?.type) {
    case 'yesNo':
      return fc.constantFrom('是', '否');
    case 'number':
      return fc.oneof(fc.integer({ min: 0, max: 900 }).map((t) => t / 100), fc.constantFrom(5.61, 1.5, 0));
    case 'integer':
      return fc.integer({ min: 0, max: 2000 });
    case 'rocYear':
      return fc.integer({ min: 108, max: 114 });
    case 'date':
      // 2023-06-30 … 2025-06-30 around the usual review date.
      return fc.integer({ min: 45107, max: 45838 });
    case 'choice':
      return fc.constantFrom(...kind.values);
    default:
      return fc.constantFrom('甲', '○○實業', '410', '12345678');
  }
}

/** How a plausible value reaches the cell: as is, or in one of the ways a person's paste changes it. */
function pasteOf(name: string): fc.Arbitrary<Paste> {
  const value = (v: ExcelJS.CellValue): Paste => ({ kind: 'value', value: v });
  const base = plausible(name);
  const variants: fc.Arbitrary<Paste>[] = [
    base.map(value),
    base.map(value),
    fc.tuple(base, fc.constantFrom(...SPACES), fc.boolean()).map(([v, sp, before]) => value(before ? `${sp}${v}` : `${v}${sp}`)),
    base.map((v) => value(String(v))),
    base.map((v) => value(fullWidth(String(v)))),
    base.map((v) => value(typeof v === 'number' ? String(v).replace('.', ',') : `${v},`)),
    fc.integer({ min: 1, max: 99 }).map((n) => value(`${n},${String(n * 7).padStart(3, '0')}`)),
    fc.constantFrom(...DATE_TEXTS).map(value),
    fc.constantFrom(...YES_NO).map(value),
    fc.boolean().map(value),
    fc.constantFrom(-5, -1, 0.5, 45397.75, 2958466, 1e7).map(value),
    fc.constantFrom(...ERRORS).map((error) => value({ error } as ExcelJS.CellErrorValue)),
    fc.constant(value(null)),
    fc.constant(value('')),
    base.map((v) => value({ richText: [{ text: String(v) }] } as ExcelJS.CellRichTextValue)),
    fc.tuple(base, fc.boolean()).map(([v, cached]): Paste => {
      const formula = typeof v === 'number' ? `${v}+0` : `"${v}"`;
      return cached ? { kind: 'formula', formula, result: v } : { kind: 'formula', formula };
    }),
    fc.constant<Paste>({ kind: 'merge-left' }),
  ];
  return fc.oneof(...variants);
}

interface Case {
  /** The review the workbook starts from; undefined: nothing entered but the selection year and the review date. */
  readonly review: Review | undefined;
  readonly pastes: readonly (readonly [string, Paste])[];
  readonly date1904: boolean;
}

const REVIEWS = fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 4, arbitrary: reviewArb(rubric) });
/** Inputs that are read in pairs (one without the other is refused): a clean paste fills both. */
function partners(name: string): string[] {
  const pairs: [RegExp, (m: RegExpExecArray) => string[]][] = [
    [/^elig_award_(type|year)_(\d+)$/, (m) => [`elig_award_type_${m[2]}`, `elig_award_year_${m[2]}`]],
    [/^elig_(own|con)_(fr|sr)_(\d)$/, (m) => [`elig_${m[1]}_fr_${m[3]}`, `elig_${m[1]}_sr_${m[3]}`]],
    [/^elig_avg_(fr|sr)$/, () => ['elig_avg_fr', 'elig_avg_sr']],
    [/^panel_(?:org|title)_(\d)$/, (m) => [`panel_name_${m[1]}`, name]],
  ];
  for (const [re, names] of pairs) {
    const m = re.exec(name);
    if (m) return names(m);
  }
  return [name];
}
const cleanPastes = (max: number) =>
  fc
    .array(
      fc.constantFrom(...INPUTS).chain((name) => {
        const names = partners(name);
        return fc.oneof(
          { weight: 5, arbitrary: fc.tuple(...names.map((n) => plausible(n))).map((vs) => vs.map((value, i) => [names[i]!, { kind: 'value', value } as Paste] as const)) },
          { weight: 1, arbitrary: fc.constant(names.map((n) => [n, { kind: 'value', value: null } as Paste] as const)) },
        );
      }),
      { minLength: 1, maxLength: max },
    )
    .map((groups) => groups.flat());
const pastes = (paste: (name: string) => fc.Arbitrary<Paste>, max: number) =>
  fc.array(fc.constantFrom(...INPUTS).chain((name) => paste(name).map((p) => [name, p] as const)), { minLength: 1, maxLength: max });
const caseArb: fc.Arbitrary<Case> = fc.record({
  review: REVIEWS,
  // Some cases paste only values the inputs take, so that many files are scored and compared, not refused.
  pastes: fc.oneof(cleanPastes(8), fc.tuple(cleanPastes(4), pastes(pasteOf, 3)).map(([a, b]) => [...a, ...b])),
  date1904: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});

/** A review with nothing entered but what every review needs. */
const NOTHING: Review = { rubric: rubric.id, selectionYear: 113, reviewDate: '2024-04-15', candidate: {}, items: {} };

// ------------------------------------------------------------------ applying a case

/** The merged area a cell belongs to, by its master's address. */
function unmergeAround(ws: ExcelJS.Worksheet, address: string): void {
  const cell = ws.getCell(address);
  if (!cell.isMerged) return;
  const merges = (ws as unknown as { _merges: Record<string, { range: string }> })._merges;
  const range = merges[cell.master.address]?.range;
  if (range) ws.unMergeCells(range);
}

function apply(wb: ExcelJS.Workbook, name: string, paste: Paste): void {
  const at = WHERE.get(name)!;
  const ws = wb.getWorksheet(at.sheet)!;
  const { row, column } = parseCell(at.address);
  if (paste.kind === 'merge-left') {
    if (column === 1) return;
    const left = ws.getCell(row, column - 1).address;
    unmergeAround(ws, left);
    unmergeAround(ws, at.address);
    ws.mergeCells(`${left}:${at.address}`);
    return;
  }
  const cell = ws.getCell(at.address);
  if (cell.isMerged && cell.master.address !== cell.address) return; // merged away by an earlier paste
  if (paste.kind === 'formula') cell.value = { formula: paste.formula, ...(paste.result !== undefined ? { result: paste.result } : {}) } as ExcelJS.CellFormulaValue;
  else cell.value = paste.value;
}

async function build(c: Case): Promise<Uint8Array> {
  const wb = toExcelJs(ExcelJS, reviewWorkbook(rubric, c.review ?? NOTHING));
  if (c.date1904) wb.properties.date1904 = true;
  for (const [name, paste] of c.pastes) apply(wb, name, paste);
  // Stored, not deflated: the cells are what is under test, and deflating is most of ExcelJS's writing time.
  return new Uint8Array((await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions)) as ArrayBuffer);
}

// ------------------------------------------------------------------ comparing

/** What `score` says: refused, or the evaluation. */
async function scoreOf(bytes: Uint8Array): Promise<Evaluation | undefined> {
  const read = readReview(exceljsLookup(await loadWorkbook(bytes)));
  if (read.problems.length > 0 || !read.review) return undefined;
  const result = evaluateReview(read.review);
  return result.ok ? result.evaluation : undefined;
}

/** What each rule's result cell must show for the engine's eligibility. */
function expectedRules(e: Evaluation): Record<RuleCode, string> {
  const out = {} as Record<RuleCode, string>;
  for (const rule of RULE_ORDER) {
    const finding = e.eligibility.findings.find((f) => f.rule === rule);
    if (finding) out[rule] = finding.severity === 'ineligible' ? RESULT.fail : RESULT.notRecommended;
    else if (e.eligibility.unconfirmed.some((u) => u.rule === rule)) out[rule] = RESULT.unconfirmed;
    else out[rule] = RESULT.pass;
  }
  return out;
}

function disagreements(e: Evaluation, sheets: Map<string, string[][]>): string[] {
  const cell = (name: string): string => {
    const at = WHERE.get(name)!;
    const { row, column } = parseCell(at.address);
    return sheets.get(at.sheet)?.[row - 1]?.[column - 1] ?? '(missing)';
  };
  const out: string[] = [];
  const total = Number(cell(TOTAL_NAME));
  if (!(Math.abs(total - e.score.total) <= 1e-9)) out.push(`total: sheet ${cell(TOTAL_NAME)}, score ${e.score.total}`);
  const remaining = e.score.unscored.length + e.score.pending.length;
  if (cell(REMAINING_NAME) !== String(remaining)) out.push(`items remaining: sheet ${cell(REMAINING_NAME)}, score ${remaining}`);
  const rules = expectedRules(e);
  for (const rule of RULE_ORDER) {
    const shown = cell(resultName(rule));
    if (shown !== rules[rule]) out.push(`${rule} (${RULE_CLAUSES[rule]}): sheet ${shown}, score ${rules[rule]}`);
  }
  const status = STATUS_TEXT[verdictOf(e.eligibility)];
  if (cell('elig_status') !== status) out.push(`status: sheet ${cell('elig_status')}, score ${status}`);
  const five = e.eligibility.fiveStarPath ? '是' : '否';
  if (cell('elig_five_star') !== five) out.push(`五星獎: sheet ${cell('elig_five_star')}, score ${five}`);
  return out;
}

function describeCase(c: Case): string {
  return JSON.stringify({ blank: c.review === undefined, date1904: c.date1904, pastes: c.pastes });
}

describe.runIf(LIBREOFFICE || MUST_RUN)('score against LibreOffice, for random pastes into a real workbook', () => {
  it(`refuses or equals the recalculated workbook in each of ${CASES} cases`, async () => {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const cases = fc.sample(caseArb, { numRuns: CASES, seed: SEED });
    const files: Uint8Array[] = [];
    for (const c of cases) files.push(await build(c));
    const t1 = performance.now();
    // LibreOffice recalculates in its own processes while `score` reads the same files here.
    const recalculating = recalculateAll(files);
    const scored: (Evaluation | undefined)[] = [];
    for (const f of files) scored.push(await scoreOf(f));
    const t2 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    const recalculated = await recalculating;
    const t3 = performance.now();
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const seconds = `writing ${s(t1 - t0)}, score ${s(t2 - t1)} (this process's CPU ${s((cpu.user + cpu.system) / 1000)}), LibreOffice done ${s(t3 - t1)} after writing`;
    const failures: string[] = [];
    let compared = 0;
    cases.forEach((c, i) => {
      const e = scored[i];
      if (!e) return;
      compared++;
      const sheets = recalculated[i]!;
      if (sheets.size === 0) {
        failures.push(`case ${i}: LibreOffice wrote nothing ${describeCase(c)}`);
        return;
      }
      const diff = disagreements(e, sheets);
      if (diff.length > 0) failures.push(`case ${i}: ${diff.join('; ')}\n  ${describeCase(c)}`);
    });
    console.info(`libreoffice-truth: ${CASES} cases, ${compared} scored and compared, ${CASES - compared} refused; ${seconds}`);
    expect(failures.slice(0, 10).join('\n')).toBe('');
    // The cases must exercise both outcomes, or the property says little.
    expect(compared).toBeGreaterThan(CASES * 0.2);
    expect(CASES - compared).toBeGreaterThan(CASES * 0.2);
  }, 600_000);
});
