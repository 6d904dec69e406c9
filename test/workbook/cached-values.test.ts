/**
 * Every workbook the CLI writes carries each formula's result in the file, so
 * a viewer that does not calculate (mail preview, Quick Look, Protected View)
 * shows totals and forms filled in; and those results are what LibreOffice
 * and HyperFormula, engines that are not ours, compute for the same cells.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateWorkbook } from '../../src/formula/evaluate.ts';
import { mergeReviews } from '../../src/panel/merge-reviews.ts';
import { parsePersonnelReview } from '../../src/personnel/schema.ts';
import { rankCandidates } from '../../src/ranking/ranking.ts';
import { evaluateReview, parseReview } from '../../src/review/evaluate.ts';
import type { Review } from '../../src/review/schema.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { parseCell } from '../../src/sheets/address.ts';
import { annex2Workbook } from '../../src/sheets/annex2.ts';
import { withAnnex4 } from '../../src/sheets/annex4.ts';
import { panelWorkbook } from '../../src/sheets/panel.ts';
import { rankingWorkbook } from '../../src/sheets/ranking.ts';
import { TOTAL_NAME } from '../../src/sheets/scoring.ts';
import type { WorkbookDescription } from '../../src/sheets/types.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { writeXlsx } from '../../src/workbook/exceljs-writer.ts';
import { writeReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { runMain } from '../builders/cli.ts';
import { readZipEntry } from '../office-double/zip.ts';
import { reviewArb } from '../../packages/fixtures/arbitraries.ts';
import { evaluate } from '../support/hyperformula.ts';
import { LIBREOFFICE, MUST_RUN, parseCsv } from '../support/libreoffice.ts';

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8'));

function review(path: string): Review {
  const parsed = parseReview(json(path));
  if (!parsed.ok) throw new Error(`examples/${path} is invalid`);
  return parsed.review;
}

/** The six kinds of workbook the CLI writes, from the repository's examples. */
function workbooks(): Record<string, WorkbookDescription> {
  const demo = review('demo-113.json');
  const members = ['A', 'B', 'C'].map((m) => review(`panel/委員${m}.json`));
  const merged = mergeReviews(members.map((r, i) => ({ source: `委員${'ABC'[i]}.xlsx`, review: r })));
  if (!merged.ok) throw new Error(JSON.stringify(merged.problems));
  // Three candidates of one 初審單位 for 排序, the members' reviews under three names.
  const entries = members.map((r, i) => {
    const e = evaluateReview({ ...r, candidate: { ...r.candidate, name: `候選${i + 1} 公司`, ubn: String(30000001 + i) } });
    if (!e.ok) throw new Error(JSON.stringify(e.problems));
    return { source: `候選${i + 1}.xlsx`, evaluation: e.evaluation };
  });
  const ranking = rankCandidates(entries, members[0]!.reviewUnit!);
  if (!ranking.ok) throw new Error(ranking.message);
  const person = parsePersonnelReview(json('panel/personnel-113.json'));
  if (!person.ok) throw new Error('examples/panel/personnel-113.json is invalid');
  return {
    demo: reviewWorkbook(oshUnit113, demo),
    blank: reviewWorkbook(oshUnit113),
    小組合議: panelWorkbook(merged.merge),
    排序: rankingWorkbook(ranking.ranking, { selectionYear: 113 }),
    附表二: annex2Workbook(person.review),
    附表四: withAnnex4(reviewWorkbook(oshUnit113, demo)),
  };
}

const BOOKS = workbooks();
const bytes: Record<string, Uint8Array> = {};

beforeAll(async () => {
  for (const [name, description] of Object.entries(BOOKS)) bytes[name] = await writeReviewXlsx(description);
});

function formulaCells(description: WorkbookDescription): { sheet: string; key: string; address: string; formula: string }[] {
  return description.sheets.flatMap((s) => s.cells.flatMap((c) => (c.formula === undefined ? [] : [{ sheet: s.name, key: s.key, address: c.address, formula: c.formula }])));
}

/** Equal as cached values: numbers to 1e-9 (relative), anything else exactly. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Formula results read back with ExcelJS, by "sheet!A1". (ExcelJS reads an empty text result as undefined.) */
async function cachedResults(xlsx: Uint8Array, description: WorkbookDescription): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const out = new Map<string, unknown>();
  for (const c of formulaCells(description)) out.set(`${c.sheet}!${c.address}`, wb.getWorksheet(c.sheet)!.getCell(c.address).result);
  return out;
}

