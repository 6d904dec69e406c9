import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportXlsx, importXlsx, xlsxDecoder } from '../../packages/office-double/export-xlsx.ts';
import { createDouble } from '../../packages/office-double/index.ts';
import { readZipEntry } from './zip.ts';

/** An add-in-like batch that uses most of what the exporter writes. */
async function buildForm(double: ReturnType<typeof createDouble>): Promise<void> {
  await double.run(async (context) => {
    const sheet = context.workbook.worksheets.add('評分 表');
    sheet.getRange('A1:D1').values = [['推行職業安全衛生優良單位 初審', '', '', '']];
    sheet.getRange('A1:D1').merge();
    sheet.getRange('A1').format.font.set({ name: '標楷體', size: 16, bold: true, color: '#1F4E79' });
    sheet.getRange('A1').format.horizontalAlignment = 'Center';
    sheet.getRange('A2:C4').values = [
      ['項目', '分數', '加權'],
      ['安全衛生管理', 8, '=B3*2'],
      ['教育訓練', 7, '=B4*2'],
    ];
    sheet.getRange('C5').formulas = [['=SUM(C3:C4)']];
    sheet.getRange('A2:C2').format.fill.color = '#D9E1F2';
    sheet.getRange('A2:C5').format.borders.getItem('EdgeBottom').style = 'Continuous';
    sheet.getRange('A2:C5').format.borders.getItem('InsideHorizontal').weight = 'Medium';
    sheet.getRange('A2:C5').format.wrapText = true;
    sheet.getRange('B3:B4').numberFormat = [['0.0'], ['0.0']];
    sheet.getRange('A:A').format.columnWidth = 150;
    sheet.getRange('1:1').format.rowHeight = 32;
    sheet.getRange('B3:B4').dataValidation.rule = { decimal: { operator: 'Between', formula1: 0, formula2: 10 } };
    sheet.getRange('B3:B4').dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: '分數', message: '0 至 10' };
    sheet.getRange('D3:D4').dataValidation.rule = { list: { inCellDropDown: true, source: '符合,不符合' } };
    sheet.getRange('B3:B4').format.protection.locked = false;
    sheet.freezePanes.freezeRows(2);
    sheet.pageLayout.set({ orientation: 'Landscape', paperSize: 'A4', centerHorizontally: true });
    sheet.pageLayout.setPrintMargins('Points', { left: 36, right: 36 });
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sheet.pageLayout.setPrintArea('A1:D5');
    sheet.pageLayout.setPrintTitleRows('$2:$2');
    sheet.pageLayout.headersFooters.defaultForAllPages.centerFooter = '第 &P 頁';
    sheet.tabColor = '#70AD47';
    sheet.protection.protect({ allowFormatColumns: true });
    context.workbook.names.add('WeightedTotal', sheet.getRange('C5'));
    context.workbook.worksheets.getItem('Sheet1').visibility = 'Hidden';
    await context.sync();
  });
}

