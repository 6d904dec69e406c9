/**
 * The test host itself: Microsoft's Office.js client (both runtimes) over
 * the double. What the adapter tests rely on: Excel's error codes come back
 * as `OfficeExtension.Error`s, actions before a failing one stay done and
 * the ones after it are not, null objects are null, loads read the double's
 * workbook, and a member of a missing requirement set fails with
 * ApiNotFound.
 */
import { describe, expect, it } from 'vitest';
import { RUNTIMES, officeClientOver } from '../../packages/office-client/office-client.ts';
import { reviewDouble } from '../../packages/office-client/review-double.ts';

/** The code of the error `action` rejects with. */
async function codeOf(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
  } catch (e) {
    return String((e as { code?: unknown }).code);
  }
  return 'no error';
}

describe.each(RUNTIMES)("Microsoft's client over the double (%s)", (runtime) => {
  it('answers with Excel\'s error codes, keeping what came before the failing action and nothing after', async () => {
    const double = reviewDouble({ requirementSets: { ExcelApi: '1.17' }, sheets: ['工作表1'] });
    const client = officeClientOver(double, runtime);
    expect(
      await codeOf(() =>
        client.run(async (context) => {
          context.workbook.worksheets.getItem('工作表1').getRange('A1').values = [['before']];
          context.workbook.worksheets.getItem('沒有這張').getRange('A1').values = [['x']];
          context.workbook.worksheets.getItem('工作表1').getRange('A2').values = [['after']];
          await context.sync();
        }),
      ),
    ).toBe('ItemNotFound');
    const sheet = double.workbookState.sheets[0]!;
    expect(sheet.cells.get('1:1')?.value).toBe('before');
    expect(sheet.cells.get('2:1')?.value ?? null).toBe(null);
    expect(client.wire.at(-1)?.error).toMatch(/^ItemNotFound/);

    expect(
      await codeOf(() =>
        client.run(async (context) => {
          context.workbook.worksheets.add('工作表1');
          await context.sync();
        }),
      ),
    ).toBe('ItemAlreadyExists');
    expect(
      await codeOf(() =>
        client.run(async (context) => {
          context.workbook.worksheets.getItem('工作表1').getRange('A1:B1').values = [['only one']];
          await context.sync();
        }),
      ),
    ).toBe('InvalidArgument');
  });

  it('reads loads and null objects from the double', async () => {
    const double = reviewDouble({ requirementSets: { ExcelApi: '1.17' }, sheets: ['工作表1', '第二張'] });
    await double.simulateUserEdit('第二張', 'B2', 42);
    const client = officeClientOver(double, runtime);
    const seen = await client.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      const missing = context.workbook.names.getItemOrNullObject('沒有').load('name');
      const used = context.workbook.worksheets.getItem('第二張').getUsedRange().load('address,values,valueTypes');
      await context.sync();
      return { names: sheets.items.map((s) => s.name), missing: missing.isNullObject, used: [used.address, used.values, used.valueTypes] };
    });
    expect(seen).toEqual({ names: ['工作表1', '第二張'], missing: true, used: ['第二張!B2', [[42]], [['Double']]] });
  });

  it('refuses members of a requirement set the host lacks with ApiNotFound, before or after sending', async () => {
    const double = reviewDouble({ requirementSets: { ExcelApi: '1.12' } });
    const client = officeClientOver(double, runtime);
    expect(
      await codeOf(() =>
        client.run(async (context) => {
          context.workbook.insertWorksheetsFromBase64('UEs=');
          await context.sync();
        }),
      ),
    ).toBe('ApiNotFound');
    // This runtime does not check insertWorksheetsFromBase64's set itself: the request goes out and the host refuses it.
    expect(client.wire.map((w) => w.error?.split(':')[0])).toEqual(['ApiNotFound']);
    expect(double.workbookState.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    // Loading Worksheet.showGridlines (ExcelApi 1.8) on Excel 2019 (1.7) goes out too; the host refuses it.
    const older = reviewDouble({ requirementSets: { ExcelApi: '1.7' } });
    const olderClient = officeClientOver(older, runtime);
    expect(
      await codeOf(() =>
        olderClient.run(async (context) => {
          const ws = context.workbook.worksheets.getItem('Sheet1').load('showGridlines');
          await context.sync();
          return ws.showGridlines;
        }),
      ),
    ).toBe('ApiNotFound');
  });
});
