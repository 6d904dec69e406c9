import { describe, expect, it } from 'vitest';
import { type ChangedEventArgs, createDouble, isDoubleError } from '../../packages/office-double/index.ts';

describe('defined names', () => {
  it('adds a name for a range and gets the range back', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.add('評分');
      context.workbook.names.add('總分', sheet.getRange('E12'), '附表一合計');
      context.workbook.names.add('Threshold', '=Sheet1!$A$1');
      await context.sync();
      const total = context.workbook.names.getItem('總分');
      total.load('name, formula');
      const range = total.getRange();
      range.load('address');
      const threshold = context.workbook.names.getItem('threshold');
      threshold.load('name');
      const all = context.workbook.names;
      all.load('items/name');
      await context.sync();
      expect(total.toJSON()).toEqual({ name: '總分', formula: '=評分!$E$12' });
      expect(range.address).toBe('評分!E12');
      expect(threshold.name).toBe('Threshold');
      expect(all.items.map((n) => n.name)).toEqual(['總分', 'Threshold']);
    });
  });

  it('follows sheet renames and turns into #REF! when the sheet goes', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Draft');
      context.workbook.names.add('Score', '=Draft!$B$2:$B$4');
      sheet.name = 'My Score';
      const score = context.workbook.names.getItem('Score');
      score.load('formula');
      await context.sync();
      expect(score.formula).toBe("='My Score'!$B$2:$B$4");
      sheet.delete();
      score.load('formula');
      await context.sync();
      expect(score.formula).toBe('=#REF!');
      score.getRange().load('address');
      const error = await context.sync().catch((e: unknown) => e);
      expect(isDoubleError(error) && error.code).toBe('InvalidArgument');
    });
  });

  it('refuses duplicate and invalid names', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      context.workbook.names.add('Total', '=Sheet1!$A$1');
      context.workbook.names.add('TOTAL', '=Sheet1!$A$2');
      const dup = await context.sync().catch((e: unknown) => e);
      expect(isDoubleError(dup) && dup.code).toBe('ItemAlreadyExists');
      for (const bad of ['A1', 'has space', '1st', 'R1C1']) {
        context.workbook.names.add(bad, '=1');
        const error = await context.sync().catch((e: unknown) => e);
        expect(isDoubleError(error) && error.code, bad).toBe('InvalidArgument');
      }
    });
  });

  it('resolves a name given to getRange', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      context.workbook.names.add('Input', sheet.getRange('C3:C5'));
      const r = sheet.getRange('Input');
      r.load('address');
      await context.sync();
      expect(r.address).toBe('Sheet1!C3:C5');
    });
  });
});

describe('onChanged', () => {
  it('registers at sync and fires for user edits with Excel-shaped args', async () => {
    const double = createDouble({ requirementSets: { ExcelApi: '1.14' } });
    const seen: ChangedEventArgs[] = [];
    let sheetId = '';
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.onChanged.add(async (args) => {
        seen.push(args as unknown as ChangedEventArgs);
      });
      sheet.load('id');
      // Not yet registered: the user's edit now goes unheard.
      await double.simulateUserEdit('Sheet1', 'A1', 'early');
      expect(seen).toHaveLength(0);
      await context.sync();
      sheetId = sheet.id;
    });
    const result = await double.simulateUserEdit('Sheet1', 'B3', '42');
    expect(result).toEqual({ accepted: true });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      type: 'WorksheetChanged',
      worksheetId: sheetId,
      address: 'B3',
      changeType: 'RangeEdited',
      source: 'Local',
      triggerSource: 'Unknown',
      details: { valueBefore: '', valueAfter: 42, valueTypeBefore: 'Empty', valueTypeAfter: 'Double' },
    });
    expect(double.workbookState.sheets[0]!.cells.get('3:2')?.value).toBe(42);
  });

  it("fires for the add-in's own writes too, marked ThisLocalAddin", async () => {
    const double = createDouble({ requirementSets: { ExcelApi: '1.14' } });
    const seen: ChangedEventArgs[] = [];
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.onChanged.add(async (args) => {
        seen.push(args as unknown as ChangedEventArgs);
      });
      await context.sync();
      sheet.getRange('A1:B2').values = [
        [1, 2],
        [3, 4],
      ];
      await context.sync();
    });
    await double.flushEvents();
    expect(seen.map((a) => [a.address, a.triggerSource, 'details' in a])).toEqual([['A1:B2', 'ThisLocalAddin', false]]);
  });

  it('stops after remove(), and lets a handler read the workbook through run', async () => {
    const double = createDouble({ requirementSets: { ExcelApi: '1.8' } });
    const values: unknown[] = [];
    let registration: { remove(): void; context: unknown } | undefined;
    await double.run(async (context) => {
      registration = context.workbook.worksheets.getItem('Sheet1').onChanged.add(async (args) => {
        await double.run(async (ctx) => {
          const range = (args as unknown as ChangedEventArgs).getRange!(ctx) as Excel.Range;
          range.load('values');
          await ctx.sync();
          values.push(range.values[0]![0]);
        });
      });
      await context.sync();
    });
    await double.simulateUserEdit('Sheet1', 'C1', 'first');
    // As Office.js documents it: remove inside a run on the registration's own context.
    await double.run(registration!.context, async (context) => {
      registration!.remove();
      await context.sync();
    });
    await double.simulateUserEdit('Sheet1', 'C1', 'second');
    expect(values).toEqual(['first']);
  });

  it('rejects user entries a Stop validation or sheet protection would refuse', async () => {
    const double = createDouble({ requirementSets: { ExcelApi: '1.8' } });
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:A5').dataValidation.rule = { list: { inCellDropDown: true, source: '是,否' } };
      sheet.getRange('B1').dataValidation.rule = { wholeNumber: { operator: 'Between', formula1: 0, formula2: 10 } };
      await context.sync();
    });
    expect(await double.simulateUserEdit('Sheet1', 'A1', '也許')).toEqual({ accepted: false, reason: 'validation' });
    expect(await double.simulateUserEdit('Sheet1', 'A1', '是')).toEqual({ accepted: true });
    expect(await double.simulateUserEdit('Sheet1', 'B1', 11)).toEqual({ accepted: false, reason: 'validation' });
    expect(await double.simulateUserEdit('Sheet1', 'B1', '7')).toEqual({ accepted: true });
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').protection.protect();
      await context.sync();
    });
    expect(await double.simulateUserEdit('Sheet1', 'C1', 'x')).toEqual({ accepted: false, reason: 'protected' });
  });
});