describe('export to .xlsx', () => {
  it('writes what ExcelJS reads back: values, formulas, names, merges, formats, validations, page setup', async () => {
    const double = createDouble({ requirementSets: { ExcelApi: '1.9' } });
    await buildForm(double);
    const warnings: string[] = [];
    const bytes = await exportXlsx(double, ExcelJS, { onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as ArrayBuffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Sheet1', 'hidden'],
      ['評分 表', 'visible'],
    ]);
    const ws = wb.getWorksheet('評分 表')!;
    expect(ws.getCell('A1').value).toBe('推行職業安全衛生優良單位 初審');
    expect(ws.getCell('B3').value).toBe(8);
    expect(ws.getCell('C3').formula).toBe('B3*2');
    expect(ws.getCell('C5').formula).toBe('SUM(C3:C4)');
    expect(ws.getCell('A1').isMerged && ws.getCell('D1').master.address).toBe('A1');
    expect(ws.getCell('A1').font).toMatchObject({ name: '標楷體', size: 16, bold: true, color: { argb: 'FF1F4E79' } });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('B2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('A5').border.bottom).toMatchObject({ style: 'thin' });
    expect(ws.getCell('A3').border.bottom).toMatchObject({ style: 'medium' });
    expect(ws.getCell('B3').numFmt).toBe('0.0');
    expect(ws.getCell('B3').protection).toMatchObject({ locked: false });
    expect(ws.getColumn(1).width).toBeCloseTo(150 / 0.75 / 7, 1);
    expect(ws.getRow(1).height).toBe(32);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.properties.tabColor).toMatchObject({ argb: 'FF70AD47' });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, horizontalCentered: true, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' });
    expect(ws.pageSetup.printArea).toMatch(/A\$?1:\$?D\$?5/);
    expect(ws.pageSetup.margins?.left).toBeCloseTo(0.5);
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 頁');
    expect((ws as unknown as { sheetProtection: { sheet: boolean; formatColumns: boolean } }).sheetProtection).toMatchObject({ sheet: true, formatColumns: true });
    const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: unknown[]; error?: string }> } }).dataValidations.model;
    expect(dv['B3']).toMatchObject({ type: 'decimal', formulae: [0, 10], error: '0 至 10' });
    expect(dv['D4']).toMatchObject({ type: 'list', formulae: ['"符合,不符合"'] });
    const names = wb.definedNames.model as { name: string; ranges: string[] }[];
    expect(names.find((n) => n.name === 'WeightedTotal')?.ranges).toEqual(["'評分 表'!$C$5"]);
  });

  it('writes each data validation once per range (sqref), not once per cell', async () => {
    const double = createDouble({ requirementSets: { ExcelApi: '1.8' } });
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('E5:E200').dataValidation.rule = { wholeNumber: { operator: 'Between', formula1: 1, formula2: 5 } };
      await context.sync();
    });
    const bytes = await exportXlsx(double, ExcelJS);
    const xml = readZipEntry(bytes, 'xl/worksheets/sheet1.xml') ?? '';
    expect(xml.match(/<dataValidation /g)).toHaveLength(1);
    expect(xml).toContain('sqref="E5:E200"');
  });

  it('round-trips through importXlsx into a new double', async () => {
    const first = createDouble({ requirementSets: { ExcelApi: '1.9' } });
    await buildForm(first);
    const bytes = await exportXlsx(first, ExcelJS);
    const state = await importXlsx(bytes, ExcelJS);
    const second = createDouble({ requirementSets: { ExcelApi: '1.9' }, workbook: state });
    await second.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('評分 表');
      const range = sheet.getRange('A2:C5');
      range.load('values, formulas');
      const name = context.workbook.names.getItem('WeightedTotal').getRange();
      name.load('address');
      const hidden = context.workbook.worksheets.getItem('Sheet1');
      hidden.load('visibility');
      const dv = sheet.getRange('B3:B4').dataValidation;
      dv.load('rule, errorAlert');
      const layout = sheet.pageLayout;
      layout.load('orientation, paperSize, zoom');
      await context.sync();
      expect(range.formulas[1]).toEqual(['安全衛生管理', 8, '=B3*2']);
      expect(range.values[3]![2]).toBe(30);
      expect(name.address).toBe("'評分 表'!C5");
      expect(hidden.visibility).toBe('Hidden');
      expect(dv.rule).toEqual({ decimal: { operator: 'Between', formula1: '=0', formula2: '=10' } });
      expect(dv.errorAlert).toMatchObject({ style: 'Stop', title: '分數', message: '0 至 10' });
      expect([layout.orientation, layout.paperSize, layout.zoom]).toEqual(['Landscape', 'A4', { horizontalFitToPages: 1, verticalFitToPages: 0 }]);
    });
    expect(second.workbookState.sheets.find((s) => s.name === '評分 表')!.protection.protected).toBe(true);
  });

  it('lets insertWorksheetsFromBase64 (ExcelApi 1.13) bring sheets in through the decoder', async () => {
    const source = createDouble({ sheets: ['範本'] });
    await source.run(async (context) => {
      context.workbook.worksheets.getItem('範本').getRange('A1').values = [['template']];
      await context.sync();
    });
    const bytes = (await exportXlsx(source, ExcelJS)) as Uint8Array;
    const base64 = Buffer.from(bytes).toString('base64');
    const double = createDouble({ requirementSets: { ExcelApi: '1.13' }, decodeWorkbook: xlsxDecoder(ExcelJS) });
    await double.run(async (context) => {
      const ids = context.workbook.insertWorksheetsFromBase64(base64, { positionType: 'Beginning' });
      await context.sync();
      expect(ids.value).toHaveLength(1);
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const a1 = context.workbook.worksheets.getItem('範本').getRange('A1');
      a1.load('values');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['範本', 'Sheet1']);
      expect(a1.values).toEqual([['template']]);
    });
  });
});
