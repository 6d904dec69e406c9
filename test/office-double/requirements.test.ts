import { describe, expect, it } from 'vitest';
import { createDouble, isDoubleError } from '../../packages/office-double/index.ts';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isDoubleError(e) ? e.code : `not a DoubleError: ${String(e)}`;
  }
  return undefined;
}

describe('requirement sets', () => {
  it('answers isSetSupported like Office (1.10 is newer than 1.9)', () => {
    const { office } = createDouble({ requirementSets: { ExcelApi: '1.10' } });
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.11')).toBe(false);
    expect(office.context.requirements.isSetSupported('excelapi')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApiOnline', '1.1')).toBe(false);
  });

  it('defaults to the manifest minimum, ExcelApi 1.7', () => {
    const { office } = createDouble();
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(false);
  });

  it('throws ApiNotFound when a 1.9 API (pageLayout) is touched on 1.7, and works on 1.9', async () => {
    const old = createDouble({ requirementSets: { ExcelApi: '1.7' } });
    await old.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      expect(codeOf(() => sheet.pageLayout)).toBe('ApiNotFound');
      expect(codeOf(() => sheet.getRange('A1').dataValidation)).toBe('ApiNotFound');
      expect(codeOf(() => sheet.load('pageLayout/orientation'))).toBe('ApiNotFound');
      // 1.7 APIs are there.
      expect(codeOf(() => sheet.freezePanes.freezeRows(1))).toBeUndefined();
    });
    const current = createDouble({ requirementSets: { ExcelApi: '1.9' } });
    await current.run(async (context) => {
      const layout = context.workbook.worksheets.getItem('Sheet1').pageLayout;
      layout.orientation = 'Landscape';
      layout.load('orientation');
      await context.sync();
      expect(layout.orientation).toBe('Landscape');
    });
  });

  it('gates methods: names.add needs 1.4, insertWorksheetsFromBase64 needs 1.13', async () => {
    const veryOld = createDouble({ requirementSets: { ExcelApi: '1.3' } });
    await veryOld.run(async (context) => {
      expect(codeOf(() => context.workbook.names.add('x', '=1'))).toBe('ApiNotFound');
      expect(codeOf(() => context.workbook.worksheets.getItemOrNullObject('x'))).toBe('ApiNotFound');
    });
    const double = createDouble({ requirementSets: { ExcelApi: '1.12' } });
    await double.run(async (context) => {
      expect(codeOf(() => context.workbook.insertWorksheetsFromBase64('UEs='))).toBe('ApiNotFound');
      expect(codeOf(() => context.workbook.names.add('x', '=1'))).toBeUndefined();
    });
  });

  it('checks scalar properties after loading (tabColor is 1.7), setters at sync', async () => {
    const double = createDouble({ requirementSets: { ExcelApi: '1.6' } });
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.tabColor = '#FF0000';
      const error = await context.sync().catch((e: unknown) => e);
      expect(isDoubleError(error) && error.code).toBe('ApiNotFound');
      expect(double.workbookState.sheets[0]!.tabColor).toBe('');
    });
  });

  it('leaves members of newer sets out of event args', async () => {
    const calls: Record<string, unknown>[] = [];
    for (const version of ['1.7', '1.14']) {
      const double = createDouble({ requirementSets: { ExcelApi: version } });
      await double.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').onChanged.add(async (args) => {
          calls.push({ ...args });
        });
        await context.sync();
      });
      await double.simulateUserEdit('Sheet1', 'A1', 1);
    }
    expect('triggerSource' in calls[0]!).toBe(false);
    expect('details' in calls[0]!).toBe(false);
    expect(calls[1]!['triggerSource']).toBe('Unknown');
    expect(calls[1]!['details']).toMatchObject({ valueAfter: 1, valueTypeAfter: 'Double' });
  });
});
