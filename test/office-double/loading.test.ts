import { describe, expect, it } from 'vitest';
import { createDouble, isDoubleError } from '../../packages/office-double/index.ts';

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string | undefined> {
  try {
    if (typeof p === 'function') p();
    else await p;
  } catch (e) {
    return isDoubleError(e) ? e.code : `not a DoubleError: ${String(e)}`;
  }
  return undefined;
}

describe('load and PropertyNotLoaded', () => {
  it('throws PropertyNotLoaded before load + sync, then reads the loaded value', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      expect(await codeOf(() => sheet.name)).toBe('PropertyNotLoaded');
      sheet.load('name');
      // Queued, not yet loaded.
      expect(await codeOf(() => sheet.name)).toBe('PropertyNotLoaded');
      await context.sync();
      expect(sheet.name).toBe('Sheet1');
      // Only what was asked for is loaded.
      expect(await codeOf(() => sheet.position)).toBe('PropertyNotLoaded');
    });
  });

  it('accepts string, array and object load forms, with navigation paths', async () => {
    const double = createDouble();
    double.workbookState.sheets[0]!.cells.set('1:1', { value: 5, formula: null, format: double.workbookState.defaults.format });
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      range.load('address, rowCount');
      range.load(['values', 'format/font/name']);
      range.load({ select: 'columnCount', expand: 'format/fill' });
      range.format.load({ font: { bold: true }, wrapText: true });
      await context.sync();
      expect(range.address).toBe('Sheet1!A1:B2');
      expect(range.rowCount).toBe(2);
      expect(range.columnCount).toBe(2);
      expect(range.values).toEqual([
        [5, ''],
        ['', ''],
      ]);
      expect(range.format.font.name).toBe('Calibri');
      expect(range.format.font.bold).toBe(false);
      expect(range.format.fill.color).toBe('#FFFFFF');
      expect(range.format.wrapText).toBe(false);
      expect(await codeOf(() => range.format.font.size)).toBe('PropertyNotLoaded');
    });
  });

  it('load() without arguments loads every scalar property of the object, not its children', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.load();
      await context.sync();
      expect(sheet.name).toBe('Sheet1');
      expect(sheet.visibility).toBe('Visible');
      expect(sheet.position).toBe(0);
      expect(sheet.id).toMatch(/^\{[0-9A-F-]+\}$/);
    });
  });

  it('loads collections: items with the given properties', async () => {
    const double = createDouble({ sheets: ['評分', '初審意見'] });
    await double.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(await codeOf(() => sheets.items)).toBe('PropertyNotLoaded');
      sheets.load('items/name');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['評分', '初審意見']);
      expect(await codeOf(() => sheets.items[0]!.visibility)).toBe('PropertyNotLoaded');
    });
  });

  it('a written property reads back before any sync (Office.js keeps it locally)', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [['x']];
      expect(range.values).toEqual([['x']]);
      await context.sync();
    });
  });

  it('ClientResult.value throws ValueNotLoaded until the sync', async () => {
    const source = createDouble({ sheets: ['附表二'] }).workbookState;
    const double = createDouble({ requirementSets: { ExcelApi: '1.13' }, decodeWorkbook: () => Promise.resolve(source) });
    await double.run(async (context) => {
      const inserted = context.workbook.insertWorksheetsFromBase64('UEsDBA==');
      expect(await codeOf(() => inserted.value)).toBe('ValueNotLoaded');
      await context.sync();
      expect(inserted.value).toHaveLength(1);
    });
  });

  it('reports members the double does not model as NotImplemented, not undefined', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1') as unknown as Record<string, unknown>;
      expect(await codeOf(() => sheet['charts'])).toBe('NotImplemented');
      // Probes by tools (await, JSON) stay harmless.
      expect(sheet['then']).toBeUndefined();
    });
  });

  it('loading a property that does not exist fails at the sync', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.load('nosuchthing');
      expect(await codeOf(context.sync())).toBe('InvalidArgument');
    });
  });
});
