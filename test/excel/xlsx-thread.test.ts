/**
 * The sheets reach the xlsx worker as their JSON text (src/excel/xlsx-thread.ts), which the pane has already: that
 * is only the same as sending the objects if a description is plain data (no undefined, no Date, no Map, nothing
 * JSON drops or turns into something else). And where no worker starts (here, in Node) the file is written on the
 * calling thread, the same as before.
 */
import { isDeepStrictEqual } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { oshUnit113 } from '../../src/rubric/osh-unit-113.ts';
import { reviewWorkbook } from '../../src/sheets/workbook.ts';
import { writeSheetsFile } from '../../src/excel/xlsx-thread.ts';
import { SHEETS } from '../../src/sheets/layout.ts';
import { allItemsBest, candidateWith, reviewWith } from '../builders/review.ts';

const full = { ...reviewWith({ candidate: candidateWith(), items: allItemsBest() }), opinion: { strengths: '制度完整，落實執行。\n第二行', suggestions: '持續改善。' } };

describe('the sheets as JSON for the worker', () => {
  it.each([
    ['a blank review', reviewWorkbook(oshUnit113)],
    ['a filled review', reviewWorkbook(oshUnit113, full)],
  ])('%s: the same through JSON as through a structured clone', (_, description) => {
    expect(isDeepStrictEqual(JSON.parse(JSON.stringify(description.sheets)), structuredClone(description.sheets))).toBe(true);
  });

  it('tells a description JSON would change from one it would not (the control)', () => {
    const sheets = reviewWorkbook(oshUnit113).sheets;
    const changed = [{ ...sheets[0]!, printed: new Date(0), note: undefined }];
    expect(isDeepStrictEqual(JSON.parse(JSON.stringify(changed)), structuredClone(changed))).toBe(false);
  });

  it('without a worker, writes the file here: the sheets, with what was filled in', async () => {
    expect(typeof Worker).toBe('undefined');
    const { sheets } = reviewWorkbook(oshUnit113, full);
    const base64 = await writeSheetsFile(sheets, JSON.stringify(sheets));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(sheets.map((s) => s.name));
    const basic = book.getWorksheet(SHEETS.basic)!;
    const texts: unknown[] = [];
    basic.eachRow((row) => row.eachCell((cell) => texts.push(cell.value)));
    expect(texts).toContain(full.candidate.name);
  });
});