/** Every formula cell of `description`: the evaluator's value equals HyperFormula's. */
function expectHyperFormulaValues(name: string, description: WorkbookDescription): void {
  const { hf } = evaluate(description);
  // The harness hands text to HyperFormula raw, which reads "04595257" as a number; the file holds it as text.
  hf.batch(() => {
    for (const s of description.sheets) {
      for (const c of s.cells) {
        if (c.formula === undefined && typeof c.value === 'string' && c.value !== '' && !c.value.startsWith('=')) {
          const { row, column } = parseCell(c.address);
          hf.setCellContents({ sheet: hf.getSheetId(s.name)!, row: row - 1, col: column - 1 }, [[`'${c.value}`]]);
        }
      }
    }
  });
  const ours = evaluateWorkbook(description);
  expect(ours.problems).toEqual([]);
  for (const c of formulaCells(description)) {
    const { row, column } = parseCell(c.address);
    const raw = hf.getCellValue({ sheet: hf.getSheetId(c.sheet)!, row: row - 1, col: column - 1 });
    const theirs = raw !== null && typeof raw === 'object' ? { error: (raw as { value: string }).value } : raw;
    const mine = ours.value(c.key, c.address);
    expect(same(mine, theirs), `${name} ${c.sheet}!${c.address} ${c.formula.slice(0, 80)}: ${JSON.stringify(mine)} vs HyperFormula ${JSON.stringify(theirs)}`).toBe(true);
  }
}

describe('cached formula results', () => {
  it.each(Object.keys(BOOKS))('%s: every formula cell in the file holds a value (<v>), and Excel is not told to recalculate on load', (name) => {
    const description = BOOKS[name]!;
    const xlsx = bytes[name]!;
    let formulas = 0;
    const missing: string[] = [];
    description.sheets.forEach((sheet, i) => {
      const xml = readZipEntry(xlsx, `xl/worksheets/sheet${i + 1}.xml`)!;
      for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        if (!m[2]?.includes('<f>')) continue;
        formulas++;
        if (!/<v>|<v\/>/.test(m[2])) missing.push(`${sheet.name}!${m[1]}`);
      }
    });
    expect(formulas).toBe(formulaCells(description).length);
    expect(missing, `formula cells without a cached value: ${missing.slice(0, 10).join(', ')}`).toEqual([]);
    expect(readZipEntry(xlsx, 'xl/workbook.xml')).not.toMatch(/fullCalcOnLoad/);
  });

  it.each(Object.keys(BOOKS))('%s: has no formula the evaluator cannot evaluate', (name) => {
    // A new function in a sheet's formulas fails here, naming the cell, rather than losing its cached value.
    expect(evaluateWorkbook(BOOKS[name]!).problems).toEqual([]);
  });

  it('the written results read back with ExcelJS are the evaluator\'s', async () => {
    for (const [name, description] of Object.entries(BOOKS)) {
      const results = evaluateWorkbook(description);
      const cached = await cachedResults(bytes[name]!, description);
      for (const c of formulaCells(description)) {
        const ours = results.value(c.key, c.address);
        const read = cached.get(`${c.sheet}!${c.address}`);
        expect(same(read, ours) || (ours === '' && read === undefined), `${name} ${c.sheet}!${c.address}: ${String(read)} vs ${String(ours)}`).toBe(true);
      }
    }
  });

  it('a formula the evaluator cannot evaluate is written without a value, and only then does Excel recalculate on load', async () => {
    const description = BOOKS['附表二']!;
    const sheet = description.sheets[0]!;
    const odd: WorkbookDescription = { ...description, sheets: [{ ...sheet, cells: [...sheet.cells, { address: 'Z99', formula: 'FUTUREFUNCTION(1)' }] }, ...description.sheets.slice(1)] };
    const xlsx = await writeXlsx(ExcelJS, odd);
    expect(readZipEntry(xlsx, 'xl/workbook.xml')).toMatch(/fullCalcOnLoad="1"/);
    expect(readZipEntry(xlsx, 'xl/worksheets/sheet1.xml')).toMatch(/<c r="Z99"[^>]*><f>FUTUREFUNCTION\(1\)<\/f><\/c>/);
  });

  it('the demo\'s cached total is the total `score --json` reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cached-'));
    const file = join(dir, 'demo.xlsx');
    writeFileSync(file, bytes.demo!);
    const run = await runMain(['score', file, '--json']);
    expect(run.code).toBe(0);
    const total = (JSON.parse(run.stdout) as { total: number }).total;
    const n = BOOKS.demo!.names.find((x) => x.name === TOTAL_NAME)!;
    const sheet = BOOKS.demo!.sheets.find((s) => s.key === n.sheet)!;
    const cached = (await cachedResults(bytes.demo!, BOOKS.demo!)).get(`${sheet.name}!${n.address}`);
    expect(typeof cached).toBe('number');
    expect(cached as number).toBeCloseTo(total, 9);
    expect(total).toBeGreaterThan(0);
  });

  it('equal HyperFormula\'s values for every formula cell', () => {
    // 附表四 is the demo's review workbook with one sheet more: the demo is checked within it.
    for (const [name, description] of Object.entries(BOOKS).filter(([n]) => n !== 'demo')) expectHyperFormulaValues(name, description);
  });

  it('equal HyperFormula\'s values on random reviews', () => {
    for (const [i, r] of fc.sample(reviewArb(oshUnit113), { numRuns: 3, seed: 1203 }).entries()) expectHyperFormulaValues(`random review ${i + 1}`, reviewWorkbook(oshUnit113, r));
  });
});

