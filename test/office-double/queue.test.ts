import { describe, expect, it } from 'vitest';
import { createDouble, isDoubleError } from '../../packages/office-double/index.ts';

function cell(double: ReturnType<typeof createDouble>, sheet: string, key: string) {
  return double.workbookState.sheets.find((s) => s.name === sheet)?.cells.get(key);
}

describe('queued writes', () => {
  it('applies property sets and method calls only at sync, in order', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const range = sheet.getRange('A1:B1');
      range.values = [['first', 1]];
      range.format.font.bold = true;
      range.values = [['second', 2]];
      const added = context.workbook.worksheets.add('評分');
      added.getRange('C3').values = [['x']];
      // Nothing has reached the workbook yet.
      expect(cell(double, 'Sheet1', '1:1')).toBeUndefined();
      expect(double.workbookState.sheets.map((s) => s.name)).toEqual(['Sheet1']);
      await context.sync();
      expect(cell(double, 'Sheet1', '1:1')?.value).toBe('second');
      expect(cell(double, 'Sheet1', '1:2')?.value).toBe(2);
      expect(cell(double, 'Sheet1', '1:1')?.format.font.bold).toBe(true);
      expect(double.workbookState.sheets.map((s) => s.name)).toEqual(['Sheet1', '評分']);
      expect(cell(double, '評分', '3:3')?.value).toBe('x');
    });
  });

  it('stops at the first failing operation: earlier ones stay, later ones are dropped', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [['before']];
      context.workbook.worksheets.getItem('missing').getRange('A1').values = [['boom']];
      sheet.getRange('A2').values = [['after']];
      const error = await context.sync().catch((e: unknown) => e);
      expect(isDoubleError(error) && error.code).toBe('ItemNotFound');
      expect(isDoubleError(error) && error.debugInfo.errorLocation).toBe('WorksheetCollection.getItem');
      expect(cell(double, 'Sheet1', '1:1')?.value).toBe('before');
      expect(cell(double, 'Sheet1', '2:1')).toBeUndefined();
      // The queue was emptied: the next sync has nothing left to run.
      await context.sync();
      expect(cell(double, 'Sheet1', '2:1')).toBeUndefined();
    });
  });

  it('writes values as Excel takes typed input', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('B1').numberFormat = [['@']];
      await context.sync();
      sheet.getRange('A1:A7').values = [['=SUM(1,2)'], ['00123'], ['TRUE'], ["'=kept as text"], ['-abc'], [''], [null]];
      sheet.getRange('B1').values = [['=not a formula']];
      await context.sync();
      const r = sheet.getRange('A1:B7');
      r.load('values, formulas');
      await context.sync();
      expect(r.formulas.map((row) => row[0])).toEqual(['=SUM(1,2)', 123, true, '=kept as text', '=-abc', '', '']);
      // Formulas are stored, not calculated: their values read null.
      expect(r.values.map((row) => row[0])).toEqual([null, 123, true, '=kept as text', null, '', '']);
      expect(r.values[0]![1]).toBe('=not a formula');
    });
  });

  it('null leaves a cell alone and "" clears it', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
      range.values = [[1, 2, 3]];
      await context.sync();
      range.values = [[null, '', 9]];
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([[1, '', 9]]);
    });
  });

  it('refuses arrays that do not match the range with InvalidArgument at sync', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      range.values = [[1, 2]];
      const error = await context.sync().catch((e: unknown) => e);
      expect(isDoubleError(error) && error.code).toBe('InvalidArgument');
      expect(cell(double, 'Sheet1', '1:1')).toBeUndefined();
    });
  });

  it('set({...}) queues nested properties and rejects unknown ones', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.set({ values: [['x']], format: { font: { bold: true, color: '#1f4e79' }, fill: { color: 'yellow' }, wrapText: true } });
      expect(() => range.set({ format: { colour: 'red' } } as never)).toThrowError(/colour/);
      await context.sync();
      const c = cell(double, 'Sheet1', '1:1')!;
      expect(c.value).toBe('x');
      expect(c.format.font).toMatchObject({ bold: true, color: '#1F4E79' });
      expect(c.format.fill).toBe('#FFFF00');
      expect(c.format.wrapText).toBe(true);
    });
  });

  it('reports a mixed format over a range as null', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').format.font.bold = true;
      const both = sheet.getRange('A1:A2');
      both.format.font.load('bold, name');
      await context.sync();
      expect(both.format.font.bold).toBeNull();
      expect(both.format.font.name).toBe('Calibri');
    });
  });

  it('refuses writes to locked cells of a protected sheet, allows unlocked ones', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('B2').format.protection.locked = false;
      sheet.protection.protect();
      await context.sync();
      sheet.getRange('B2').values = [[5]];
      await context.sync();
      sheet.getRange('A1').values = [[5]];
      const error = await context.sync().catch((e: unknown) => e);
      expect(isDoubleError(error) && error.code).toBe('AccessDenied');
      sheet.protection.protect();
      const again = await context.sync().catch((e: unknown) => e);
      expect(isDoubleError(again) && again.code).toBe('InvalidOperation');
    });
    expect(cell(double, 'Sheet1', '2:2')?.value).toBe(5);
  });

  it('keeps data validation as ranges and refuses a rule over mixed validations', async () => {
    const double = createDouble({ requirementSets: { ExcelApi: '1.8' } });
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('B5:B10').dataValidation.prompt = { showPrompt: true, title: 't', message: 'm' };
      sheet.getRange('B1:B10').dataValidation.prompt = { showPrompt: true, title: 't2', message: 'm2' };
      await context.sync();
      sheet.getRange('B1:B10').dataValidation.rule = { list: { inCellDropDown: true, source: 'Item 1, Item 2' } };
      const error = await context.sync().catch((e: unknown) => e);
      expect(isDoubleError(error) && error.code).toBe('InvalidArgument');
      sheet.getRange('B5:B10').dataValidation.rule = { list: { inCellDropDown: true, source: 'Item 1, Item 2' } };
      const dv = sheet.getRange('B5:B10').dataValidation;
      dv.load('rule');
      await context.sync();
      expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: 'Item 1, Item 2' } });
      expect(double.workbookState.sheets[0]!.validations.map((v) => v.rects)).toEqual([[{ r1: 5, c1: 2, r2: 10, c2: 2 }], [{ r1: 1, c1: 2, r2: 4, c2: 2 }]]);
    });
  });
});
