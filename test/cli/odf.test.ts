/**
 * ODF (.ods, CNS 15251) both ways through LibreOffice: a review exported as
 * .ods keeps its names, drop-downs, protection, print setup and formulas, and
 * LibreOffice computes the same totals and verdicts from it as `score`; an
 * .ods reads as its .xlsx does, with the same messages; xlsx → ods → xlsx
 * reads back identically. LibreOffice runs are batched (each costs seconds).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertFiles } from '../../src/cli/libreoffice.ts';
import { isOds } from '../../src/cli/odf.ts';
import { rewriteZipText } from '../../src/cli/zip.ts';
import { scoreJson } from '../../src/cli/summary.ts';
import { evaluateReview, parseReview } from '../../src/review/evaluate.ts';
import type { Review } from '../../src/review/schema.ts';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { resultName, RESULT, RULE_ORDER, STATUS_TEXT } from '../../src/sheets/eligibility.ts';
import { REMAINING_NAME, sectionNames, TOTAL_NAME } from '../../src/sheets/scoring.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { exceljsLookup } from '../../src/workbook/exceljs-reader.ts';
import { loadWorkbook, readReviewXlsx, writeReviewXlsx } from '../../src/workbook/xlsx-file.ts';
import { reviewArb } from '../../packages/fixtures/arbitraries.ts';
import { LIBREOFFICE, MUST_RUN } from '../support/libreoffice.ts';
import { ROOT, runMain, tempDir, type Run } from '../builders/cli.ts';

/** Random reviews taken xlsx → ods → xlsx. Each costs about 3 s of LibreOffice; ODF_ROUNDTRIP_RUNS=40 for the full check. */
const RUNS = Number(process.env.ODF_ROUNDTRIP_RUNS ?? 3);

const demo = (() => {
  const parsed = parseReview(JSON.parse(readFileSync(join(ROOT, 'examples/demo-113.json'), 'utf8')));
  if (!parsed.ok) throw new Error('examples/demo-113.json is invalid');
  return parsed.review;
})();

/** One file out of a zip (what an .ods is), by its central directory. */
function zipEntry(zip: Uint8Array, name: string): string {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  let at = view.getUint32(eocd + 16, true);
  for (let n = view.getUint16(eocd + 10, true); n > 0; n--) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)) === name) {
      const local = view.getUint32(at + 42, true);
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = zip.subarray(start, start + size);
      return new TextDecoder().decode(method === 0 ? data : inflateRawSync(data));
    }
    at = next;
  }
  throw new Error(`${name} is not in the zip`);
}

/** Attribute values of every `<tag …>` in XML text, one record per element. */
function elements(xml: string, tag: string): Record<string, string>[] {
  const unescape = (v: string) => v.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...xml.matchAll(new RegExp(`<${tag}\\s([^>]*?)/?>`, 'g'))].map((m) => Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, unescape(a[2]!)])));
}

/**
 * The values LibreOffice wrote into an .ods for its one-cell named ranges:
 * what it computed, read from content.xml itself (rows and columns counted
 * with their repeats).
 */
function odsValues(content: string): (name: string) => unknown {
  const cells = new Map<string, unknown>();
  const tag = /<(\/?)(table:table|table:table-row|table:table-cell|table:covered-table-cell)(?=[\s/>])([^>]*?)(\/?)>/g;
  let sheet = '';
  let row = 0;
  let column = 0;
  let rows = 1;
  for (let m = tag.exec(content); m; m = tag.exec(content)) {
    const [, close, name, attrText, selfClosing] = m;
    const attrs = Object.fromEntries([...attrText!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
    if (name === 'table:table') {
      if (!close) [sheet, row] = [attrs['table:name']!, 0];
    } else if (name === 'table:table-row') {
      if (close) row += rows;
      else {
        column = 0;
        rows = Number(attrs['table:number-rows-repeated'] ?? 1);
        if (selfClosing) row += rows;
      }
    } else if (!close) {
      const type = attrs['office:value-type'];
      if (type) {
        const text = selfClosing ? '' : content.slice(tag.lastIndex, content.indexOf('</table:table-cell>', tag.lastIndex)).replace(/<text:line-break\/>/g, '\n').replace(/<[^>]+>/g, '');
        const value =
          type === 'float' || type === 'percentage' || type === 'currency' ? Number(attrs['office:value'])
          : type === 'boolean' ? attrs['office:boolean-value'] === 'true'
          : (attrs['office:string-value'] ?? text).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
        cells.set(`${sheet}!${row}:${column}`, value);
      }
      column += Number(attrs['table:number-columns-repeated'] ?? 1);
    }
  }
  const addresses = new Map(elements(content, 'table:named-range').map((r) => [r['table:name']!, r['table:cell-range-address']!]));
  return (name) => {
    const m = /^\$?(?:'((?:[^']|'')+)'|([^.]+))\.\$?([A-Z]+)\$?(\d+)$/.exec(addresses.get(name) ?? '');
    if (!m) throw new Error(`${name} is not a one-cell named range`);
    const letters = m[3]!;
    const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return cells.get(`${(m[1] ?? m[2])!.replace(/''/g, "'")}!${Number(m[4]) - 1}:${col}`);
  };
}