// ---------------------------------------------------------------- LibreOffice

/** A LibreOffice profile whose only setting is when to recalculate an .xlsx on load (0 always, 1 never). */
function profile(dir: string, recalc: 0 | 1): string {
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${recalc}</value></prop></item>
</oor:items>
`,
  );
  return `file://${dir}`;
}

/** Converts several workbooks in one LibreOffice start (seconds each on a busy 2-core machine). */
function convert(files: Record<string, Uint8Array>, recalc: 0 | 1, filter: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lo-cached-'));
  mkdirSync(join(dir, 'in'));
  const paths = Object.entries(files).map(([name, b]) => {
    const p = join(dir, 'in', `${name}.xlsx`);
    writeFileSync(p, b);
    return p;
  });
  const out = join(dir, 'out');
  const run = spawnSync('soffice', [`-env:UserInstallation=${profile(join(dir, 'profile'), recalc)}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', out, ...paths], {
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
  return out;
}

describe.skipIf(!LIBREOFFICE && !MUST_RUN)('cached formula results in LibreOffice', { timeout: 300_000 }, () => {
  it('equal what LibreOffice computes, recalculating every workbook on load, cell by cell', async () => {
    const out = convert(bytes, 0, 'xlsx:Calc MS Excel 2007 XML');
    for (const [name, description] of Object.entries(BOOKS)) {
      const recalculated = await cachedResults(new Uint8Array(readFileSync(join(out, `${name}.xlsx`))), description);
      const ours = await cachedResults(bytes[name]!, description);
      const differ = formulaCells(description)
        .map((c) => `${c.sheet}!${c.address}`)
        .filter((at) => !same(ours.get(at), recalculated.get(at)))
        .map((at) => `${at}: ours ${JSON.stringify(ours.get(at))}, LibreOffice ${JSON.stringify(recalculated.get(at))}`);
      expect(differ, name).toEqual([]);
    }
  });

  it('shows the cached results when it does not recalculate', async () => {
    // The control: a copy whose cached total is wrong shows that wrong total, so nothing was recalculated.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.demo! as unknown as ArrayBuffer);
    const sheetIndex = BOOKS.demo!.sheets.findIndex((s) => s.key === 'scoring');
    const scoring = wb.worksheets[sheetIndex]!;
    const shown = scoring.getCell('H2');
    expect((shown.value as ExcelJS.CellFormulaValue).formula).toMatch(/total_score/);
    const cachedTotal = shown.result as number;
    shown.value = { formula: (shown.value as ExcelJS.CellFormulaValue).formula, result: 12345 } as ExcelJS.CellFormulaValue;
    const tampered = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

    const out = convert({ demo: bytes.demo!, tampered }, 1, `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheetIndex + 1}`);
    const { row, column } = parseCell('H2');
    const cell = (file: string) => parseCsv(readFileSync(join(out, readdirSync(out).find((f) => f.startsWith(`${file}-`))!), 'utf8'))[row - 1]![column - 1];
    expect(Number(cell('tampered'))).toBe(12345);
    expect(Number(cell('demo'))).toBeCloseTo(cachedTotal, 9);
    expect(cachedTotal).toBeGreaterThan(0);
  });
});
