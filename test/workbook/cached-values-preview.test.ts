/**
 * The preview's download (the in-memory double exported to .xlsx) caches
 * every formula's result too: the review the adapter wrote opens with its
 * total shown, and Excel is not told to recalculate everything on load.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportXlsx } from '../../packages/office-double/export-xlsx.ts';
import { createDouble } from '../../packages/office-double/index.ts';
import { reviewDouble } from '../../packages/office-client/review-double.ts';
import { TOTAL_NAME } from '../../src/sheets/scoring.ts';
import { readZipEntry } from '../office-double/zip.ts';
import { hostOver } from '../support/excel-host.ts';

describe('cached formula results in the preview\'s download', () => {
  it('every formula cell holds a value and the total is the one worked out by hand', async () => {
    const double = reviewDouble({ requirementSets: { ExcelApi: '1.17' }, sheets: ['工作表1'] });
    const host = hostOver(double);
    const created = await host.createReview({ candidateName: '○○實業股份有限公司', reviewUnit: '臺北市', selectionYear: 113, reviewDate: '2024-04-15' });
    expect(created.ok).toBe(true);
    await host.writeCells({ item_1_1_level: '優', item_2_4_level: '良', item_2_4_points: 2.6, item_3_6_level: '良', item_4_1_level: '不適用' });
    const raw = await exportXlsx(double, ExcelJS);
    const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw);

    expect(readZipEntry(bytes, 'xl/workbook.xml')).not.toMatch(/fullCalcOnLoad/);
    let formulas = 0;
    const missing: string[] = [];
    for (let i = 1; ; i++) {
      const xml = readZipEntry(bytes, `xl/worksheets/sheet${i}.xml`);
      if (xml === undefined) break;
      for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        if (!m[2]?.includes('<f>')) continue;
        formulas++;
        if (!/<v>|<v\/>/.test(m[2])) missing.push(`sheet${i}!${m[1]}`);
      }
    }
    expect(formulas).toBeGreaterThan(400);
    expect(missing).toEqual([]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const [where] = wb.definedNames.getRanges(TOTAL_NAME).ranges;
    const [sheet, address] = where!.split('!') as [string, string];
    const total = wb.getWorksheet(sheet.replace(/^'|'$/g, ''))!.getCell(address.replace(/\$/g, '')).result;
    // By hand: 一 3/8×100×0.08 = 3; 二 2.6/20×100×0.2 = 2.6; 三 1.5/20×100×0.2 = 1.5; 四 0 (4.1 不適用).
    expect(total as number).toBeCloseTo(7.1, 9);
  });

  it('leaves a formula it cannot evaluate uncached and only then asks for a full calculation on load', async () => {
    const double = createDouble({ sheets: ['Sheet1'] });
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:A3').formulas = [[4], ['=A1*2&" 點"'], ['=FUTUREFUNCTION(A1)']];
      await context.sync();
    });
    const raw = await exportXlsx(double, ExcelJS);
    const bytes = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
    expect(readZipEntry(bytes, 'xl/workbook.xml')).toMatch(/fullCalcOnLoad="1"/);
    const sheet = readZipEntry(bytes, 'xl/worksheets/sheet1.xml')!;
    expect(sheet).toMatch(/<c r="A2"[^>]*><f>A1\*2&amp;&quot; 點&quot;<\/f><v>8 點<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="A3"[^>]*><f>FUTUREFUNCTION\(A1\)<\/f><\/c>/);
  });
});
