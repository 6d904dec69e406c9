import { describe, expect, it } from 'vitest';
import { createDouble, isDoubleError } from '../../packages/office-double/index.ts';

async function failure(p: Promise<unknown>): Promise<{ code?: string; location?: string }> {
  try {
    await p;
  } catch (e) {
    return isDoubleError(e) ? { code: e.code, location: e.debugInfo.errorLocation } : { code: `not a DoubleError: ${String(e)}` };
  }
  return {};
}

describe('ItemNotFound and null objects', () => {
  it('fails getItem of a missing sheet at the sync, not at the call', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const missing = context.workbook.worksheets.getItem('不存在');
      missing.load('name');
      expect(await failure(context.sync())).toEqual({ code: 'ItemNotFound', location: 'WorksheetCollection.getItem' });
    });
  });

  it('does not fail for a getItem nothing uses (paths are sent only with operations)', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('不存在');
      expect(await failure(context.sync())).toEqual({});
    });
  });

  it('fails getItem of a missing name', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      context.workbook.names.getItem('Nope').load('value');
      expect((await failure(context.sync())).code).toBe('ItemNotFound');
    });
  });

  it('gives isNullObject after the sync for *OrNullObject calls', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('不存在');
      const present = context.workbook.worksheets.getItemOrNullObject('sheet1');
      const name = context.workbook.names.getItemOrNullObject('Nope');
      let before: string | undefined;
      try {
        void missing.isNullObject;
      } catch (e) {
        before = isDoubleError(e) ? e.code : undefined;
      }
      expect(before).toBe('PropertyNotLoaded');
      present.load('name');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(name.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe('Sheet1');
    });
  });

  it('reads properties of a null object as undefined, and refuses writes through it', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('不存在');
      missing.load('name');
      await context.sync();
      expect(missing.name).toBeUndefined();
      missing.getRange('A1').values = [[1]];
      expect((await failure(context.sync())).code).toBe('ItemNotFound');
    });
  });

  it('reports duplicates and invalid names', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      context.workbook.worksheets.add('sheet1');
      expect((await failure(context.sync())).code).toBe('ItemAlreadyExists');
      context.workbook.worksheets.add('a/b');
      expect((await failure(context.sync())).code).toBe('InvalidArgument');
      context.workbook.worksheets.add('x'.repeat(32));
      expect((await failure(context.sync())).code).toBe('InvalidArgument');
    });
  });

  it('keeps at least one visible sheet', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').delete();
      expect((await failure(context.sync())).code).toBe('InvalidOperation');
      context.workbook.worksheets.getItem('Sheet1').visibility = 'Hidden';
      expect((await failure(context.sync())).code).toBe('InvalidOperation');
    });
  });

  it('refuses addresses that are not addresses or names', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:ZZZZ9').load('address');
      expect((await failure(context.sync())).code).toBe('InvalidArgument');
    });
  });
});
