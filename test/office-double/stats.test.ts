import { describe, expect, it } from 'vitest';
import { createDouble, isDoubleError } from '../../packages/office-double/index.ts';

describe('round trips and payload', () => {
  it('counts a sync only when it carries operations; run adds one final sync', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      await context.sync(); // nothing queued: no round trip
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [[1]];
      sheet.getRange('A2').values = [[2]];
      await context.sync();
      sheet.load('name');
      await context.sync();
      sheet.getRange('A3').values = [[3]]; // flushed by run's own sync
    });
    expect(double.stats.syncs).toBe(3);
    expect(double.stats.syncCalls).toBe(4);
    expect(double.stats.operations).toBe(4);
    expect(double.stats.perSync.map((s) => s.operations)).toEqual([2, 1, 1]);
    expect(double.stats.perSync[0]!.apis).toEqual({ 'Range.values': 2 });
    expect(double.workbookState.sheets[0]!.cells.get('3:1')?.value).toBe(3);
  });

  it('estimates request bytes per sync from what was queued', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [['x']];
      await context.sync();
      sheet.getRange('A1:A100').values = Array.from({ length: 100 }, (_, i) => [`row ${i} ${'評'.repeat(20)}`]);
      await context.sync();
    });
    const [small, large] = double.stats.payloadBytes;
    expect(double.stats.payloadBytes).toHaveLength(2);
    expect(small).toBeGreaterThan(10);
    expect(large! - small!).toBeGreaterThan(100 * 25);
  });

  it('estimates response bytes from what loads return', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:J100');
      range.load('values');
      await context.sync();
    });
    // 1000 empty strings ("") with separators at least.
    expect(double.stats.responseBytes[0]).toBeGreaterThan(3000);
  });

  it('sends writes above 1500 cells as row bands in one round trip, as Office.js does', async () => {
    const matrix = Array.from({ length: 100 }, (_, r) => Array.from({ length: 20 }, (_, c) => r * 20 + c));
    const double = createDouble();
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:T100').values = matrix;
      await context.sync();
    });
    expect(double.stats.syncs).toBe(1);
    // A size check, then 75 + 25 rows (1500 cells at most each).
    expect(double.stats.perSync[0]!.apis).toEqual({ 'Range._ValidateArraySize': 1, 'Range.values': 2 });
    expect(double.workbookState.sheets[0]!.cells.get('100:20')?.value).toBe(1999);

    const old = createDouble({ requirementSets: { ExcelApi: '1.2' } });
    await old.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:T100').values = matrix;
      await context.sync();
    });
    expect(old.stats.perSync[0]!.apis).toEqual({ 'Range.values': 1 });
  });

  it('checks the size of a bulk write before writing any band', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:T99').values = Array.from({ length: 100 }, () => Array.from({ length: 20 }, () => 1));
      const error = await context.sync().catch((e: unknown) => e);
      expect(isDoubleError(error) && error.code).toBe('InvalidArgument');
    });
    expect(double.workbookState.sheets[0]!.cells.size).toBe(0);
  });

  it('refuses a request above the payload limit, applying nothing', async () => {
    const double = createDouble({ payloadLimitBytes: 1000 });
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:A100').values = Array.from({ length: 100 }, () => ['0123456789']);
      const error = await context.sync().catch((e: unknown) => e);
      expect(isDoubleError(error) && error.code).toBe('RequestPayloadSizeLimitExceeded');
    });
    expect(double.workbookState.sheets[0]!.cells.size).toBe(0);
  });

  it('stats.reset() starts counting again', async () => {
    const double = createDouble();
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await context.sync();
    });
    double.stats.reset();
    expect(double.stats.syncs).toBe(0);
    expect(double.stats.payloadBytes).toEqual([]);
  });

  it('requires the batch to return a promise, as Excel.run does', async () => {
    const double = createDouble();
    const error = await double.run((() => undefined) as never).catch((e: unknown) => e);
    expect(isDoubleError(error) && error.code).toBe('RunMustReturnPromise');
  });

  it('makes a finished batch\'s objects unusable', async () => {
    const double = createDouble();
    let leaked: { load(p: string): unknown } | undefined;
    await double.run(async (context) => {
      leaked = context.workbook.worksheets.getItem('Sheet1');
    });
    let code: string | undefined;
    try {
      leaked!.load('name');
    } catch (e) {
      code = isDoubleError(e) ? e.code : undefined;
    }
    expect(code).toBe('InvalidRequestContext');
  });
});