type ScoreJson = ReturnType<typeof scoreJson>;

/** What LibreOffice computed in the workbook's formula cells agrees with `score --json`, total, completeness and every rule. */
function expectLibreOfficeAgrees(value: (name: string) => unknown, score: ScoreJson, label: string): void {
  expect(Math.abs((value(TOTAL_NAME) as number) - score.total), `${label} total`).toBeLessThan(1e-9);
  for (const s of score.sections) expect(Math.abs((value(sectionNames(s.id).weighted) as number) - s.weighted), `${label} section ${s.id}`).toBeLessThan(1e-9);
  expect(typeof value(REMAINING_NAME), `${label} items remaining`).toBe('number');
  expect(value(REMAINING_NAME) === 0, `${label} complete`).toBe(score.complete);
  expect(value('elig_status'), `${label} status`).toBe(STATUS_TEXT[score.eligibility.status]);
  const failed = new Set(score.eligibility.findings.map((f) => f.rule));
  for (const rule of RULE_ORDER) {
    const shown = value(resultName(rule));
    if (failed.has(rule)) expect([RESULT.fail, RESULT.notRecommended], `${label} ${rule}`).toContain(shown);
    else expect([RESULT.pass, RESULT.unconfirmed, '—'], `${label} ${rule}: ${String(shown)}`).toContain(shown);
  }
  expect(value('elig_five_star'), `${label} five star`).toBe(score.fiveStarPath ? '是' : '否');
}

function odsValuesOf(path: string): (name: string) => unknown {
  return odsValues(zipEntry(readFileSync(path), 'content.xml'));
}

function scoreOf(review: Review): ScoreJson {
  const e = evaluateReview(review);
  if (!e.ok) throw new Error('generated review invalid');
  return scoreJson(e.evaluation);
}

describe.skipIf(!LIBREOFFICE && !MUST_RUN)('ODF through LibreOffice', { timeout: 300_000 }, () => {
  const dir = tempDir();
  const reviews = fc.sample(reviewArb(oshUnit113), { numRuns: RUNS, seed: 2026 });
  const description = reviewWorkbook(oshUnit113, demo);
  const paths = { edited: join(dir, 'edited.ods'), xlsx: join(dir, 'demo.xlsx'), ods: join(dir, 'demo.ods'), bad: join(dir, 'bad.xlsx'), ranking: join(dir, 'ranking.ods'), blank: join(dir, 'blank.ods') };
  let exported: Run;
  let scored: { xlsx: Run; ods: Run; badXlsx: Run };
  let ranked: Run;
  let editedExport: Run;
  let created: Run;
  let back: string[];
  let odsFiles: string[];

  beforeAll(async () => {
    writeFileSync(paths.xlsx, await writeReviewXlsx(description));
    // A review with one bad cell, for the messages.
    const wb = await loadWorkbook(readFileSync(paths.xlsx));
    const level = exceljsLookup(wb)('item_1_1_level')!;
    wb.getWorksheet(level.sheet)!.getCell(level.address).value = '極優';
    writeFileSync(paths.bad, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    mkdirSync(join(dir, 'random'));
    const randoms = await Promise.all(
      reviews.map(async (review, i) => {
        const path = join(dir, 'random', `r${i}.xlsx`);
        writeFileSync(path, await writeReviewXlsx(reviewWorkbook(oshUnit113, review)));
        return path;
      }),
    );

    // Two LibreOffice runs at a time: the CLI's own export, and one batch for the rest.
    const [exportRun, converted] = await Promise.all([runMain(['export', paths.xlsx, '--ods', '-o', paths.ods]), convertFiles([...randoms, paths.bad], 'ods', join(dir, 'ods'))]);
    exported = exportRun;
    odsFiles = converted;
    const badOds = odsFiles.at(-1)!;
    // The demo's .ods as a person edits it in LibreOffice: another name in 基本資料 (the first sheet, so its first occurrence).
    writeFileSync(paths.edited, rewriteZipText(readFileSync(paths.ods), (name, text) => (name === 'content.xml' ? text().replace('<text:p>○○實業股份有限公司</text:p>', '<text:p>△△工業股份有限公司</text:p>') : undefined)));
    const [backFiles, xlsxScore, odsScore, badXlsxScore, rankRun, newRun, editedRun] = await Promise.all([
      convertFiles(odsFiles.slice(0, -1), 'xlsx', join(dir, 'back')),
      runMain(['score', paths.xlsx, '--json']),
      runMain(['score', paths.ods, '--json']),
      runMain(['score', paths.bad]),
      runMain(['rank', paths.ods, badOds, '--unit', '臺北市', '-o', paths.ranking]),
      runMain(['new', '-o', paths.blank]),
      runMain(['export', paths.edited]),
    ]);
    back = backFiles;
    scored = { xlsx: xlsxScore, ods: odsScore, badXlsx: badXlsxScore };
    ranked = rankRun;
    created = newRun;
    editedExport = editedRun;
  }, 180_000 + RUNS * 15_000);

  it('export --ods writes an ODF spreadsheet', () => {
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toBe(`已建立 ${paths.ods}\n`);
    expect(isOds(readFileSync(paths.ods))).toBe(true);
  });

  it('keeps every defined name as a named range, and the print areas and title rows', () => {
    const content = zipEntry(readFileSync(paths.ods), 'content.xml');
    const ranges = elements(content, 'table:named-range');
    const named = new Set(ranges.map((r) => r['table:name']));
    for (const n of description.names) expect(named.has(n.name), n.name).toBe(true);
    const total = ranges.find((r) => r['table:name'] === TOTAL_NAME)!;
    expect(total['table:cell-range-address']).toBe('$評分.$K$117');
    const printed = ranges.filter((r) => r['table:range-usable-as'] === 'print-range').map((r) => r['table:cell-range-address']);
    for (const sheet of description.sheets.filter((s) => s.pageSetup?.printArea)) {
      expect(printed.some((p) => p!.includes(sheet.name)), `print area of ${sheet.name}`).toBe(true);
    }
    // Each sheet's own print range, not only a named range usable as one: LibreOffice drops a print area written
    // rows-relative ($A1:$K118, as ExcelJS spells "A1:K118"), and then prints and paginates the whole used range.
    const tables = new Map(elements(content, 'table:table').map((t) => [t['table:name'], t['table:print-ranges']]));
    for (const sheet of description.sheets.filter((s) => s.pageSetup?.printArea)) {
      const [from, to] = sheet.pageSetup!.printArea!.split(':');
      expect(tables.get(sheet.name)?.replace(/'/g, ''), `print range of ${sheet.name}`).toBe(`${sheet.name}.${from}:${sheet.name}.${to}`);
    }
    const titles = ranges.filter((r) => r['table:range-usable-as']?.includes('repeat-row'));
    expect(titles.length).toBe(description.sheets.filter((s) => s.pageSetup?.printTitleRows).length);
  });

  it('keeps every drop-down (as a list validation) and each sheet\'s protection', () => {
    const content = zipEntry(readFileSync(paths.ods), 'content.xml');
    const lists = new Set(
      elements(content, 'table:content-validation')
        .map((v) => /cell-content-is-in-list\((.*)\)/.exec(v['table:condition'] ?? '')?.[1])
        .filter((l): l is string => l !== undefined),
    );
    const wanted = description.sheets.flatMap((s) => s.validations.filter((v) => v.type === 'list').map((v) => v.values.map((x) => `"${x}"`).join(';')));
    expect(wanted.length).toBeGreaterThan(0);
    for (const list of wanted) expect(lists.has(list), list).toBe(true);
    const tables = elements(content, 'table:table');
    for (const sheet of description.sheets) {
      const table = tables.find((t) => t['table:name'] === sheet.name);
      expect(table, sheet.name).toBeDefined();
      expect(table!['table:protected'] === 'true', `${sheet.name} protected`).toBe(sheet.protect === true);
    }
  });

  it('keeps live formulas and each sheet\'s A4 page setup', () => {
    const bytes = readFileSync(paths.ods);
    const content = zipEntry(bytes, 'content.xml');
    const formulas = elements(content, 'table:table-cell').filter((c) => c['table:formula']);
    const described = description.sheets.reduce((n, s) => n + s.cells.filter((c) => c.formula !== undefined).length, 0);
    expect(formulas.length).toBeGreaterThanOrEqual(described);
    expect(formulas.some((c) => /^of:=.*section_1_weighted/.test(c['table:formula']!))).toBe(true);

    const styles = zipEntry(bytes, 'styles.xml');
    const masters = new Map(elements(styles, 'style:master-page').map((m) => [m['style:name'], m['style:page-layout-name']]));
    const layouts = new Map<string, Record<string, string>>();
    for (const m of styles.matchAll(/<style:page-layout style:name="([^"]+)"[^>]*>\s*<style:page-layout-properties ([^>]*)>/g)) {
      layouts.set(m[1]!, Object.fromEntries([...m[2]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])));
    }
    const tableStyles = new Map(elements(content, 'style:style').filter((s) => s['style:family'] === 'table').map((s) => [s['style:name'], s['style:master-page-name']]));
    const tables = elements(content, 'table:table');
    for (const sheet of description.sheets.filter((s) => s.pageSetup)) {
      const table = tables.find((t) => t['table:name'] === sheet.name)!;
      const layout = layouts.get(masters.get(tableStyles.get(table['table:style-name'])!)!)!;
      const landscape = sheet.pageSetup!.orientation === 'landscape';
      const [w, h] = [parseFloat(layout['fo:page-width']!), parseFloat(layout['fo:page-height']!)];
      expect([w, h].map((x) => Math.round(x * 100) / 100), sheet.name).toEqual(landscape ? [11.69, 8.27] : [8.27, 11.69]);
      expect(layout['style:print-orientation'], sheet.name).toBe(landscape ? 'landscape' : 'portrait');
      if (sheet.pageSetup!.fitToWidth) expect(layout['style:scale-to-X'], sheet.name).toBe(String(sheet.pageSetup!.fitToWidth));
    }
  });

  it('LibreOffice computes into the .ods the totals and verdicts score --json gives (the demo)', () => {
    expect(scored.xlsx.code).toBe(0);
    const json = JSON.parse(scored.xlsx.stdout) as ScoreJson;
    expect(json.total).toBeGreaterThan(0);
    expectLibreOfficeAgrees(odsValuesOf(paths.ods), json, 'demo');
  });

  it('score X.ods --json equals score X.xlsx --json', () => {
    expect(scored.ods.code, scored.ods.stderr).toBe(0);
    expect(scored.ods.stderr).toBe('');
    expect(JSON.parse(scored.ods.stdout)).toEqual(JSON.parse(scored.xlsx.stdout));
  });

  it('an .ods edited in LibreOffice reads as edited', () => {
    expect(editedExport.code, editedExport.stderr).toBe(0);
    const review = JSON.parse(editedExport.stdout) as Review;
    expect(review.candidate.name).toBe('△△工業股份有限公司');
    expect({ ...review, candidate: { ...review.candidate, name: demo.candidate.name } }).toEqual(demo);
  });

  it('a bad cell in an .ods gets the same messages as in the .xlsx, naming sheet, cell and name', () => {
    expect(scored.badXlsx.code).toBe(2);
    expect(scored.badXlsx.stderr).toContain("'評分'!");
    expect(scored.badXlsx.stderr).toContain('item_1_1_level');
    const lines = (text: string, file: string) => text.split('\n').filter((l) => l.startsWith(`${file}：`)).map((l) => l.slice(file.length));
    const odsLines = lines(ranked.stderr, join(dir, 'ods', 'bad.ods'));
    expect(odsLines.length).toBeGreaterThan(0);
    expect(odsLines).toEqual(lines(scored.badXlsx.stderr, paths.bad));
  });

  it(`xlsx → ods → xlsx reads back identically, and the .ods holds the engine's totals and verdicts (${RUNS} random reviews)`, async () => {
    expect(back).toHaveLength(reviews.length);
    for (const [i, review] of reviews.entries()) {
      const before = await readReviewXlsx(readFileSync(join(dir, 'random', `r${i}.xlsx`)));
      const after = await readReviewXlsx(readFileSync(back[i]!));
      expect(after.problems, `r${i}`).toEqual([]);
      expect(after.review, `r${i}`).toEqual(before.review);
      expect(after.review, `r${i}`).toEqual(review);
      expectLibreOfficeAgrees(odsValuesOf(odsFiles[i]!), scoreOf(review), `r${i}`);
    }
  });

  it('xlsx → ods → xlsx keeps each sheet\'s print setup and protection as ExcelJS reads them (fit to one page wide, centred)', async () => {
    const setup = async (path: string) =>
      (await loadWorkbook(readFileSync(path))).worksheets.map((ws) => {
        const p = ws.pageSetup;
        const protectedSheet = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet === true;
        return { name: ws.name, state: ws.state, orientation: p.orientation, fitToPage: p.fitToPage, fitToWidth: p.fitToWidth, fitToHeight: p.fitToHeight, centred: p.horizontalCentered === true, printArea: p.printArea, titles: p.printTitlesRow, protectedSheet };
      });
    const before = await setup(join(dir, 'random', 'r0.xlsx'));
    expect(before.filter((s) => s.fitToPage).length).toBeGreaterThan(0);
    expect(await setup(back[0]!)).toEqual(before);
  });

  it('new -o X.ods writes a blank review as ODF, with its names and drop-downs', () => {
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toBe(`已建立 ${paths.blank}\n`);
    const content = zipEntry(readFileSync(paths.blank), 'content.xml');
    const named = new Set(elements(content, 'table:named-range').map((r) => r['table:name']));
    for (const n of reviewWorkbook(oshUnit113).names) expect(named.has(n.name), n.name).toBe(true);
    expect(elements(content, 'table:content-validation').length).toBeGreaterThan(0);
  });

  it('rank reads .ods candidates and writes the ranking as .ods, naming the user\'s files', () => {
    expect(ranked.code, ranked.stderr).toBe(0);
    expect(ranked.stdout).toContain(`已建立 ${paths.ranking}`);
    expect(ranked.stdout).toContain('[1/2] demo.ods 79.90');
    expect(ranked.stdout).toContain('[2/2] bad.ods 無法讀取');
    expect(ranked.stdout + ranked.stderr).not.toContain('osh-review-odf-');
    const content = zipEntry(readFileSync(paths.ranking), 'content.xml');
    expect(elements(content, 'table:table').map((t) => t['table:name'])).toContain('排序');
    expect(content).toContain('○○實業股份有限公司');
  });
});

describe('ODF without LibreOffice', () => {
  it('tells an .ods from an .xlsx by its mimetype entry', async () => {
    const xlsx = await writeReviewXlsx(blankWorkbook());
    expect(isOds(xlsx)).toBe(false);
    const mimetype = 'application/vnd.oasis.opendocument.spreadsheet';
    const header = new Uint8Array(30 + 8 + mimetype.length);
    header.set([0x50, 0x4b, 0x03, 0x04]);
    header[26] = 8;
    header.set(new TextEncoder().encode('mimetype' + mimetype), 30);
    expect(isOds(header)).toBe(true);
    header.set(new TextEncoder().encode('application/vnd.oasis.opendocument.text'), 38);
    expect(isOds(header)).toBe(false);
  });

  it('export --ods wants an output named .ods', async () => {
    const r = await runMain(['export', join(ROOT, 'examples/demo-113.json'), '--ods', '-o', join(tempDir(), 'review.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('須以 .ods 結尾');
  });

  it('an output path that names an .ods input is refused before anything runs', async () => {
    const d = tempDir();
    const ods = join(d, 'same.ods');
    const mimetype = 'application/vnd.oasis.opendocument.spreadsheet';
    const header = new Uint8Array(30 + 8 + mimetype.length);
    header.set([0x50, 0x4b, 0x03, 0x04]);
    header[26] = 8;
    header.set(new TextEncoder().encode('mimetype' + mimetype), 30);
    writeFileSync(ods, header);
    const r = await runMain(['finalise', ods, '-o', ods]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('與輸入檔相同');
  });
});

function blankWorkbook() {
  return reviewWorkbook(oshUnit113);
}
